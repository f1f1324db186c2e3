import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { extractAds, type ExtractedAd } from '@/utils/extract';
import { evidenceRanges } from '@/utils/dom-text';
import { handleMessages, sendToBackground, type AdVerdict, type ContentApi, type DisplaySettings, type HelloReply } from '@/utils/messaging';
import { atLeast } from '@/utils/verdict';
import { BADGE_TAG, Badge, badgeSpot } from './badge';
import { Highlighter } from './highlight';

/** Ads per message to the background: the first badges appear before a long listing is done. */
const BATCH = 12;
/** After the page changes, wait at most this long for an idle moment before looking for new ads. */
const IDLE_TIMEOUT_MS = 1000;
/** A page that keeps changing is looked at no more often than this. */
const MIN_GAP_MS = 400;
/** How long "show on page" outlines the ad. */
const FLASH_MS = 1600;
/** Marking work stops for the next idle period when less than this is left of the current one. */
const MIN_IDLE_LEFT_MS = 4;

interface Scanned {
  ad: ExtractedAd;
  verdict: AdVerdict;
  badge?: Badge;
}

const idle: (cb: (deadline: { timeRemaining(): number }) => void, timeout: number) => void =
  typeof requestIdleCallback === 'function'
    ? (cb, timeout) => requestIdleCallback(cb, { timeout })
    : (cb) => setTimeout(() => cb({ timeRemaining: () => 8 }), 16);

/**
 * Finds the ads on the page, sends their texts to the background and draws what comes back. The
 * MutationObserver only notes that something changed; the work runs later, in idle time, over the
 * cards not scanned before (infinite scroll). A new URL without a reload (single-page apps) starts
 * the page afresh.
 */
export class Scanner {
  private readonly scanned = new Map<string, Scanned>();
  /** Elements already scanned, with the text they had: a card whose text changes is scanned again. */
  private readonly seen = new WeakMap<Element, string>();
  private readonly highlighter: Highlighter;
  private display: DisplaySettings;
  private pending = false;
  private lastRun = 0;
  private resetNext = true;
  private observer: MutationObserver | undefined;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly hello: HelloReply,
  ) {
    this.display = hello.display;
    this.highlighter = new Highlighter(document);
    this.highlighter.setEnabled(this.display.highlight);
  }

  start(): void {
    handleMessages<ContentApi>({
      showAd: ({ key }) => this.showAd(key),
      setDisplay: (display) => {
        this.setDisplay(display);
        return null;
      },
    });
    this.observer = new MutationObserver((records) => {
      if (records.some(addsForeignElement)) this.schedule();
    });
    this.observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
    this.ctx.addEventListener(window, 'wxt:locationchange', () => this.restart());
    this.ctx.onInvalidated(() => this.stop());
    this.schedule();
  }

  private stop(): void {
    this.observer?.disconnect();
    this.clearMarks();
  }

  /** A new page in a single-page app: what was found belongs to the page that was left. */
  private restart(): void {
    this.clearMarks();
    this.resetNext = true;
    this.schedule();
  }

  private clearMarks(): void {
    for (const { badge } of this.scanned.values()) badge?.remove();
    this.scanned.clear();
    this.highlighter.clear();
  }

  private schedule(): void {
    if (this.pending) return;
    this.pending = true;
    const wait = Math.max(0, this.lastRun + MIN_GAP_MS - Date.now());
    this.ctx.setTimeout(() => idle(() => void this.run(), IDLE_TIMEOUT_MS), wait);
  }

  private async run(): Promise<void> {
    this.pending = false;
    this.lastRun = Date.now();
    if (this.ctx.isInvalid) return;
    const ads = extractAds(document, { skip: (el) => this.seen.get(el) !== undefined && this.seen.get(el) === el.textContent });
    const fresh = ads.filter((ad) => !this.scanned.has(ad.key) || (ad.element && this.seen.get(ad.element) !== ad.element.textContent));
    for (let i = 0; i < fresh.length; i += BATCH) {
      const batch = fresh.slice(i, i + BATCH);
      for (const ad of batch) if (ad.element) this.seen.set(ad.element, ad.element.textContent ?? '');
      const reset = this.resetNext;
      this.resetNext = false;
      const verdicts = await sendToBackground('scanAds', {
        url: location.href,
        reset,
        ads: batch.map(({ key, text, title, lang }) => ({ key, text, title, lang })),
      });
      if (this.ctx.isInvalid) return;
      await this.mark(batch, verdicts);
    }
  }

  /** Draws the verdicts in idle time, a few ads per idle period. */
  private mark(ads: ExtractedAd[], verdicts: AdVerdict[]): Promise<void> {
    const byKey = new Map(verdicts.map((v) => [v.key, v]));
    const queue = ads.filter((ad) => byKey.has(ad.key));
    return new Promise((resolve) => {
      const step = (deadline: { timeRemaining(): number }) => {
        do {
          const ad = queue.shift();
          if (!ad) return resolve();
          this.apply(ad, byKey.get(ad.key)!);
        } while (deadline.timeRemaining() > MIN_IDLE_LEFT_MS);
        idle(step, IDLE_TIMEOUT_MS);
      };
      idle(step, IDLE_TIMEOUT_MS);
    });
  }

  private apply(ad: ExtractedAd, verdict: AdVerdict): void {
    const previous = this.scanned.get(ad.key);
    previous?.badge?.remove();
    const entry: Scanned = { ad, verdict };
    this.scanned.set(ad.key, entry);
    const el = ad.element;
    if (!el?.isConnected) return;
    el.setAttribute('data-faro-level', verdict.level);
    this.drawBadge(entry);
    if (atLeast(verdict.level, 'medium')) this.highlighter.set(ad.key, verdict.level, evidenceRanges(el, ad.text, verdict.evidence));
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

  private setDisplay(display: DisplaySettings): void {
    this.display = display;
    this.highlighter.setEnabled(display.highlight);
    for (const entry of this.scanned.values()) this.drawBadge(entry);
  }

  private showAd(key: string): boolean {
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

/** True when a mutation adds an element that is not one of Faro's own badges. */
function addsForeignElement(record: MutationRecord): boolean {
  for (const node of record.addedNodes) {
    if (node.nodeType === Node.ELEMENT_NODE && (node as Element).tagName !== BADGE_TAG.toUpperCase()) return true;
  }
  return false;
}
