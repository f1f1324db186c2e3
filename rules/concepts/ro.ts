import { defineLexicon } from './define';

/** Romanian. */
export default defineLexicon('ro', {});
