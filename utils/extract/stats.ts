import { CDATA_NODE, ELEMENT_NODE, TEXT_NODE, isBoilerplate, tagOf } from './dom';
import { CHARS_PER_STEP, UNITS_PER_STEP, type Steps } from './steps';
import { HIDDEN, MARKUP_VISIBILITY, OWN_TEXT_HIDDEN, SHOWN, type Shown, type Visibility } from './visibility';

/** What one pass over the page knows about an element's visible subtree. */
export interface ElementStats {
  /** Visible text characters (whitespace runs count as one). */
  text: number;
  /** Of which inside links. */
  linkText: number;
  /** Number of `<a href>` links. */
  links: number;
  /** Inside navigation, page header/footer, sidebar, banner, modal… (the element itself or an ancestor). */
  boilerplate: boolean;
  /** Position in document order, for stable sorting and keys. */
  order: number;
  /** The element's own text nodes are hidden (`visibility: hidden`); its children are counted as they show. */
  ownTextHidden: boolean;
}

export type PageStats = Map<Element, ElementStats>;

const isFoldedSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160;

/**
 * Length of `data[from, to)` once whitespace runs are folded to one space (what a reader sees), as
 * part of the whole text: a run that started before `from` is not counted again.
 */
function visibleLength(data: string, from: number, to: number): number {
  let n = 0;
  let space = from === 0 || isFoldedSpace(data.charCodeAt(from - 1));
  for (let i = from; i < to; i++) {
    if (isFoldedSpace(data.charCodeAt(i))) {
      if (!space) n++;
      space = true;
    } else {
      n++;
      space = false;
    }
  }
  return n;
}

/**
 * Below this much text an element's box is not looked at: reading style and layout for every element
 * would cost a 500-card page too much, and a few hidden words (a screen-reader label) change nothing;
 * padding that hides red flags is thousands of characters.
 */
const BOX_CHECK_TEXT = 200;

/**
 * One post-order walk over `root` (explicit stack: deeply nested broken HTML cannot overflow the call
 * stack) computing, for every visible element, its text and link counts. Linear in page size; the card
 * detector and the main-content picker read these numbers instead of calling textContent repeatedly.
 * Elements the reader does not see (`visibility`) are left out with everything in them: the map holds
 * exactly the elements shown. Pauses every UNITS_PER_STEP elements (see steps.ts).
 */
export function* computeStats(root: Element, visibility: Visibility = MARKUP_VISIBILITY): Steps<PageStats> {
  const stats: PageStats = new Map();
  let units = 0;
  const rootBoiler = ancestorBoilerplate(root);
  let order = 0;
  // Each entry: element, whether its children were pushed, inherited boilerplate flag, inside-link flag.
  const stack: Array<{ el: Element; expanded: boolean; boiler: boolean; inLink: boolean }> = [
    { el: root, expanded: false, boiler: rootBoiler, inLink: root.closest('a[href]') !== null },
  ];
  while (stack.length > 0) {
    if (++units === UNITS_PER_STEP) {
      units = 0;
      yield;
    }
    const top = stack[stack.length - 1]!;
    if (!top.expanded) {
      top.expanded = true;
      const el = top.el;
      // The root is read whatever its style: an anti-flicker snippet hides the whole body for a moment.
      const shown: Shown = el === root ? SHOWN : visibility.state(el);
      if (shown === HIDDEN) {
        stack.pop();
        continue;
      }
      const boiler = top.boiler || isBoilerplate(el);
      const isLink = tagOf(el) === 'A' && el.hasAttribute('href');
      if (isLink) top.inLink = true;
      stats.set(el, { text: 0, linkText: 0, links: isLink ? 1 : 0, boilerplate: boiler, order: order++, ownTextHidden: shown === OWN_TEXT_HIDDEN });
      // Children pushed last first, so that they are popped, and numbered, in document order.
      for (let c = el.lastElementChild; c; c = c.previousElementSibling) {
        stack.push({ el: c, expanded: false, boiler, inLink: top.inLink });
      }
      continue;
    }
    stack.pop();
    const el = top.el;
    const s = stats.get(el);
    if (!s) continue;
    const inLink = top.inLink;
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === TEXT_NODE || n.nodeType === CDATA_NODE) {
        if (s.ownTextHidden) continue;
        // A huge text node (megabytes in one node) is counted CHARS_PER_STEP at a time, with a pause between.
        const data = (n as CharacterData).data;
        for (let from = 0; from < data.length; from += CHARS_PER_STEP) {
          const len = visibleLength(data, from, Math.min(data.length, from + CHARS_PER_STEP));
          s.text += len;
          if (inLink) s.linkText += len;
          if (from + CHARS_PER_STEP < data.length) yield;
        }
      } else if (n.nodeType === ELEMENT_NODE) {
        const c = stats.get(n as Element);
        if (c) {
          s.text += c.text;
          s.linkText += c.linkText;
          s.links += c.links;
        }
      }
    }
    if (visibility.computed && el !== root && s.text >= BOX_CHECK_TEXT && visibility.hidesBox(el)) forget(stats, el);
  }
  return stats;
}

/** Removes an element found hidden after its subtree was counted, with its counted descendants. */
function forget(stats: PageStats, el: Element): void {
  const stack = [el];
  while (stack.length > 0) {
    const e = stack.pop()!;
    // Elements not in the map were skipped or already forgotten, and so were their descendants.
    if (!stats.delete(e)) continue;
    for (let c = e.firstElementChild; c; c = c.nextElementSibling) stack.push(c);
  }
}

/** How each element shows, as the walk saw it: what is not in the map was hidden. */
export function shownByStats(stats: PageStats): (el: Element) => Shown {
  return (el) => {
    const s = stats.get(el);
    return s === undefined ? HIDDEN : s.ownTextHidden ? OWN_TEXT_HIDDEN : SHOWN;
  };
}

function ancestorBoilerplate(el: Element): boolean {
  for (let a = el.parentElement; a; a = a.parentElement) if (isBoilerplate(a)) return true;
  return false;
}
