import type { SiteAdapter } from './adapter';
import { MIN_CARDS, cardElement, collectCards, findCardGroups, type CardGroup } from './cards';
import { findFirst, hasAncestorIn, isHeadingTag, itemprops, tagOf } from './dom';
import { furnitureOf } from './furniture';
import { jsonLdPostings, type Posting } from './jsonld';
import { fallbackKey, idAttributeValue } from './key';
import { langOf } from './lang';
import { locatePosting } from './locate';
import { contentText, descriptionBlock, mainContentElement, pageTitle } from './main-content';
import { microdataPostings, microdataTitle } from './microdata';
import { detailPane } from './pane';
import { findPosts } from './posts';
import { SITE_ADAPTERS } from './sites/index';
import { computeStats, shownByStats, type PageStats } from './stats';
import { runSync, type Steps } from './steps';
import { MAX_AD_TEXT, blockText, cleanText, fitText, readText, type AdText } from './text';
import type { ExtractedAd } from './types';
import { visibilityFor, type Shown } from './visibility';

export type { ExtractedAd } from './types';
export type { SiteAdapter } from './adapter';
export { asFullDocument } from './html';
export { blockText } from './text';

export interface ExtractOptions {
  /** Scan only this subtree (default: the document's body). Pass the document or the list container, not one card. */
  root?: Element;
  /** Site adapters to try first; `false` runs the generic extractor only (default: the built-in ones). */
  adapters?: readonly SiteAdapter[] | false;
  /** The page's address, for adapters (default: the document's URL). */
  url?: string;
  /** Longest text kept per ad. */
  maxText?: number;
  /**
   * How hidden text is told from shown text: `auto` (the default) asks the browser's layout where the
   * page is laid out (the extension), else reads the markup (the CLI, happy-dom); `markup` always
   * reads the markup.
   */
  style?: 'auto' | 'markup';
}

/** The cards' text must be at least this share of the page's content text for the page to be a listing. */
const LISTING_SHARE = 0.35;
/** A page's main content shorter than this is not an ad (an empty or error page). */
const MIN_MAIN_TEXT = 20;
/** Beside a page's posts, the rest of its content is an ad of its own only when it says more than a title. */
const MIN_REST_TEXT = 80;

/** What every ad of one page is built with. */
interface Page {
  doc: Document;
  stats: PageStats;
  max: number;
  shown: (el: Element) => Shown;
  /** The page's repeated card structures: inside an ad's container, a rail of other ads. */
  groups: readonly CardGroup[];
}

/**
 * The ads on a page: every ad card of a listing, every post of a thread, or the one ad of a single ad
 * page (JSON-LD or microdata JobPosting, else the main content). Never throws, never runs page
 * scripts; linear in page size. Text the page hides is not read (visibility.ts), nor the site's own
 * furniture inside an ad (furniture.ts). The same HTML gives the same ads in happy-dom and linkedom;
 * a browser differs only where the page's style sheets hide something.
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
    return dedupeKeys(yield* extract(doc, options));
  } catch {
    // A page we cannot read gives no ads; the page itself must never break because of us.
    return [];
  }
}

function* extract(doc: Document, options: ExtractOptions): Steps<ExtractedAd[]> {
  const root = options.root ?? doc.body ?? doc.documentElement;
  if (!root) return [];
  const stats = yield* computeStats(root, visibilityFor(doc, options.style));
  const page: Page = { doc, stats, max: options.maxText ?? MAX_AD_TEXT, shown: shownByStats(stats), groups: [] };

  const adapters = options.adapters === false ? [] : (options.adapters ?? SITE_ADAPTERS);
  const url = options.url ?? documentUrl(doc);
  for (const adapter of adapters) {
    if (!adapter.matches(url, doc)) continue;
    const cards = adapter.cards(root);
    if (cards.length > 0) return yield* cardAds(cards, (el) => el, page, 'adapter');
  }
  const wholePage = !options.root;

  const micro = yield* microdataPostings(stats);
  if (micro.length > 0) {
    const ads = yield* cardAds(micro, (el) => el, page, 'microdata');
    return ads.map((ad, i) => ({ ...ad, title: microdataTitle(micro[i]!) ?? ad.title }));
  }

  const postings = wholePage ? yield* jsonLdPostings(doc) : [];
  if (postings.length === 1) return [postingAd(postings[0]!, page)];

  const named = yield* findPosts(stats, 'named');
  if (named.length > 0) return yield* postAds(named, root, page);

  page.groups = yield* findCardGroups(stats);
  const cards = yield* listingCards(page.groups, root, stats);
  if (cards.length > 0) {
    const ads = yield* cardAds(cards, (member) => cardElement(member, hasId, stats), page, 'card');
    const pane = wholePage ? detailPane(root, stats, cards) : undefined;
    return pane ? [...ads, mainAd(pane, findFirst(pane, isHeading), page)] : ads;
  }
  if (postings.length > 1) return postings.map((p) => postingAd(p, page));

  const articles = yield* findPosts(stats, 'articles');
  if (articles.length > 0) return yield* postAds(articles, root, page);

  const main = mainContentElement(root, stats);
  const ad = mainAd(main, pageTitle(main, stats) ?? pageTitle(root, stats), page);
  return ad.text.length < MIN_MAIN_TEXT ? [] : [ad];
}

/**
 * The ad of a page's main content, or of a listing's detail pane: its text without the page's
 * furniture, nor `leave` (the page's posts, which are ads of their own).
 */
function mainAd(main: Element, heading: Element | undefined, page: Page, leave?: ReadonlySet<Element>): ExtractedAd {
  return itemAd(main, 0, page, 'main', ownParts(main, heading, page.stats), heading, leave);
}

