import { attr, isSkippedTag, tagOf } from './dom';

/**
 * What a reader sees of an element. Text a page hides (23,000 characters of invisible filler before
 * the red flags, a print-only copy of every card) must not be read as the ad, nor weigh in finding
 * the cards; text the reader sees must never be dropped, or a page could hide its red flags from
 * Faro by styling them.
 */
export const SHOWN = 0;
/** The element's own text nodes are not shown, its children may be (`visibility: hidden` is undone by `visibility: visible` below). */
export const OWN_TEXT_HIDDEN = 1;
/** Nothing in the element is shown. */
export const HIDDEN = 2;
export type Shown = typeof SHOWN | typeof OWN_TEXT_HIDDEN | typeof HIDDEN;

export interface Visibility {
  /** Whether the page's layout is known (a browser): then `hidesBox` is meaningful. */
  readonly computed: boolean;
  /** How the element shows, knowing that none of its ancestors is HIDDEN (elements are asked top-down). */
  state(el: Element): Shown;
  /**
   * Whether the element's box shows none of its content (zero size with clipping, off-screen,
   * clipped away). Reads layout, so it is asked only of elements that hold enough text to matter.
   */
  hidesBox(el: Element): boolean;
}

/** An inline style that hides the element and everything in it. */
export const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|opacity\s*:\s*0(?:\.0*)?\s*(?:;|!|$))/i;

/**
 * Class names that hide an element on screen wherever they are used: utility classes of Bootstrap,
 * Tailwind, Foundation, WordPress and Drupal, print-only and screen-reader-only copies. Read only
 * where no layout is known (the CLI on a saved page, whose style sheets are not loaded); a browser
 * knows the real style and never looks at names.
 */
const HIDING_CLASS = /^(?:hidden|hide|d-none|display-none|(?:is|u|js)-hidden|(?:is-)?invisible|sr-only|visually-?hidden|screen-reader-(?:text|only)|element-invisible|show-for-(?:sr|print)|print-?only|visible-print(?:-block)?)$/i;
const HIDING_HINT = /hid|none|invisible|sr-only|print|screen-reader|show-for/i;
/** A class that shows the element again at some screen size (Tailwind's `md:block`, Bootstrap's `d-md-flex`): the hiding class then holds only on small screens. */
const SHOWING_CLASS = /^(?:[a-z0-9-]+:)+(?:block|flex|grid|inline|inline-block|inline-flex|table|contents|not-sr-only)$|^d-(?:sm|md|lg|xl|xxl)-(?!none)[a-z-]+$/i;

/** Hidden by the markup alone: `hidden`, `aria-hidden="true"`, an inline style, a hiding utility class. */
export function hiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden') || attr(el, 'aria-hidden') === 'true') return true;
  const style = attr(el, 'style');
  if (style !== null && HIDING_STYLE.test(style)) return true;
  const cls = attr(el, 'class');
  // Most elements carry no hiding class: one test of the whole name before looking at its tokens.
  if (!cls || !HIDING_HINT.test(cls)) return false;
  let hiding = false;
  for (const token of cls.split(/\s+/)) {
    if (SHOWING_CLASS.test(token)) return false;
    if (HIDING_CLASS.test(token)) hiding = true;
  }
  return hiding;
}

/** Markup only: the same answer in happy-dom, linkedom and a browser. */
export const MARKUP_VISIBILITY: Visibility = {
  computed: false,
  state: (el) => (isSkippedTag(tagOf(el)) || hiddenByMarkup(el) ? HIDDEN : SHOWN),
  hidesBox: () => false,
};

interface CheckVisibility {
  checkVisibility?(options?: Record<string, boolean>): boolean;
}

/** Both names of each option: Chromium before 121 knew only the first ones. */
const STYLE_CHECKS = { checkOpacity: true, opacityProperty: true, checkVisibilityCSS: true, visibilityProperty: true };

/**
 * The browser's own answer, for a page it lays out. `checkVisibility` (one native call) settles
 * nearly every element; the computed style is read only for the few it does not show, to tell
 * `display: contents` (no box of its own, children shown) and `visibility: hidden` (children may be
 * shown) from elements that hide everything. `aria-hidden` stays hidden, as in the markup reading:
 * it marks icons and decorative duplicates. Undefined where the document is not laid out (happy-dom,
 * linkedom, a detached document), so that those read the markup.
 */
