import { ELEMENT_NODE } from '@/utils/extract/dom';
import type { AdVerdict, DisplaySettings, PageLabels } from '@/utils/messaging';
import { atLeast } from '@/utils/verdict';
import { Badge, badgeSpot } from './badge';
import { Highlighter } from './highlight';
import type { MarkNames } from './names';

interface Mark {
  element: Element;
  verdict: AdVerdict;
  ranges: Range[];
  badge?: Badge;
}

/**
 * What Faro draws on the page, per ad: a badge by the ads at or above the user's level, the evidence
 * of medium and high ads highlighted, and in the test build an attribute with every ad's level. A low
 * ad gets nothing in a release build; in discreet mode no ad gets anything (the verdicts stay in the
 * popup and the toolbar count), and the marks come back when it is turned off.
 *
 * The page can remove or change all of it; `repair` notices and draws it again.
 */
export class Marks {
  readonly #marks = new Map<string, Mark>();
  /** The key each element was last marked under: a pane whose ad is replaced drops the old one's marks. */
  #keyOf = new WeakMap<Element, string>();
  /**
   * Ads whose card the page changed since they were drawn (its content, not only Faro's badge): the
   * next look at the page draws them again, with a new verdict if their text changed. `repair` leaves
   * them alone meanwhile, so as not to put an old verdict on new content (a pane showing another ad).
   */
  readonly #touched = new Set<string>();
  readonly #highlighter: Highlighter;
  /** The marks still to look at in repair's current pass. */
  #pass: Iterator<[string, Mark]> | undefined;

  readonly #doc: Document;
  readonly #names: MarkNames;
  readonly #labels: PageLabels;
  #display: DisplaySettings;

  constructor(doc: Document, names: MarkNames, labels: PageLabels, display: DisplaySettings) {
    this.#doc = doc;
    this.#names = names;
    this.#labels = labels;
    this.#display = display;
    this.#highlighter = new Highlighter(doc, names);
    this.#highlighter.setEnabled(this.#highlights());
  }

  /**
   * Marks one ad (replacing what was drawn for it, and for another ad drawn on the same element).
   * Highlights are painted with `paintPending`, once per batch.
   */
  draw(key: string, element: Element, verdict: AdVerdict, ranges: Range[]): void {
    const previousKey = this.#keyOf.get(element);
    if (previousKey !== undefined && previousKey !== key) this.delete(previousKey);
    const old = this.#marks.get(key);
    if (old && old.element !== element) this.#undraw(key, old);
    const mark: Mark = { element, verdict, ranges, badge: old?.element === element ? old.badge : undefined };
    this.#marks.set(key, mark);
    this.#keyOf.set(element, key);
    this.#touched.delete(key);
    this.#drawOne(key, mark);
  }

  /** Notes that the page changed what is inside `node`; returns whether that is a marked card. */
  touch(node: Node): boolean {
    for (let n: Node | null = node; n; n = n.parentNode) {
      const key: string | undefined = n.nodeType === ELEMENT_NODE ? this.#keyOf.get(n as Element) : undefined;
      if (key !== undefined && this.#marks.get(key)?.element === n) {
        this.#touched.add(key);
        return true;
      }
    }
    return false;
  }

  isTouched(key: string): boolean {
    return this.#touched.has(key);
  }

  paintPending(): void {
    this.#highlighter.paintPending();
  }

  delete(key: string): void {
    const mark = this.#marks.get(key);
    if (!mark) return;
    this.#undraw(key, mark);
    this.#marks.delete(key);
    this.#touched.delete(key);
  }

  /** Forgets every ad and removes every mark (a new page, or the script stopping). */
  clear(): void {
    for (const [key, mark] of this.#marks) this.#undraw(key, mark);
    this.#marks.clear();
    this.#touched.clear();
    this.#pass = undefined;
    this.#keyOf = new WeakMap();
    this.#highlighter.clear();
  }

  setDisplay(display: DisplaySettings): void {
    this.#display = display;
    // Discreet: the highlights' style and names leave the page too, not only the phrases.
    if (display.discreet) this.#highlighter.clear();
    this.#highlighter.setEnabled(this.#highlights());
    for (const [key, mark] of this.#marks) this.#drawOne(key, mark);
    this.#highlighter.paintPending();
  }

  /** Briefly marks phrases of one ad ("show on page"); never in discreet mode. */
  flash(ranges: Range[]): void {
    if (!this.#display.discreet) this.#highlighter.flash(ranges);
  }

  /**
   * Draws again what the page removed or changed: badges taken out of their card or restyled, the
   * test build's attribute, the highlights and their style. Returns whether anything had to be.
   * Cards the page took away, or whose content it changed (touch), are left to the next look.
   *
   * Looks at the marks for at most `budgetMs` (at least one), going on where it stopped at the next
   * call: a page with thousands of marked ads is checked over several short turns, not in one long
   * task; `checking` says that a turn is due.
   */
  repair(budgetMs = Infinity): boolean {
    if (this.#display.discreet) return false;
    let repaired = this.#highlighter.repair();
    const end = performance.now() + budgetMs;
    this.#pass ??= this.#marks.entries();
    do {
      const next = this.#pass.next();
      if (next.done) {
        this.#pass = undefined;
        break;
      }
      const [key, mark] = next.value;
      if (!mark.element.isConnected || this.#touched.has(key) || this.#intact(mark)) continue;
      repaired = true;
      // A badge that is not intact is drawn anew: the page may hold on to the one it took out.
      this.#drawOne(key, mark);
    } while (performance.now() < end);
    return repaired;
  }

  /** A look at the marks stopped before the end (repair's budget): the next turn goes on with it. */
  get checking(): boolean {
    return this.#pass !== undefined;
  }

  #intact(mark: Mark): boolean {
    const attribute = this.#names.levelAttribute;
    if (attribute !== null && mark.element.getAttribute(attribute) !== mark.verdict.level) return false;
    return !this.#wantsBadge(mark) || (mark.badge?.isIntact(mark.element) ?? false);
  }

  #wantsBadge(mark: Mark): boolean {
    return atLeast(mark.verdict.level, this.#display.minLevel);
  }

  #highlights(): boolean {
    return this.#display.highlight && !this.#display.discreet;
  }

  #drawOne(key: string, mark: Mark): void {
    const { element, verdict } = mark;
    if (this.#display.discreet || !element.isConnected) return this.#undraw(key, mark);
    if (this.#names.levelAttribute !== null) element.setAttribute(this.#names.levelAttribute, verdict.level);
    if (!this.#wantsBadge(mark)) {
      mark.badge?.remove();
      mark.badge = undefined;
    } else if (mark.badge?.isIntact(element)) {
      mark.badge.update(verdict);
    } else {
      mark.badge?.remove();
      mark.badge = new Badge(this.#doc, this.#names.badge, verdict, this.#labels);
      const { parent, before } = badgeSpot(element);
      parent.insertBefore(mark.badge.host, before);
    }
    if (atLeast(verdict.level, 'medium') && mark.ranges.length > 0) this.#highlighter.set(key, verdict.level, mark.ranges);
    else this.#highlighter.delete(key);
  }

  #undraw(key: string, mark: Mark): void {
    mark.badge?.remove();
    mark.badge = undefined;
    if (this.#names.levelAttribute !== null && this.#keyOf.get(mark.element) === key) mark.element.removeAttribute(this.#names.levelAttribute);
    this.#highlighter.delete(key);
  }
}