/**
 * One ad from its element: the text of `el` without the furniture found around `own` (the ad's own
 * parts) nor `leave`; the title from `heading` (else the page's <title>); `member` the card as the
 * listing found it, when `el` is narrowed inside it.
 */
function itemAd(el: Element, index: number, page: Page, source: ExtractedAd['source'], own: Element[], heading: Element | undefined, leave?: ReadonlySet<Element>, member = el): ExtractedAd {
  const furniture = furnitureOf(el, page.stats, own, source === 'main' ? page.groups : [], leave);
  const read = readText(el, { max: page.max, shown: page.shown, skip: (e) => furniture.has(e) || (leave?.has(e) ?? false) });
  const title = cleanText(heading ? blockText(heading, { shown: page.shown }) : source === 'main' ? documentTitle(page.doc) : '', 300);
  const key = idAttributeValue(el) ?? idAttributeValue(member) ?? fallbackKey(index, read.text);
  return withText({ key, title: title || undefined, lang: langOf(el, page.doc), source, element: el }, read);
}

/** The ad with its text, marked `truncated` when only the start and the end of a longer text were read. */
function withText(ad: Omit<ExtractedAd, 'text'>, read: AdText): ExtractedAd {
  return read.whole ? { ...ad, text: read.text } : { ...ad, text: read.text, truncated: true };
}

/** The parts of a main ad that are the advertiser's own: its title and its description block (none when its text does not split). */
function ownParts(container: Element, heading: Element | undefined, stats: PageStats): Element[] {
  const title = heading && container.contains(heading) ? heading : undefined;
  const description = descriptionBlock(container, stats, title);
  // A container whose text does not split is all description: nothing in it is furniture.
  if (description === container) return [container];
  return title ? [title, description] : [description];
}

function isHeading(el: Element): boolean {
  return isHeadingTag(tagOf(el)) || itemprops(el).includes('title');
}

function hasId(el: Element): boolean {
  return idAttributeValue(el) !== undefined;
}

/** The cards of the best repeated structure, when they make up enough of the page to be a listing. */
function* listingCards(groups: readonly CardGroup[], root: Element, stats: PageStats): Steps<Element[]> {
  const best = groups[0];
  if (!best || best.members.length < MIN_CARDS) return [];
  if (best.text < contentText(root, stats) * LISTING_SHARE) return [];
  return yield* collectCards(best, stats);
}

/** One ad per card, a pause after each (building a card's text is the costly part). */
function* cardAds(members: Element[], elementOf: (member: Element) => Element, page: Page, source: ExtractedAd['source']): Steps<ExtractedAd[]> {
  const ads: ExtractedAd[] = [];
  for (const [i, member] of members.entries()) {
    ads.push(cardAd(member, elementOf(member), i, page, source));
    yield;
  }
  return ads;
}

/** A card's own part is its title; a microdata posting is a whole ad, with a description of its own too. */
function cardAd(member: Element, el: Element, index: number, page: Page, source: ExtractedAd['source']): ExtractedAd {
  const heading = findFirst(el, isHeading) ?? findFirst(el, (e) => tagOf(e) === 'A' && e.hasAttribute('href'));
  const own = source === 'microdata' ? ownParts(el, heading, page.stats) : heading ? [heading] : [];
  return itemAd(el, index, page, source, own, heading, undefined, member);
}

/**
 * The ads of a page of posts: the rest of its content first, when it says more than a title (the ad
 * the comments are under), then each post without the posts nested in it (its replies, which are
 * posts of their own) and without its furniture (reply and report links). A thread's title is the
 * first post's.
 */
function* postAds(posts: Element[], root: Element, page: Page): Steps<ExtractedAd[]> {
  const set = new Set(posts);
  const ads: ExtractedAd[] = [];
  const restStats = statsWithout(page.stats, posts, set);
  const main = mainContentElement(root, restStats);
  const heading = pageTitle(main, restStats) ?? pageTitle(root, restStats);
  if (!set.has(main) && !hasAncestorIn(main, set)) {
    const rest = mainAd(main, heading, { ...page, stats: restStats }, set);
    if (rest.text.length >= MIN_REST_TEXT) ads.push(rest);
  }
  for (const [i, post] of posts.entries()) {
    const description = descriptionBlock(post, page.stats, undefined, set);
    const own = findFirst(post, isHeading, set);
    // A thread's title is its first post's.
    const ad = itemAd(post, i, page, 'post', [description], own, set);
    ads.push(i === 0 && !own && heading ? { ...ad, title: cleanText(blockText(heading, { shown: page.shown }), 300) } : ad);
    yield;
  }
  return ads.filter((ad) => ad.text.length > 0);
}

/**
 * The page's stats as if its posts were not there: each post counts no text, and its text is taken
 * off its ancestors, so that the rest of the page is found as if the posts were elsewhere.
 */
function statsWithout(stats: PageStats, posts: readonly Element[], set: ReadonlySet<Element>): PageStats {
  const copy: PageStats = new Map(stats);
  for (const post of posts) {
    const s = copy.get(post);
    // A nested post's text was taken off with the post around it.
    if (!s || s.text === 0 || hasAncestorIn(post, set)) continue;
    copy.set(post, { ...s, text: 0, linkText: 0 });
    for (let a = post.parentElement; a; a = a.parentElement) {
      const as = copy.get(a);
      if (!as) break;
      copy.set(a, { ...as, text: Math.max(0, as.text - s.text), linkText: Math.max(0, as.linkText - s.linkText) });
    }
  }
  return copy;
}

function postingAd(p: Posting, page: Page): ExtractedAd {
  const element = locatePosting(page.doc, p.title, p.description);
  const read = fitText(p.text, page.max);
  return withText({ key: p.id ?? fallbackKey(0, read.text), title: p.title, lang: langOf(element, page.doc), source: 'jsonld', element }, read);
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
