import { defineLexicon } from './define';

/** German. */
export default defineLexicon('de', {});
