/**
 * Small DOM predicates shared by the extractor. They read attributes only (never computed style or
 * layout), so they cost the same in a live page, in happy-dom and in linkedom; what the page's style
 * hides is visibility.ts's question.
 */
import { UNITS_PER_STEP, runSync, type Steps } from './steps';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_NODE = 4;

/** A set of names (tags, roles) written as one string: shorter in the content script's bundle than a list of literals. */
export const setOf = (names: string): ReadonlySet<string> => new Set(names.split(' '));

/** Elements whose content is never ad text. */
const SKIPPED_TAGS = setOf('SCRIPT STYLE NOSCRIPT TEMPLATE SVG MATH IFRAME OBJECT EMBED CANVAS BUTTON SELECT OPTION DATALIST TEXTAREA INPUT HEAD TITLE META LINK');

/** Elements that start a new line of text. */
const BLOCK_TAGS = setOf(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY CAPTION DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HR HTML LEGEND LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL',
);

/** An <h1> to <h`deepest`>. */
export function isHeadingTag(tag: string, deepest = 6): boolean {
  return /^H[1-6]$/.test(tag) && Number(tag[1]) <= deepest;
}

/** The element's microdata property names (`itemprop` is a list). */
export function itemprops(el: Element): string[] {
  return (attr(el, 'itemprop') ?? '').split(/\s+/);
}

/** An attribute's value (null when absent): `el.getAttribute`, written once for the content script's bundle. */
export function attr(el: Element, name: string): string | null {
  return el.getAttribute(name);
}

/** Upper-case tag name, also for SVG/XML elements whose tagName keeps its case. */
export function tagOf(el: Element): string {
  return (el.tagName || '').toUpperCase();
}

export function isSkippedTag(tag: string): boolean {
  return SKIPPED_TAGS.has(tag);
}

export function isBlockTag(tag: string): boolean {
  return BLOCK_TAGS.has(tag);
}

const BOILERPLATE_TAGS = setOf('NAV ASIDE HEADER FOOTER DIALOG');
const BOILERPLATE_ROLES = setOf('navigation banner contentinfo complementary search dialog alertdialog menu menubar');
/**
 * Class or id words that mark page furniture rather than content (the same idea as Readability's
 * "unlikely candidates"): cookie/consent banners, related-ads rails, sidebars, modals, breadcrumbs.
 * Matched as whole words inside class/id tokens (split on - and _), never as site-specific selectors.
 * Not comments: those are written by people, and each is an item of its own (posts.ts).
 */
const BOILERPLATE_WORDS = /(?:^|[-_\s])(?:cookies?|consent|gdpr|banner|related|similar|recommend(?:ed|ations?)?|sidebar|breadcrumbs?|breadcrump|modal|popup|overlay|newsletter|share|social|pagination|pager|menu|navbar|masthead|promo)(?:$|[-_\s])/i;

/** Page furniture: landmarks that are not content, and elements whose class/id says so. */
export function isBoilerplate(el: Element): boolean {
  const tag = tagOf(el);
  if (BOILERPLATE_TAGS.has(tag) && !insideArticle(el)) return true;
  const role = attr(el, 'role');
  if (role !== null && BOILERPLATE_ROLES.has(role.toLowerCase())) return true;
  return BOILERPLATE_WORDS.test(namesOf(el));
}

/** The names a page gives an element: its class and id, as one string of words. */
export function namesOf(el: Element): string {
  return `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`;
}

/** A <header>/<footer> inside an article, section or main is that content's own (its title), not the page's. */
function insideArticle(el: Element): boolean {
  const tag = tagOf(el);
  if (tag !== 'HEADER' && tag !== 'FOOTER') return false;
  const parent = el.parentElement;
  return parent !== null && parent.closest('article, section, main, [role="main"], [itemscope], [role="article"]') !== null;
}

export function elementChildren(el: Element | Document | DocumentFragment): Element[] {
  const out: Element[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) out.push(c);
  return out;
}

/**
 * The first element under `root` (document order, `root` excluded) that matches `pred`, not looking
 * inside the elements of `prune`. Iterative on purpose: some DOM implementations' querySelector
 * recurses and overflows on deeply nested pages.
 */
export function findFirst(root: Element, pred: (el: Element) => boolean, prune?: ReadonlySet<Element>): Element | undefined {
  const stack: Element[] = [];
  for (let c = root.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (prune?.has(el)) continue;
    if (pred(el)) return el;
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return undefined;
}

/** Whether an ancestor of `el` (below `stop`, when given) is in `set`. */
export function hasAncestorIn(el: Element, set: ReadonlySet<Element>, stop?: Element): boolean {
  for (let a = el.parentElement; a && a !== stop; a = a.parentElement) if (set.has(a)) return true;
  return false;
}

/** Whether the element's tag is one of `tags` (upper case). */
export function hasTag(el: Element, tags: ReadonlySet<string>): boolean {
  return tags.has(tagOf(el));
}

/** Every element under `root` (document order, `root` excluded) that matches `pred`; iterative like findFirst. */
export function findAll(root: Element, pred: (el: Element) => boolean): Element[] {
  return runSync(findAllSteps(root, pred));
}

/** findAll, pausing every UNITS_PER_STEP elements (see steps.ts). */
export function* findAllSteps(root: Element, pred: (el: Element) => boolean): Steps<Element[]> {
  const found: Element[] = [];
  const stack: Element[] = [];
  let units = 0;
  for (let c = root.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  while (stack.length > 0) {
    if (++units === UNITS_PER_STEP) {
      units = 0;
      yield;
    }
    const el = stack.pop()!;
    if (pred(el)) found.push(el);
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return found;
}
