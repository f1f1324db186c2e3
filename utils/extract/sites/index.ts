import type { SiteAdapter } from '../adapter';
import craigslist from './craigslist';
import kleinanzeigen from './kleinanzeigen';

/** The built-in site adapters, tried in order before the generic extractor. */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [kleinanzeigen, craigslist];
