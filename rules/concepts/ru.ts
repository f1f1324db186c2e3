import { defineLexicon } from './define';

/** Russian. */
export default defineLexicon('ru', {});
