import type { SiteAdapter } from './adapter';
import { MIN_CARDS, cardElement, collectCards, findCardGroups } from './cards';
import { findFirst, isBoilerplate, tagOf } from './dom';
import { jsonLdPostings, type Posting } from './jsonld';
import { fallbackKey, idAttributeValue } from './key';
import { langOf } from './lang';
import { locatePosting } from './locate';
import { contentText, mainContentElement, pageTitle } from './main-content';
import { microdataPostings, microdataTitle } from './microdata';
import { detailPane } from './pane';
import { SITE_ADAPTERS } from './sites/index';
import { computeStats, type PageStats } from './stats';
import { runSync, type Steps } from './steps';
import { MAX_AD_TEXT, blockText, cleanText } from './text';
import type { ExtractedAd } from './types';

export type { ExtractedAd } from './types';
export type { SiteAdapter } from './adapter';
export { asFullDocument } from './html';
export { blockText } from './text';

export interface ExtractOptions {
  /** Scan only this subtree (default: the document's body). Pass the document or the list container, not one card. */
  root?: Element;
  /** Elements already scanned (infinite scroll): their ads are not returned again. */
  skip?: (el: Element) => boolean;
  /** Site adapters to try first; `false` runs the generic extractor only (default: the built-in ones). */
  adapters?: readonly SiteAdapter[] | false;
  /** The page's address, for adapters (default: the document's URL). */
  url?: string;
  /** Longest text kept per ad. */
  maxText?: number;
}

/** The cards' text must be at least this share of the page's content text for the page to be a listing. */
const LISTING_SHARE = 0.35;
/** A page's main content shorter than this is not an ad (an empty or error page). */
const MIN_MAIN_TEXT = 20;

/**
 * The ads on a page: every ad card of a listing, or the one ad of a single ad page (JSON-LD or
 * microdata JobPosting, else the main content). Never throws, never runs page scripts, never forces a
 * layout; linear in page size. The same HTML gives the same ads in a browser, happy-dom and linkedom.
 */
export function extractAds(doc: Document, options: ExtractOptions = {}): ExtractedAd[] {
  return runSync(extractAdsSteps(doc, options));
}

/**
 * extractAds as resumable work (steps.ts): the content script runs it in idle slices so that a large
 * page costs no long task. The page may change between two steps; the ads found are those of the
 * elements seen, and a later scan picks up the rest.
 */
export function* extractAdsSteps(doc: Document, options: ExtractOptions = {}): Steps<ExtractedAd[]> {
  try {
    return dedupeKeys(yield* extract(doc, options)).filter((ad) => !(ad.element && options.skip?.(ad.element)));
  } catch {
    // A page we cannot read gives no ads; the page itself must never break because of us.
    return [];
  }
}

function* extract(doc: Document, options: ExtractOptions): Steps<ExtractedAd[]> {
  const root = options.root ?? doc.body ?? doc.documentElement;
  if (!root) return [];
  const max = options.maxText ?? MAX_AD_TEXT;
  const adapters = options.adapters === false ? [] : (options.adapters ?? SITE_ADAPTERS);
  const url = options.url ?? documentUrl(doc);
  for (const adapter of adapters) {
    if (!adapter.matches(url, doc)) continue;
    const cards = adapter.cards(root);
    if (cards.length > 0) return yield* cardAds(cards, (el) => el, doc, max, 'adapter');
  }

  const stats = yield* computeStats(root);
  const wholePage = !options.root;

  const micro = yield* microdataPostings(stats);
  if (micro.length > 0) {
    const ads = yield* cardAds(micro, (el) => el, doc, max, 'microdata');
    return ads.map((ad, i) => ({ ...ad, title: microdataTitle(micro[i]!) ?? ad.title }));
  }

  const postings = wholePage ? yield* jsonLdPostings(doc) : [];
  if (postings.length === 1) return [postingAd(postings[0]!, doc, max)];

  const cards = yield* listingCards(root, stats);
  if (cards.length > 0) {
    const ads = yield* cardAds(cards, (member) => cardElement(member, hasId), doc, max, 'card');
    const pane = wholePage ? detailPane(root, stats, cards) : undefined;
    return pane ? [...ads, mainAd(pane, findFirst(pane, isHeading), doc, max)] : ads;
  }
  if (postings.length > 1) return postings.map((p) => postingAd(p, doc, max));

  const main = mainContentElement(root, stats);
  const ad = mainAd(main, pageTitle(main, stats) ?? pageTitle(root, stats), doc, max);
  return ad.text.length < MIN_MAIN_TEXT ? [] : [ad];
}

