import { defineLexicon } from './define';

/** Italian. */
export default defineLexicon('it', {});
