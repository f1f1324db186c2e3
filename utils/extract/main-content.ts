import { attr, findFirst, setOf, tagOf } from './dom';
import type { PageStats } from './stats';

/** A child holding this share of its parent's content text is "where the content is": descend into it. */
const DOMINANT_SHARE = 0.6;
/** Containers worth narrowing down to; inline wrappers (b, font, span) around a text are part of it. */
const CONTAINER_TAGS = setOf('DIV SECTION ARTICLE MAIN TABLE TBODY TR TD FORM CENTER');
/** Below this much text a block is too small to descend into (a title alone is not the ad). */
const MIN_BLOCK_TEXT = 80;

/** Visible text of `el` outside page furniture, from the precomputed stats. */
export function contentText(el: Element, stats: PageStats): number {
  const s = stats.get(el);
  if (!s) return 0;
  let text = s.text;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const cs = stats.get(c);
    if (cs?.boilerplate && !s.boilerplate) text -= cs.text;
  }
  return Math.max(0, text);
}

/** The page's declared main region: <main> or [role=main], else a lone or dominant <article>. */
function declaredMain(root: Element, stats: PageStats): Element | undefined {
  const rootText = contentText(root, stats);
  let best: Element | undefined;
  let bestText = 0;
  for (const [el, s] of stats) {
    if (el === root || s.boilerplate) continue;
    const tag = tagOf(el);
    if ((tag === 'MAIN' || attr(el, 'role')?.toLowerCase() === 'main') && s.text >= MIN_BLOCK_TEXT) return el;
    if (tag === 'ARTICLE' && s.text > bestText) {
      best = el;
      bestText = s.text;
    }
  }
  return best && bestText >= MIN_BLOCK_TEXT && bestText >= rootText / 2 ? best : undefined;
}

/**
 * The element that holds a single ad page's content: the declared main region (or the root), then
 * repeatedly the child that holds most of its text (the densest block), skipping navigation, headers,
 * footers, sidebars, cookie banners and related-ads rails.
 */
export function mainContentElement(root: Element, stats: PageStats): Element {
  let el = declaredMain(root, stats) ?? root;
  const title = pageTitle(root, stats);
  for (;;) {
    const total = contentText(el, stats);
    let next: Element | undefined;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const cs = stats.get(c);
      if (!cs || cs.boilerplate || !CONTAINER_TAGS.has(tagOf(c))) continue;
      if (cs.text >= MIN_BLOCK_TEXT && cs.text >= total * DOMINANT_SHARE) next = c;
    }
    // The ad's title belongs to the ad: never descend past it into the description alone.
    if (!next || (title && el.contains(title) && !next.contains(title))) return el;
    el = next;
  }
}

/** The page's title heading: its first visible <h1> outside page furniture. */
export function pageTitle(root: Element, stats: PageStats): Element | undefined {
  return findFirst(root, (el) => {
    if (tagOf(el) !== 'H1') return false;
    const s = stats.get(el);
    return s !== undefined && !s.boilerplate && s.text > 0;
  });
}

/** A child holding this share of its parent's text wraps it rather than standing beside other blocks. */
const WRAPPER_SHARE = 0.9;

/**
 * The ad's description inside its container: past the wrappers, the largest block at the first level
 * where the text splits among several blocks (not the one holding the title), then past its own
 * wrappers. Everything in it is the advertiser's; what stands beside it may be the site's furniture.
 * The container itself when its text does not split. Blocks in `leave` (a post's replies) are not it.
 */
export function descriptionBlock(container: Element, stats: PageStats, title?: Element, leave?: ReadonlySet<Element>): Element {
  let el = container;
  let chosen = false;
  for (;;) {
    const total = contentText(el, stats);
    let best: Element | undefined;
    let bestText = 0;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const cs = stats.get(c);
      if (!cs || cs.boilerplate || c === title || leave?.has(c)) continue;
      if (!chosen && title && c.contains(title) && cs.text < total * WRAPPER_SHARE) continue;
      if (cs.text > bestText) {
        best = c;
        bestText = cs.text;
      }
    }
    if (!best || bestText === 0) return el;
    if (bestText >= total * WRAPPER_SHARE) {
      el = best;
    } else if (!chosen) {
      el = best;
      chosen = true;
    } else {
      return el;
    }
  }
}