function computedVisibility(doc: Document): Visibility | undefined {
  const view = doc.defaultView;
  const html = doc.documentElement as (Element & CheckVisibility) | null;
  if (!view || !html || typeof html.checkVisibility !== 'function' || typeof view.getComputedStyle !== 'function') return undefined;
  try {
    if (!(html.getBoundingClientRect().width > 0)) return undefined;
  } catch {
    return undefined;
  }
  return {
    computed: true,
    state(el) {
      if (isSkippedTag(tagOf(el)) || attr(el, 'aria-hidden') === 'true') return HIDDEN;
      const check = el as Element & CheckVisibility;
      if (typeof check.checkVisibility !== 'function' || check.checkVisibility(STYLE_CHECKS)) return SHOWN;
      const style = view.getComputedStyle(el);
      if (style.display === 'none') return HIDDEN;
      // No box and not `display: contents`: inside a content-visibility: hidden subtree, or not
      // rendered at all; except the content of a closed <details>, which the reader opens with a click.
      if (style.display !== 'contents' && !check.checkVisibility()) return inClosedDetails(el) ? SHOWN : HIDDEN;
      // Ancestors were asked first: an opacity of 0 found now is the element's own.
      if (Number(style.opacity) === 0) return HIDDEN;
      return style.visibility === 'visible' ? SHOWN : OWN_TEXT_HIDDEN;
    },
    hidesBox(el) {
      const style = view.getComputedStyle(el);
      // Only a positioned, transformed, clipped or overflow-hiding box can hide what it holds: the
      // others are never measured, so that a scan of an ordinary page forces no layout.
      const clipping = style.overflowX !== 'visible' || style.overflowY !== 'visible';
      if (style.position === 'static' && style.transform === 'none' && !clipping && style.clip === 'auto' && style.clipPath === 'none' && parseFloat(style.fontSize) !== 0) return false;
      if (style.display === 'contents') return false;
      const box = el.getBoundingClientRect();
      const narrow = box.width <= 1;
      const flat = box.height <= 1;
      // Off the page to the left or above it, where no scrolling reaches (left: -9999px).
      if (!(narrow && flat) && (box.right + view.scrollX <= 0 || box.bottom + view.scrollY <= 0)) return true;
      // A box of (nearly) no size shows its content only if that overflows it (a collapsed float container does).
      if ((narrow && style.overflowX !== 'visible') || (flat && style.overflowY !== 'visible')) return true;
      if ((narrow || flat) && parseFloat(style.fontSize) === 0) return true;
      return clippedAway(style);
    },
  };
}

function inClosedDetails(el: Element): boolean {
  for (let a = el.parentElement; a; a = a.parentElement) if (tagOf(a) === 'DETAILS') return !a.hasAttribute('open');
  return false;
}

/** An empty clip (`clip: rect(0 0 0 0)`, `rect(1px, 1px, 1px, 1px)`) or a clip-path inset by half or more. */
function clippedAway(style: CSSStyleDeclaration): boolean {
  const clip = style.clip;
  if (clip && clip !== 'auto') {
    const edges = clip.match(/-?[\d.]+/g)?.map(Number);
    // rect(top, right, bottom, left): nothing shows when bottom ≤ top or right ≤ left.
    if (edges && edges.length === 4 && (edges[2]! <= edges[0]! || edges[1]! <= edges[3]!)) return true;
  }
  const inset = /^inset\(\s*(\d+(?:\.\d+)?)%/.exec(style.clipPath ?? '');
  return inset !== null && Number(inset[1]) >= 50;
}

/**
 * The layouts' answers, per document: a document found laid out stays so, and asking again would
 * force a layout at the start of every look at a page that keeps changing (a storm of rewritten
 * cards paid for a layout of the whole page each time).
 */
const laidOut = new WeakMap<Document, Visibility>();

/** The layout's answer where there is one, else the markup's; `markup` forces the markup reading. */
export function visibilityFor(doc: Document, mode: 'auto' | 'markup' = 'auto'): Visibility {
  if (mode === 'markup') return MARKUP_VISIBILITY;
  let computed = laidOut.get(doc);
  if (!computed) {
    computed = computedVisibility(doc);
    if (computed) laidOut.set(doc, computed);
  }
  return computed ?? MARKUP_VISIBILITY;
}
