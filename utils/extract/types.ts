/**
 * What the extractor finds on a page: one entry per ad. Shared by the content script (live DOM) and
 * the CLI (HTML files parsed in Node), so that both find the same ads the same way.
 */
export interface ExtractedAd {
  /** Stable within the page: the card's own id attribute when it has one, else a hash of its position and text. */
  key: string;
  /** The ad's text as a person reads it (title, description, employer, salary, location), blocks separated by newlines. */
  text: string;
  title?: string;
  /** The language of the ad's element or page (`lang` attribute), as a hint for the engine. */
  lang?: string;
  /** Where it came from: a posting's data, a card of a listing, a post of a thread or comments, a page's main content, a site adapter. */
  source: 'jsonld' | 'microdata' | 'card' | 'post' | 'main' | 'adapter';
  /**
   * Set when the ad is longer than the engine reads (MAX_AD_TEXT): `text` is then its start and its
   * end, joined by CUT_MARK, and whoever shows a verdict on it must say that it was not read whole.
   */
  truncated?: true;
  /** The ad's container in the page (absent for JSON-LD-only ads with no matching element). */
  element?: Element;
}
