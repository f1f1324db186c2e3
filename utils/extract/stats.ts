import { CDATA_NODE, ELEMENT_NODE, TEXT_NODE, isBoilerplate, isInvisible, tagOf } from './dom';
import { UNITS_PER_STEP, type Steps } from './steps';

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
}

export type PageStats = Map<Element, ElementStats>;

/** Length of a text once whitespace runs are folded to one space: what a reader sees. */
function visibleLength(data: string): number {
  let n = 0;
  let space = true;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    const isSpace = c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160;
    if (isSpace) {
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
 * One post-order walk over `root` (explicit stack: deeply nested broken HTML cannot overflow the call
 * stack) computing, for every visible element, its text and link counts. Linear in page size; the card
 * detector and the main-content picker read these numbers instead of calling textContent repeatedly.
 * Pauses every UNITS_PER_STEP elements (see steps.ts).
 */
export function* computeStats(root: Element): Steps<PageStats> {
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
      if (el !== root && isInvisible(el)) {
        stack.pop();
        continue;
      }
      const boiler = top.boiler || isBoilerplate(el);
      const isLink = tagOf(el) === 'A' && el.hasAttribute('href');
      if (isLink) top.inLink = true;
      stats.set(el, { text: 0, linkText: 0, links: isLink ? 1 : 0, boilerplate: boiler, order: order++ });
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
        const len = visibleLength((n as CharacterData).data);
        s.text += len;
        if (inLink) s.linkText += len;
      } else if (n.nodeType === ELEMENT_NODE) {
        const c = stats.get(n as Element);
        if (c) {
          s.text += c.text;
          s.linkText += c.linkText;
          s.links += c.links;
        }
      }
    }
  }
  return stats;
}

function ancestorBoilerplate(el: Element): boolean {
  for (let a = el.parentElement; a; a = a.parentElement) if (isBoilerplate(a)) return true;
  return false;
}
