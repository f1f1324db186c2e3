import type { SiteAdapter } from '../adapter';

/** The built-in site adapters, tried in order before the generic extractor. */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [];