/** The ad of a page's main content, or of a listing's detail pane. */
function mainAd(main: Element, heading: Element | undefined, doc: Document, max: number): ExtractedAd {
  const text = blockText(main, { max, skip: isBoilerplate });
  const title = cleanText(heading ? blockText(heading) : documentTitle(doc), 300);
  return { key: idAttributeValue(main) ?? fallbackKey(0, text), text, title: title || undefined, lang: langOf(main, doc), source: 'main', element: main };
}

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

function isHeading(el: Element): boolean {
  return HEADING_TAGS.has(tagOf(el)) || (el.getAttribute('itemprop') ?? '').split(/\s+/).includes('title');
}

function hasId(el: Element): boolean {
  return idAttributeValue(el) !== undefined;
}

/** The cards of the best repeated structure, when they make up enough of the page to be a listing. */
function* listingCards(root: Element, stats: PageStats): Steps<Element[]> {
  const best = (yield* findCardGroups(stats))[0];
  if (!best || best.members.length < MIN_CARDS) return [];
  if (best.text < contentText(root, stats) * LISTING_SHARE) return [];
  return yield* collectCards(best, stats);
}

/** One ad per card, a pause after each (building a card's text is the costly part). */
function* cardAds(members: Element[], elementOf: (member: Element) => Element, doc: Document, max: number, source: ExtractedAd['source']): Steps<ExtractedAd[]> {
  const ads: ExtractedAd[] = [];
  for (const [i, member] of members.entries()) {
    ads.push(cardAd(member, elementOf(member), i, doc, max, source));
    yield;
  }
  return ads;
}

function cardAd(member: Element, el: Element, index: number, doc: Document, max: number, source: ExtractedAd['source']): ExtractedAd {
  const text = blockText(el, { max });
  const heading = findFirst(el, isHeading) ?? findFirst(el, (e) => tagOf(e) === 'A' && e.hasAttribute('href'));
  const title = heading ? cleanText(blockText(heading), 300) : '';
  const key = idAttributeValue(el) ?? (member !== el ? idAttributeValue(member) : undefined) ?? fallbackKey(index, text);
  return { key, text, title: title || undefined, lang: langOf(el, doc), source, element: el };
}

function postingAd(p: Posting, doc: Document, max: number): ExtractedAd {
  const element = locatePosting(doc, p.title, p.description);
  const text = cleanText(p.text, max);
  return { key: p.id ?? fallbackKey(0, text), text, title: p.title, lang: langOf(element, doc), source: 'jsonld', element };
}

/** Keys must be unique within the page even when a site reuses an id. */
function dedupeKeys(ads: ExtractedAd[]): ExtractedAd[] {
  const seen = new Map<string, number>();
  return ads.map((ad) => {
    const n = seen.get(ad.key) ?? 0;
    seen.set(ad.key, n + 1);
    return n === 0 ? ad : { ...ad, key: `${ad.key}#${n + 1}` };
  });
}

/** The <title>, read from <head> only (document.title searches the whole tree, recursively in happy-dom). */
function documentTitle(doc: Document): string {
  for (let c = doc.head?.firstElementChild; c; c = c.nextElementSibling) {
    if (tagOf(c) === 'TITLE') return c.textContent ?? '';
  }
  return '';
}

function documentUrl(doc: Document): string | undefined {
  try {
    const url = doc.URL;
    return url && url !== 'about:blank' ? url : undefined;
  } catch {
    return undefined;
  }
}
