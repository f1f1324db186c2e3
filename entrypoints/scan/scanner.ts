import { browser } from 'wxt/browser';
import { extractAdsSteps, type ExtractedAd } from '@/utils/extract';
import { ELEMENT_NODE } from '@/utils/extract/dom';
import type { Steps } from '@/utils/extract/steps';
import { HIDING_STYLE } from '@/utils/extract/visibility';
import { evidenceRanges } from '@/utils/dom-text';
import { sendToBackground, type AdVerdict, type DisplaySettings, type HelloReply } from '@/utils/messaging';
import { atLeast } from '@/utils/verdict';
import { runWhenIdle } from './idle';
import { Marks } from './marks';
import { markNames, type MarkNames } from './names';

/**
 * Ads per message to the background: on a long listing a small first batch so that the first badges
 * appear soon, then larger ones (each batch's marks cost the page a frame of style, layout and paint).
 * A few cards the page just added go in a small batch of their own, ahead of the rest.
 */
const FIRST_BATCH = 12;
const BATCH = 60;
/**
 * A page that keeps changing is looked at no more often than this, nor more often than looking at it
 * takes: on a page that never stops changing, at most half of the time the page leaves free.
 */
const MIN_GAP_MS = 400;
/** How often the marks are checked: a page that removes or changes them sees them back well within 2 s. */
const CHECK_MS = 500;
/**
 * One turn of that check lasts at most this long; on a page with more marks than a turn gets through
 * (thousands of ads), the next turn comes after CHECK_AGAIN_MS, so that a whole pass still takes
 * about a second without ever being a long task.
 */
const CHECK_TURN_MS = 8;
const CHECK_AGAIN_MS = 50;
/** How long "show on page" outlines the ad. */
const FLASH_MS = 1600;
/**
 * What the page is watched for: nodes added and removed, text edited in place, and the attributes
 * that show or hide text (visibility.ts reads them), so that a card whose text changes without a
 * new node is read again too. The old values tell an inline style that starts or stops hiding from
 * an animation's every frame.
 */
const WATCHED: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['hidden', 'aria-hidden', 'class', 'style'],
  attributeOldValue: true,
};

interface Scanned {
  ad: ExtractedAd;
  verdict: AdVerdict;
}

/**
 * Finds the ads on the page, sends their texts to the background and has the verdicts drawn
 * (marks.ts). Two loops that never block each other: looking at the page (extraction, in idle slices,
 * whenever the MutationObserver noted a change) fills a queue, new cards first, then cards not sent
 * yet, then cards whose text changed; sending empties it, a batch at a time. So a card the page adds
 * while a long listing is being sent goes ahead of the older ones. A card rendered again with the same
 * text (a framework rebuilding its list) keeps its verdict without asking the background. A new URL
 * without a reload (single-page apps) starts the page afresh.
 *
 * Its life is its own: it stops when the extension is gone (updated, disabled, removed) or when a
 * newer copy of the content script replaces it (index.ts), never on a DOM event the page could
 * fire (WXT's ContentScriptContext listens for such an event).
 */
