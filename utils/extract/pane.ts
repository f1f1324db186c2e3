import { findFirst, isHeadingTag, setOf, tagOf } from './dom';
import { contentText } from './main-content';
import type { PageStats } from './stats';

/** A pane holds a whole ad: a filter box, a results count or a pager holds less. */
const MIN_PANE_TEXT = 300;
const PANE_TAGS = setOf('DIV SECTION ARTICLE MAIN');

/**
 * The ad a job board shows beside its results (most are single-page apps: a click on a card loads the
 * ad into a side pane): the largest block next to the results list, or next to one of the list's
 * ancestors, that holds no card, is not page furniture, has a heading and a whole ad's worth of text.
 * The list is the smallest element holding every card: a block among the cards themselves (a site's
 * guide to the city below its results) is not beside them.
 */
export function detailPane(root: Element, stats: PageStats, cards: readonly Element[]): Element | undefined {
  const list = commonAncestor(cards);
  if (!list || list === root) return undefined;
  let best: Element | undefined;
  let bestText = 0;
  for (let inner: Element = list, outer = list.parentElement; outer; inner = outer, outer = outer.parentElement) {
    for (let c = outer.firstElementChild; c; c = c.nextElementSibling) {
      if (c === inner || !PANE_TAGS.has(tagOf(c))) continue;
      const s = stats.get(c);
      if (!s || s.boilerplate) continue;
      const text = contentText(c, stats);
      if (text < MIN_PANE_TEXT || text <= bestText) continue;
      if (cards.some((card) => c.contains(card)) || !findFirst(c, (el) => isHeadingTag(tagOf(el), 3))) continue;
      best = c;
      bestText = text;
    }
    if (outer === root) break;
  }
  return best;
}

/** The smallest element that holds all of `els`. */
function commonAncestor(els: readonly Element[]): Element | undefined {
  let common = els[0]?.parentElement ?? undefined;
  for (const el of els) {
    while (common && !common.contains(el)) common = common.parentElement ?? undefined;
  }
  return common;
}
