import { defineLexicon } from './define';

/** Polish. */
export default defineLexicon('pl', {});
