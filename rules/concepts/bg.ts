import { defineLexicon } from './define';

/** Bulgarian. */
export default defineLexicon('bg', {});
