import { defineLexicon } from './define';

/** Greek. */
export default defineLexicon('el', {});
