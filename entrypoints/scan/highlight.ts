import type { Level } from '@/engine/types';
import type { HighlightLayer as Layer, MarkNames } from './names';

/** How long "show on page" keeps an ad's phrases flashing. */
const FLASH_MS = 1600;
/**
 * A change to the page's highlights makes Chromium repaint the whole page: changes that come one by
 * one (verdicts updated later, ads that went away) are painted together at most this often. A batch
 * of new marks is painted at once, with its badges (paintPending).
 */
const REPAINT_GAP_MS = 1000;

/**
 * Evidence highlighting that never touches the page's text. Where the CSS Custom Highlight API
 * exists the ranges are painted by the browser; elsewhere boxes are drawn over the text in a
 * shadow-DOM overlay (see OverlayPainter).
 */
export interface Painter {
  paint(layer: Layer, ranges: readonly Range[]): void;
  /** Still painting what it was given: the page has not removed, replaced or changed any of it. */
  isIntact(): boolean;
  dispose(): void;
}

class HighlightPainter implements Painter {
  private readonly highlights = new Map<Layer, { highlight: Highlight; size: number }>();
  private readonly style: HTMLStyleElement;
  private readonly styleText: string;

  constructor(
    doc: Document,
    private readonly names: MarkNames['highlights'],
  ) {
    this.style = doc.createElement('style');
    this.styleText = [
      `::highlight(${names.medium}){background-color:rgba(255,193,7,.35);text-decoration:underline 2px #8a5300}`,
      `::highlight(${names.high}){background-color:rgba(229,57,53,.22);text-decoration:underline 2px #b3261e}`,
      `::highlight(${names.flash}){background-color:#ffeb3b;color:#000}`,
    ].join('\n');
    this.style.textContent = this.styleText;
    (doc.head ?? doc.documentElement).append(this.style);
  }

  paint(layer: Layer, ranges: readonly Range[]): void {
    let painted = this.highlights.get(layer);
    if (!painted) {
      painted = { highlight: new Highlight(), size: 0 };
      this.highlights.set(layer, painted);
      CSS.highlights.set(this.names[layer], painted.highlight);
    }
    painted.highlight.clear();
    for (const range of ranges) painted.highlight.add(range);
    painted.size = painted.highlight.size;
  }

  isIntact(): boolean {
    const style = this.style;
    if (!style.isConnected || style.attributes.length > 0 || style.textContent !== this.styleText || !style.sheet || style.sheet.disabled) return false;
    for (const [layer, { highlight, size }] of this.highlights) {
      if (CSS.highlights.get(this.names[layer]) !== highlight || highlight.size !== size) return false;
    }
    return true;
  }

  dispose(): void {
    for (const [layer, { highlight }] of this.highlights) {
      // Only our own: a page that put another highlight under this name keeps it.
      if (CSS.highlights.get(this.names[layer]) === highlight) CSS.highlights.delete(this.names[layer]);
    }
    this.style.remove();
  }
}

const OVERLAY_COLORS: Record<Layer, string> = {
  medium: 'rgba(255,193,7,.35)',
  high: 'rgba(229,57,53,.25)',
  flash: 'rgba(255,235,59,.7)',
};