export class Scanner {
  readonly #scanned = new Map<string, Scanned>();
  /** The keys the last look at the page found: a key not among them is a card the page just added. */
  #lastKeys = new Set<string>();
  /** Ads to send, most urgent first. */
  #queue: ExtractedAd[] = [];
  /** How many ads at the head of the queue are cards the page just added. */
  #added = 0;
  /** Keys sent and not answered yet. */
  readonly #inFlight = new Set<string>();
  readonly #names: MarkNames = markNames();
  readonly #marks: Marks;
  #display: DisplaySettings;
  #url = location.href;
  #scheduled = false;
  #looking = false;
  #sending = false;
  #stopped = false;
  /** The page's interference with the marks has been reported (once per page). */
  #tamperReported = false;
  /** When the last look ended, and how long it took. */
  #lookEnded = 0;
  #lookMs = 0;
  #resetNext = true;
  #checkTimer = 0;
  readonly #observer = new MutationObserver((records) => {
    let look = false;
    for (const record of records) {
      if (!changesContent(record, this.#names.badge)) continue;
      // A card whose content changed (its nodes, its text, what of it shows) is looked at again; so
      // is the page when elements were added (new cards) or shown or hidden.
      if (this.#marks.touch(record.target) || addsElement(record) || record.type === 'attributes') look = true;
    }
    if (look) this.#schedule();
  });
  readonly #onNavigate = () => this.#schedule();

  constructor(hello: HelloReply) {
    this.#display = hello.display;
    this.#marks = new Marks(document, this.#names, hello.labels, this.#display);
  }

  start(): void {
    this.#observer.observe(document.body ?? document.documentElement, WATCHED);
    // Single-page apps: a URL change (pushState, back/forward) is noticed on the next look, which these
    // events (and the DOM changes that come with a new view) schedule.
    navigationTarget()?.addEventListener('navigate', this.#onNavigate);
    addEventListener('popstate', this.#onNavigate);
    this.#schedule();
    this.#checkSoon();
  }

  stop(): void {
    if (this.#stopped) return;
    this.#stopped = true;
    this.#observer.disconnect();
    clearTimeout(this.#checkTimer);
    navigationTarget()?.removeEventListener('navigate', this.#onNavigate);
    removeEventListener('popstate', this.#onNavigate);
    this.#marks.clear();
    this.#scanned.clear();
    this.#queue = [];
  }

  /** The extension is still there (after an update or removal, an orphaned content script has no runtime id). */
  #alive = (): boolean => {
    if (!this.#stopped && browser.runtime?.id === undefined) this.stop();
    return !this.#stopped;
  };

  #schedule(): void {
    if (this.#scheduled || !this.#alive()) return;
    this.#scheduled = true;
    const gap = Math.max(MIN_GAP_MS, this.#lookMs);
    setTimeout(() => void this.#look(), Math.max(0, this.#lookEnded + gap - Date.now()));
  }

  /**
   * The marks, looked at every CHECK_MS: what the page removed or changed is drawn again, and the
   * background hears of it once per page (the popup says that the page interfered).
   */
  #checkSoon(): void {
    this.#checkTimer = window.setTimeout(() => {
      if (!this.#alive()) return;
      if (this.#marks.repair(CHECK_TURN_MS) && !this.#tamperReported) {
        this.#tamperReported = true;
        void sendToBackground('marksTampered', { url: this.#url }).catch(() => this.#alive());
      }
      this.#checkSoon();
    }, this.#marks.checking ? CHECK_AGAIN_MS : CHECK_MS);
  }

  /** One look at a time: changes seen during a look schedule the next one when it ends. */
  async #look(): Promise<void> {
    if (this.#looking) {
      setTimeout(() => void this.#look(), MIN_GAP_MS);
      return;
    }
    this.#scheduled = false;
    this.#looking = true;
    const started = Date.now();
    try {
      if (location.href !== this.#url) this.#newPage();
      const url = this.#url;
      const ads = await runWhenIdle(extractAdsSteps(document), this.#alive);
      if (!ads || url !== location.href) return this.#schedule();
      const { fresh, added, redrawn } = this.#triage(ads);
      this.#queue = fresh.filter((ad) => !this.#inFlight.has(ad.key));
      this.#added = added;
      void this.#send();
      if (redrawn.length > 0) await runWhenIdle(this.#markSteps(redrawn.map((ad) => [ad, this.#scanned.get(ad.key)!.verdict])), this.#alive);
    } catch {
      // A failed message means the extension went away (alive() then stops us); the page must not notice.
      this.#alive();
    } finally {
      this.#looking = false;
      this.#lookEnded = Date.now();
      this.#lookMs = this.#lookEnded - started;
    }
  }

  /** Sends the queue, a batch at a time, and draws each batch's verdicts; one sender at a time. */
  async #send(): Promise<void> {
    if (this.#sending) return;
    this.#sending = true;
    try {
      while (this.#queue.length > 0 && this.#alive()) {
        // The app moved to another view: the next look starts the new page, with its own queue.
        if (location.href !== this.#url) return this.#schedule();
        const url = this.#url;
        const added = this.#added;
        this.#added = 0;
        const batch = this.#queue.splice(0, added > 0 && added <= FIRST_BATCH ? added : this.#resetNext && this.#queue.length > BATCH ? FIRST_BATCH : BATCH);
        const reset = this.#resetNext;
        this.#resetNext = false;
        for (const ad of batch) this.#inFlight.add(ad.key);
        let verdicts: AdVerdict[];
        try {
          verdicts = await sendToBackground('scanAds', { url, reset, ads: batch.map(({ key, text, title, lang, truncated }) => ({ key, text, title, lang, truncated })) });
        } finally {
          for (const ad of batch) this.#inFlight.delete(ad.key);
        }
        // These verdicts belong to a page that was left meanwhile.
        if (!this.#alive() || url !== this.#url || url !== location.href) continue;
        const byKey = new Map(verdicts.map((v) => [v.key, v]));
        await runWhenIdle(this.#markSteps(batch.flatMap((ad): Array<[ExtractedAd, AdVerdict]> => (byKey.has(ad.key) ? [[ad, byKey.get(ad.key)!]] : []))), this.#alive);
      }
    } catch {
      this.#alive();
    } finally {
      this.#sending = false;
    }
  }

  /**
   * The ads to send, in order: cards the page added since the last look, then cards not scanned yet,
   * then cards whose text changed. And the cards rendered again with a text already scanned (a new
   * element, or new content in the same one): their verdict is drawn again.
   */
  #triage(ads: ExtractedAd[]): { fresh: ExtractedAd[]; added: number; redrawn: ExtractedAd[] } {
    const ranked: Array<[number, ExtractedAd]> = [];
    const redrawn: ExtractedAd[] = [];
    for (const ad of ads) {
      const known = this.#scanned.get(ad.key);
      if (known?.ad.text === ad.text) {
        if (ad.element && (known.ad.element !== ad.element || this.#marks.isTouched(ad.key))) redrawn.push(ad);
        continue;
      }
      ranked.push([!known && !this.#lastKeys.has(ad.key) ? 0 : known ? 2 : 1, ad]);
    }
    this.#lastKeys = new Set(ads.map((ad) => ad.key));
    // A stable sort: within a rank, the page's order.
    return { fresh: ranked.sort((a, b) => a[0] - b[0]).map(([, ad]) => ad), added: ranked.filter(([rank]) => rank === 0).length, redrawn };
  }

  /** A new page in a single-page app: what was found belongs to the page that was left. */
  #newPage(): void {
    this.#url = location.href;
    this.#marks.clear();
    this.#scanned.clear();
    this.#lastKeys = new Set();
    this.#queue = [];
    this.#added = 0;
    this.#resetNext = true;
    this.#tamperReported = false;
  }

  /**
   * Draws verdicts, BATCH ads at a time: the evidence of each ad is found in the page one ad per step
   * (it reads the page's text), then the batch is written to the page in one step, so that the page
   * lays itself out once for the batch instead of once per idle slice.
   */
  *#markSteps(verdicts: Array<[ExtractedAd, AdVerdict]>): Steps<void> {
    for (let i = 0; i < verdicts.length; i += BATCH) {
      const ready: Array<[ExtractedAd, AdVerdict, Range[]]> = [];
      for (const [ad, verdict] of verdicts.slice(i, i + BATCH)) {
        ready.push([ad, verdict, highlightRanges(ad, verdict)]);
        yield;
      }
      for (const [ad, verdict, ranges] of ready) this.#apply(ad, verdict, ranges);
      this.#marks.paintPending();
      yield;
    }
  }

  #apply(ad: ExtractedAd, verdict: AdVerdict, ranges: Range[]): void {
    this.#scanned.set(ad.key, { ad, verdict });
    if (ad.element?.isConnected) this.#marks.draw(ad.key, ad.element, verdict, ranges);
    else this.#marks.delete(ad.key);
  }

  /**
   * New verdicts for ads already drawn (the background linked them to ads found later: a shared phone,
   * a repeated text): each replaces what was drawn for its ad. Keys this page does not know are ignored.
   */
  updateVerdicts(verdicts: readonly AdVerdict[]): null {
    for (const verdict of Array.isArray(verdicts) ? verdicts : []) {
      const entry = this.#scanned.get(verdict?.key);
      if (entry) this.#apply(entry.ad, verdict, highlightRanges(entry.ad, verdict));
    }
    this.#marks.paintPending();
    return null;
  }

  setDisplay(display: DisplaySettings): null {
    this.#display = display;
    this.#marks.setDisplay(display);
    return null;
  }

  showAd(key: string): boolean {
    const entry = this.#scanned.get(key);
    const el = entry?.ad.element;
    if (!entry || !el?.isConnected) return false;
    el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    // Discreet mode: the ad is brought into view, and nothing is drawn on it.
    if (this.#display.discreet) return true;
    this.#marks.flash(evidenceRanges(el, entry.ad.text, entry.verdict.evidence));
    // An animation, not a style change: the page's own styles are left exactly as they were.
    el.animate({ outline: ['3px solid #f9a825', '3px solid transparent'], outlineOffset: ['2px', '2px'] }, { duration: FLASH_MS, easing: 'ease-out' });
    return true;
  }
}

/** The page ranges of an ad's evidence, for the ads whose level is highlighted. */
function highlightRanges(ad: ExtractedAd, verdict: AdVerdict): Range[] {
  const el = ad.element;
  return el?.isConnected && atLeast(verdict.level, 'medium') ? evidenceRanges(el, ad.text, verdict.evidence) : [];
}

/** The Navigation API's `navigation` object, where the browser has it (Chromium; not Firefox before 147). */
function navigationTarget(): EventTarget | undefined {
  return (globalThis as { navigation?: EventTarget }).navigation;
}

const isBadge = (node: Node, badgeTag: string) => node.nodeType === ELEMENT_NODE && (node as Element).localName === badgeTag;

/**
 * True when a mutation may change what the page shows, other than Faro's own badges: a node added or
 * removed, text edited, an attribute that shows or hides (an inline style only when it starts or
 * stops hiding).
 */
function changesContent(record: MutationRecord, badgeTag: string): boolean {
  if (record.type === 'characterData') return true;
  if (record.type === 'attributes') {
    if (isBadge(record.target, badgeTag)) return false;
    return record.attributeName !== 'style' || HIDING_STYLE.test(record.oldValue ?? '') !== HIDING_STYLE.test((record.target as Element).getAttribute('style') ?? '');
  }
  for (const node of record.addedNodes) if (!isBadge(node, badgeTag)) return true;
  for (const node of record.removedNodes) if (!isBadge(node, badgeTag)) return true;
  return false;
}

/** True when a mutation adds an element: cards may have come. */
function addsElement(record: MutationRecord): boolean {
  for (const node of record.addedNodes) if (node.nodeType === ELEMENT_NODE) return true;
  return false;
}
