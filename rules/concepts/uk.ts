import { defineLexicon } from './define';

/** Ukrainian. */
export default defineLexicon('uk', {});
