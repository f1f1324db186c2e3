import { defineLexicon } from './define';

/** Spanish. */
export default defineLexicon('es', {});
