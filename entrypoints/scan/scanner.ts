import { browser } from 'wxt/browser';
import { extractAdsSteps, type ExtractedAd } from '@/utils/extract';
import type { Steps } from '@/utils/extract/steps';
import { evidenceRanges } from '@/utils/dom-text';
import { sendToBackground, type AdVerdict, type DisplaySettings, type HelloReply } from '@/utils/messaging';
import { atLeast } from '@/utils/verdict';
import { BADGE_TAG, Badge, badgeSpot } from './badge';
import { Highlighter } from './highlight';
import { runWhenIdle } from './idle';

/**
 * Ads per message to the background: on a long listing a small first batch so that the first badges
 * appear soon, then larger ones; a page of at most BATCH ads is sent at once (each batch's marks cost
 * the page a frame of style, layout and paint).
 */
const FIRST_BATCH = 12;
const BATCH = 60;
/** A page that keeps changing is looked at no more often than this. */
const MIN_GAP_MS = 400;
/** How long "show on page" outlines the ad. */
const FLASH_MS = 1600;

interface Scanned {
  ad: ExtractedAd;
  verdict: AdVerdict;
  badge?: Badge;
}

/**
 * Finds the ads on the page, sends their texts to the background and draws what comes back. The
 * MutationObserver only notes that something changed; the work runs later, in idle slices, over the
 * cards not scanned before (infinite scroll). A new URL without a reload (single-page apps) starts
 * the page afresh.
 *
 * Its life is its own: it stops when the extension is gone (updated, disabled, removed) or when a
 * newer copy of the content script replaces it (index.ts), never on a DOM event the page could
 * fire (WXT's ContentScriptContext listens for such an event).
 */
export class Scanner {
  private readonly scanned = new Map<string, Scanned>();
  /** Elements already scanned, with the text they had: a card whose text changes is scanned again. */
  private seen = new WeakMap<Element, string>();
  /** The key each marked element was last scanned under: a pane whose ad is replaced drops the old one. */
  private keyOf = new WeakMap<Element, string>();
  private readonly highlighter = new Highlighter(document);
  private display: DisplaySettings;
  private url = location.href;
  private scheduled = false;
  private running = false;
  private stopped = false;
  private lastRun = 0;
  private resetNext = true;
  private readonly observer = new MutationObserver((records) => {
    if (records.some(addsForeignElement)) this.schedule();
  });
  private readonly onNavigate = () => this.schedule();

  constructor(private readonly hello: HelloReply) {
    this.display = hello.display;
    this.highlighter.setEnabled(this.display.highlight);
  }

  start(): void {
    this.observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
    // Single-page apps: a URL change (pushState, back/forward) is noticed on the next run, which these
    // events (and the DOM changes that come with a new view) schedule.
    navigationTarget()?.addEventListener('navigate', this.onNavigate);
    addEventListener('popstate', this.onNavigate);
    this.schedule();
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.observer.disconnect();
    navigationTarget()?.removeEventListener('navigate', this.onNavigate);
    removeEventListener('popstate', this.onNavigate);
    this.clearMarks();
  }

  /** The extension is still there (after an update or removal, an orphaned content script has no runtime id). */
  private alive = (): boolean => {
    if (!this.stopped && browser.runtime?.id === undefined) this.stop();
    return !this.stopped;
  };

  private clearMarks(): void {
    for (const { badge } of this.scanned.values()) badge?.remove();
    this.scanned.clear();
    this.highlighter.clear();
  }

  private schedule(): void {
    if (this.scheduled || !this.alive()) return;
    this.scheduled = true;
    setTimeout(() => void this.runOnce(), Math.max(0, this.lastRun + MIN_GAP_MS - Date.now()));
  }

  /** One scan at a time: changes seen while a scan runs schedule the next one when it ends. */
  private async runOnce(): Promise<void> {
    if (this.running) {
      setTimeout(() => void this.runOnce(), MIN_GAP_MS);
      return;
    }
    this.scheduled = false;
    this.running = true;
    this.lastRun = Date.now();
    try {
      await this.run();
    } catch {
      // A failed message means the extension went away (alive() then stops us); the page must not notice.
      this.alive();
    } finally {
      this.running = false;
    }
  }

