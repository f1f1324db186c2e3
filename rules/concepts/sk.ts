import { defineLexicon } from './define';

/** Slovak. */
export default defineLexicon('sk', {});
