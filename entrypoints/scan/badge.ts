import type { Level } from '@/engine/types';
import type { AdVerdict, PageLabels } from '@/utils/messaging';

/** The panel lists at most this many signals; the popup has them all. */
const MAX_SIGNALS = 6;
/** The badge's tooltip (shown on hover, read as its description) names the first few. */
const TOOLTIP_SIGNALS = 3;
const PANEL_WIDTH = 300;

const COLORS: Record<Level, { fg: string; bg: string; border: string }> = {
  low: { fg: '#1e4620', bg: '#edf7ed', border: '#2e7d32' },
  medium: { fg: '#5c3800', bg: '#fff4d6', border: '#8a5300' },
  high: { fg: '#7f1d1a', bg: '#fde7e4', border: '#b3261e' },
};

const STYLE = `
:host{all:initial}
button.badge{all:initial;box-sizing:border-box;display:inline-flex;align-items:center;gap:4px;cursor:pointer;
  font:600 12px/1.2 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;padding:2px 8px;border-radius:999px;
  border:1px solid var(--border);background:var(--bg);color:var(--fg);white-space:nowrap}
button.badge:focus-visible{outline:2px solid #1a4fd6;outline-offset:2px}
.panel{position:fixed;z-index:2147483647;box-sizing:border-box;width:${PANEL_WIDTH}px;max-width:calc(100vw - 16px);padding:12px 14px;
  background:#fff;color:#1d1d1f;border:1px solid #8e8e93;border-left:4px solid var(--border);border-radius:8px;
  box-shadow:0 6px 24px rgba(0,0,0,.2);font:13px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;text-align:start}
.panel[hidden]{display:none}
.panel h2{all:unset;display:block;font-weight:700;font-size:13px;margin:0 0 6px}
.panel ul{margin:0 0 8px;padding-inline-start:18px}
.panel li{margin:2px 0}
.panel p{margin:0;color:#3a3a3c;font-size:12px}
.panel button.close{all:initial;position:absolute;inset-inline-end:6px;top:4px;cursor:pointer;font:20px/1 system-ui,sans-serif;color:#3a3a3c;padding:2px 6px;border-radius:4px}
.panel button.close:focus-visible{outline:2px solid #1a4fd6}
`;

/**
 * The badge by one ad and its panel, in a closed shadow root so that the page's CSS cannot restyle
 * it and the page's scripts cannot reach into it. Every text is set with textContent. Its host's tag
 * is the page's random badge name (names.ts).
 */
export class Badge {
  readonly host: HTMLElement;
  private readonly button: HTMLButtonElement;
  private readonly panel: HTMLElement;
  /** The host's style as last written: anything else means the page restyled it. */
  private hostStyle = '';
  private readonly closeOnScroll = () => this.close();

  constructor(
    doc: Document,
    tag: string,
    private verdict: AdVerdict,
    private readonly labels: PageLabels,
  ) {
    this.host = doc.createElement(tag);
    this.host.style.cssText = 'all:initial!important;display:inline-block!important;vertical-align:middle!important;margin-inline-end:6px!important;position:relative!important';
    const root = this.host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = STYLE;
    this.button = doc.createElement('button');
    this.button.className = 'badge';
    this.button.type = 'button';
    this.panel = doc.createElement('div');
    this.panel.className = 'panel';
    this.panel.hidden = true;
    this.panel.setAttribute('role', 'dialog');
    this.button.addEventListener('click', (event) => {
      // The badge often sits inside a link or a clickable card: the click is ours alone.
      event.preventDefault();
      event.stopPropagation();
      if (this.panel.hidden) this.open();
      else this.close();
    });
    this.panel.addEventListener('click', (event) => event.stopPropagation());
    root.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Escape' && !this.panel.hidden) {
        this.close();
        this.button.focus();
      }
    });
    root.append(style, this.button, this.panel);
    this.update(verdict);
  }

  update(verdict: AdVerdict): void {
    this.verdict = verdict;
    const colors = COLORS[verdict.level];
    this.host.style.setProperty('--fg', colors.fg);
    this.host.style.setProperty('--bg', colors.bg);
    this.host.style.setProperty('--border', colors.border);
    const level = this.labels.levels[verdict.level];
    this.button.textContent = `${verdict.level === 'low' ? '✓' : '⚠'} ${this.labels.badge} · ${level}`;
    this.button.setAttribute('aria-expanded', String(!this.panel.hidden));
    this.button.setAttribute('aria-label', `${this.labels.badge}: ${level}. ${this.labels.panelTitle}`);
    // A glance on hover, before any click: the first signals, as plain text (a title is never parsed as HTML).
    this.button.title = verdict.signals.slice(0, TOOLTIP_SIGNALS).join('; ');
    this.hostStyle = this.host.style.cssText;
  }

  /**
   * Still in its card, as it was drawn: not removed, moved out, restyled or given attributes by the
   * page (its inside, in the closed shadow root, is out of the page's reach).
   */
  isIntact(card: Element): boolean {
    return this.host.isConnected && card.contains(this.host) && this.host.attributes.length === 1 && this.host.style.cssText === this.hostStyle;
  }

  open(): void {
    const doc = this.host.ownerDocument;
    const heading = doc.createElement('h2');
    heading.textContent = `${this.labels.levels[this.verdict.level]} · ${this.labels.panelTitle}`;
    const list = doc.createElement('ul');
    for (const signal of this.verdict.signals.slice(0, MAX_SIGNALS)) {
      const item = doc.createElement('li');
      item.textContent = signal;
      list.append(item);
    }
    const hint = doc.createElement('p');
    hint.textContent = this.labels.panelHint;
    const close = doc.createElement('button');
    close.type = 'button';
    close.className = 'close';
    close.textContent = '×';
    close.setAttribute('aria-label', this.labels.close);
    close.addEventListener('click', () => {
      this.close();
      this.button.focus();
    });
    this.panel.setAttribute('aria-label', heading.textContent);
    this.panel.replaceChildren(close, heading, list, hint);
    const rect = this.button.getBoundingClientRect();
    this.panel.style.top = `${Math.round(rect.bottom + 6)}px`;
    this.panel.style.left = `${Math.round(Math.max(8, Math.min(rect.left, innerWidth - PANEL_WIDTH - 8)))}px`;
    this.panel.hidden = false;
    this.button.setAttribute('aria-expanded', 'true');
    close.focus({ preventScroll: true });
    addEventListener('scroll', this.closeOnScroll, { passive: true, once: true });
  }

  close(): void {
    this.panel.hidden = true;
    this.button.setAttribute('aria-expanded', 'false');
    removeEventListener('scroll', this.closeOnScroll);
  }

  remove(): void {
    this.close();
    this.host.remove();
  }
}

/** Where the badge goes: at the start of the ad's heading, else at the start of the card. */
export function badgeSpot(card: Element): { parent: Element; before: Node | null } {
  const heading = card.querySelector('h1,h2,h3,h4,h5,h6,[role="heading"]');
  if (heading) {
    // A heading that is itself a link: the badge goes before it, not inside it.
    return heading.tagName === 'A' && heading.parentElement ? { parent: heading.parentElement, before: heading } : { parent: heading, before: heading.firstChild };
  }
  if (card.tagName === 'TR') {
    const cell = card.querySelector('td,th');
    if (cell) return { parent: cell, before: cell.firstChild };
  }
  return { parent: card, before: card.firstChild };
}