  private async run(): Promise<void> {
    if (!this.alive()) return;
    if (location.href !== this.url) this.newPage();
    const url = this.url;
    const ads = await runWhenIdle(extractAdsSteps(document, { skip: (el) => this.seen.get(el) === el.textContent }), this.alive);
    if (!ads || url !== location.href) return this.schedule();
    const fresh = ads.filter((ad) => !this.scanned.has(ad.key) || (ad.element && this.seen.get(ad.element) !== ad.element.textContent));
    for (let i = 0; i < fresh.length; ) {
      const batch = fresh.slice(i, (i += i === 0 && fresh.length > BATCH ? FIRST_BATCH : BATCH));
      for (const ad of batch) if (ad.element) this.seen.set(ad.element, ad.element.textContent ?? '');
      const reset = this.resetNext;
      this.resetNext = false;
      const verdicts = await sendToBackground('scanAds', {
        url,
        reset,
        ads: batch.map(({ key, text, title, lang }) => ({ key, text, title, lang })),
      });
      // The app moved to another view meanwhile: these verdicts belong to the page that was left.
      if (!this.alive() || url !== location.href) return this.schedule();
      await runWhenIdle(this.markSteps(batch, verdicts), this.alive);
    }
  }

  /** A new page in a single-page app: what was found belongs to the page that was left. */
  private newPage(): void {
    this.url = location.href;
    this.clearMarks();
    this.seen = new WeakMap();
    this.keyOf = new WeakMap();
    this.resetNext = true;
  }

  /**
   * Draws the verdicts: the evidence of each ad is found in the page one ad per step (it reads the
   * page's text), then everything is written to the page in one step, so that the page lays itself
   * out once for the whole batch instead of once per idle slice.
   */
  private *markSteps(ads: ExtractedAd[], verdicts: AdVerdict[]): Steps<void> {
    const byKey = new Map(verdicts.map((v) => [v.key, v]));
    const ready: Array<[ExtractedAd, AdVerdict, Range[]]> = [];
    for (const ad of ads) {
      const verdict = byKey.get(ad.key);
      if (!verdict) continue;
      ready.push([ad, verdict, highlightRanges(ad, verdict)]);
      yield;
    }
    for (const [ad, verdict, ranges] of ready) this.apply(ad, verdict, ranges);
    this.highlighter.paintPending();
  }

  private apply(ad: ExtractedAd, verdict: AdVerdict, ranges: Range[]): void {
    this.forget(ad.key);
    const el = ad.element;
    const previousKey = el && this.keyOf.get(el);
    if (previousKey !== undefined && previousKey !== ad.key) this.forget(previousKey);
    const entry: Scanned = { ad, verdict };
    this.scanned.set(ad.key, entry);
    if (!el?.isConnected) return;
    this.keyOf.set(el, ad.key);
    el.setAttribute('data-faro-level', verdict.level);
    this.drawBadge(entry);
    if (ranges.length > 0) this.highlighter.set(ad.key, verdict.level, ranges);
  }

  /** Removes what was drawn for an ad. */
  private forget(key: string): void {
    const entry = this.scanned.get(key);
    if (!entry) return;
    entry.badge?.remove();
    this.scanned.delete(key);
    this.highlighter.delete(key);
  }

  private drawBadge(entry: Scanned): void {
    const el = entry.ad.element;
    const wanted = el?.isConnected && atLeast(entry.verdict.level, this.display.minLevel);
    if (!wanted) {
      entry.badge?.remove();
      entry.badge = undefined;
      return;
    }
    if (entry.badge) return entry.badge.update(entry.verdict);
    entry.badge = new Badge(document, entry.verdict, this.hello.labels);
    const { parent, before } = badgeSpot(el);
    parent.insertBefore(entry.badge.host, before);
  }

  /**
   * New verdicts for ads already drawn (the background linked them to ads found later: a shared phone,
   * a repeated text): each replaces what was drawn for its ad. Keys this page does not know are ignored.
   */
  updateVerdicts(verdicts: readonly AdVerdict[]): null {
    for (const verdict of Array.isArray(verdicts) ? verdicts : []) {
      const entry = this.scanned.get(verdict?.key);
      if (entry) this.apply(entry.ad, verdict, highlightRanges(entry.ad, verdict));
    }
    return null;
  }

  setDisplay(display: DisplaySettings): null {
    this.display = display;
    this.highlighter.setEnabled(display.highlight);
    for (const entry of this.scanned.values()) this.drawBadge(entry);
    return null;
  }

  showAd(key: string): boolean {
    const entry = this.scanned.get(key);
    const el = entry?.ad.element;
    if (!entry || !el?.isConnected) return false;
    el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    this.highlighter.flash(evidenceRanges(el, entry.ad.text, entry.verdict.evidence));
    // An animation, not a style change: the page's own styles are left exactly as they were.
    el.animate([{ outline: '3px solid #f9a825', outlineOffset: '2px' }, { outline: '3px solid transparent', outlineOffset: '2px' }], {
      duration: FLASH_MS,
      easing: 'ease-out',
    });
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

/** True when a mutation adds an element that is not one of Faro's own badges. */
function addsForeignElement(record: MutationRecord): boolean {
  for (const node of record.addedNodes) {
    if (node.nodeType === Node.ELEMENT_NODE && (node as Element).tagName !== BADGE_TAG.toUpperCase()) return true;
  }
  return false;
}
