import type { Level } from '@/engine/types';
import { HIGHLIGHT_LAYERS, type HighlightLayer as Layer, type MarkNames } from './names';

/** How long "show on page" keeps an ad's phrases flashing. */
const FLASH_MS = 1600;
/**
 * A change to the page's highlights makes Chromium repaint the whole page: changes that come one by
 * one (verdicts updated later, ads that went away) are painted together at most this often. A batch
 * of new marks is painted at once, with its badges (paintPending).
 */
const REPAINT_GAP_MS = 1000;

/** How each layer is painted. */
const LAYER_STYLE: Readonly<Record<Layer, string>> = {
  medium: 'background-color:rgba(255,193,7,.35);text-decoration:underline 2px #8a5300',
  high: 'background-color:rgba(229,57,53,.22);text-decoration:underline 2px #b3261e',
  flash: 'background-color:#ffeb3b;color:#000',
};

/** What is painted: the style that colours the highlights, and each layer's highlight with the number of ranges it was given. */
interface Painted {
  style: HTMLStyleElement;
  styleText: string;
  layers: Map<Layer, { highlight: Highlight; size: number }>;
}

/**
 * Evidence highlighting that never touches the page's text: the ranges of every highlighted ad, by
 * level, painted together by the browser (the CSS Custom Highlight API: Chromium 105, Firefox 140).
 * A browser without it gets no highlights (the badges and the popup still show the evidence): the
 * overlay of boxes that stood in for it cost the content script more than the few old browsers
 * left it served.
 */
export class Highlighter {
  #painted: Painted | undefined;
  readonly #ads = new Map<string, { level: Level; ranges: Range[] }>();
  #enabled = true;
  #flashTimer = 0;
  #repaintTimer = 0;
  #lastRepaint = 0;

  readonly #doc: Document;
  readonly #names: Pick<MarkNames, 'highlights'>;

  constructor(doc: Document, names: Pick<MarkNames, 'highlights'>) {
    this.#doc = doc;
    this.#names = names;
  }

  set(key: string, level: Level, ranges: Range[]): void {
    if (ranges.length === 0 && !this.#ads.has(key)) return;
    this.#ads.set(key, { level, ranges });
    this.#repaintSoon();
  }

  delete(key: string): void {
    if (this.#ads.delete(key)) this.#repaintSoon();
  }

  /**
   * Paints a waiting change now: called after a whole batch of marks has been written, so that the
   * phrases are painted in the same frame as the badges instead of in a frame of their own.
   */
  paintPending(): void {
    if (this.#repaintTimer) this.#repaint();
  }

  setEnabled(enabled: boolean): void {
    this.#enabled = enabled;
    this.#repaint();
  }

  /** Briefly marks one ad's phrases, whether highlighting is on or not. */
  flash(ranges: Range[]): void {
    clearTimeout(this.#flashTimer);
    this.#paint('flash', ranges);
    this.#flashTimer = window.setTimeout(() => this.#painted && this.#paint('flash', []), FLASH_MS);
  }

  /**
   * Paints everything again, with a new style and new highlights, when the page removed or changed
   * what was painted (a highlight, the style that colours them). Returns whether it had to.
   */
  repair(): boolean {
    if (!this.#painted || this.#intact(this.#painted)) return false;
    this.#dispose();
    this.#repaint();
    return true;
  }

  clear(): void {
    this.#ads.clear();
    clearTimeout(this.#repaintTimer);
    this.#repaintTimer = 0;
    this.#dispose();
  }

  #repaintSoon(): void {
    if (this.#repaintTimer) return;
    this.#repaintTimer = window.setTimeout(() => this.#repaint(), Math.max(0, this.#lastRepaint + REPAINT_GAP_MS - Date.now()));
  }

  #repaint(): void {
    clearTimeout(this.#repaintTimer);
    this.#repaintTimer = 0;
    const byLevel: Record<'medium' | 'high', Range[]> = { medium: [], high: [] };
    if (this.#enabled) {
      for (const { level, ranges } of this.#ads.values()) if (level !== 'low') byLevel[level].push(...ranges);
    }
    // Nothing painted yet: the first phrases are painted at once, in the frame that draws the badges.
    if (!this.#painted && byLevel.medium.length + byLevel.high.length === 0) return;
    this.#lastRepaint = Date.now();
    this.#paint('medium', byLevel.medium);
    this.#paint('high', byLevel.high);
  }

  #paint(layer: Layer, ranges: readonly Range[]): void {
    const painted = this.#ensurePainted();
    if (!painted) return;
    let entry = painted.layers.get(layer);
    if (!entry) {
      entry = { highlight: new Highlight(), size: 0 };
      painted.layers.set(layer, entry);
      CSS.highlights.set(this.#names.highlights[layer], entry.highlight);
    }
    entry.highlight.clear();
    for (const range of ranges) entry.highlight.add(range);
    entry.size = entry.highlight.size;
  }

  /** The style that colours the highlights, written once (undefined where the browser cannot highlight). */
  #ensurePainted(): Painted | undefined {
    if (this.#painted || typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight !== 'function') return this.#painted;
    const style = this.#doc.createElement('style');
    const styleText = HIGHLIGHT_LAYERS.map((layer) => `::highlight(${this.#names.highlights[layer]}){${LAYER_STYLE[layer]}}`).join('\n');
    style.textContent = styleText;
    (this.#doc.head ?? this.#doc.documentElement).append(style);
    return (this.#painted = { style, styleText, layers: new Map() });
  }

  /** Still as painted: the page has not removed, replaced or changed the style or a highlight. */
  #intact({ style, styleText, layers }: Painted): boolean {
    if (!style.isConnected || style.attributes.length > 0 || style.textContent !== styleText || !style.sheet || style.sheet.disabled) return false;
    for (const [layer, { highlight, size }] of layers) {
      if (CSS.highlights.get(this.#names.highlights[layer]) !== highlight || highlight.size !== size) return false;
    }
    return true;
  }

  #dispose(): void {
    if (!this.#painted) return;
    for (const [layer, { highlight }] of this.#painted.layers) {
      const name = this.#names.highlights[layer];
      // Only our own: a page that put another highlight under this name keeps it.
      if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    }
    this.#painted.style.remove();
    this.#painted = undefined;
  }
}