/** Fallback: translucent boxes over the phrases' client rects, redrawn on scroll and resize. */
class OverlayPainter implements Painter {
  private readonly host: HTMLElement;
  private readonly hostStyle: string;
  private readonly root: ShadowRoot;
  private readonly layers = new Map<Layer, readonly Range[]>();
  private frame = 0;
  private readonly redraw = () => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  };

  constructor(doc: Document, tag: string) {
    this.host = doc.createElement(tag);
    this.host.style.cssText = 'all:initial!important;position:fixed!important;inset:0!important;pointer-events:none!important;z-index:2147483646!important';
    this.hostStyle = this.host.style.cssText;
    this.root = this.host.attachShadow({ mode: 'closed' });
    doc.documentElement.append(this.host);
    addEventListener('scroll', this.redraw, { passive: true, capture: true });
    addEventListener('resize', this.redraw, { passive: true });
  }

  paint(layer: Layer, ranges: readonly Range[]): void {
    this.layers.set(layer, ranges);
    this.redraw();
  }

  private draw(): void {
    const boxes: HTMLElement[] = [];
    for (const [layer, ranges] of this.layers) {
      for (const range of ranges) {
        for (const rect of range.getClientRects()) {
          if (rect.bottom < 0 || rect.top > innerHeight) continue;
          const box = document.createElement('div');
          box.style.cssText = `position:fixed;left:${rect.left}px;top:${rect.top}px;width:${rect.width}px;height:${rect.height}px;background:${OVERLAY_COLORS[layer]}`;
          boxes.push(box);
        }
      }
    }
    this.root.replaceChildren(...boxes);
  }

  isIntact(): boolean {
    return this.host.isConnected && this.host.attributes.length === 1 && this.host.style.cssText === this.hostStyle;
  }

  dispose(): void {
    removeEventListener('scroll', this.redraw, { capture: true });
    removeEventListener('resize', this.redraw);
    cancelAnimationFrame(this.frame);
    this.host.remove();
  }
}

/** The ranges of every highlighted ad, by level, painted together. */
export class Highlighter {
  private painter: Painter | undefined;
  private readonly ads = new Map<string, { level: Level; ranges: Range[] }>();
  private enabled = true;
  private flashTimer = 0;
  private repaintTimer = 0;
  private lastRepaint = 0;

  constructor(
    private readonly doc: Document,
    private readonly names: Pick<MarkNames, 'overlay' | 'highlights'>,
  ) {}

  set(key: string, level: Level, ranges: Range[]): void {
    if (ranges.length === 0 && !this.ads.has(key)) return;
    this.ads.set(key, { level, ranges });
    this.repaintSoon();
  }

  delete(key: string): void {
    if (this.ads.delete(key)) this.repaintSoon();
  }

  /**
   * Paints a waiting change now: called after a whole batch of marks has been written, so that the
   * phrases are painted in the same frame as the badges instead of in a frame of their own.
   */
  paintPending(): void {
    if (this.repaintTimer) this.repaint();
  }

  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    this.repaint();
  }

  /** Briefly marks one ad's phrases, whether highlighting is on or not. */
  flash(ranges: Range[]): void {
    clearTimeout(this.flashTimer);
    this.ensurePainter().paint('flash', ranges);
    this.flashTimer = window.setTimeout(() => this.painter?.paint('flash', []), FLASH_MS);
  }

  /**
   * Paints everything again, with a new painter, when the page removed or changed what was painted
   * (its highlights, their style, the overlay). Returns whether it had to.
   */
  repair(): boolean {
    if (!this.painter || this.painter.isIntact()) return false;
    this.painter.dispose();
    this.painter = undefined;
    this.repaint();
    return true;
  }

  clear(): void {
    this.ads.clear();
    clearTimeout(this.repaintTimer);
    this.repaintTimer = 0;
    this.painter?.dispose();
    this.painter = undefined;
  }

  private repaintSoon(): void {
    if (this.repaintTimer) return;
    this.repaintTimer = window.setTimeout(() => this.repaint(), Math.max(0, this.lastRepaint + REPAINT_GAP_MS - Date.now()));
  }

  private repaint(): void {
    clearTimeout(this.repaintTimer);
    this.repaintTimer = 0;
    const byLevel: Record<'medium' | 'high', Range[]> = { medium: [], high: [] };
    if (this.enabled) {
      for (const { level, ranges } of this.ads.values()) if (level !== 'low') byLevel[level].push(...ranges);
    }
    // Nothing painted yet: the first phrases are painted at once, in the frame that draws the badges.
    if (!this.painter && byLevel.medium.length + byLevel.high.length === 0) return;
    this.lastRepaint = Date.now();
    const painter = this.ensurePainter();
    painter.paint('medium', byLevel.medium);
    painter.paint('high', byLevel.high);
  }

  private ensurePainter(): Painter {
    this.painter ??= typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function'
      ? new HighlightPainter(this.doc, this.names.highlights)
      : new OverlayPainter(this.doc, this.names.overlay);
    return this.painter;
  }
}
