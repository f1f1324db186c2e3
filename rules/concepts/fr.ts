import { defineLexicon } from './define';

/** French. */
export default defineLexicon('fr', {});
