import type { ExtractedAd } from './types';

/**
 * A site adapter sharpens extraction on one well-known site (one file in sites/, with its saved test
 * page). It never replaces the generic path: when it finds nothing, the generic extractor runs.
 */
export interface SiteAdapter {
  /** Short name, for tests and logs. */
  id: string;
  /** Whether this adapter knows the page (by URL host, or by markup when the URL is unknown, as in the CLI). */
  matches(url: string | undefined, doc: Document): boolean;
  /** The card elements on the page, in document order; the shared code builds the ads from them. */
  cards(root: Element): Element[];
}
