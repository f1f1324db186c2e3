import type { Level } from '@/engine/types';
import { sendToBackground, type AdVerdict, type PageLabels } from '@/utils/messaging';

/** The panel lists at most this many signals; the popup has them all. */
const MAX_SIGNALS = 6;
/** The badge's tooltip (shown on hover, read as its description) names the first few. */
const TOOLTIP_SIGNALS = 3;
const PANEL_WIDTH = 300;

/** Per level: the text, background and border colours (the --fg, --bg and --border of the style below). */
const COLORS: Record<Level, string> = {
  low: '#1e4620 #edf7ed #2e7d32',
  medium: '#5c3800 #fff4d6 #8a5300',
  high: '#7f1d1a #fde7e4 #b3261e',
};
const COLOR_VARS = ['--fg', '--bg', '--border'] as const;

/** Inside the closed shadow root: written as short as it reads, since it ships in the content script. */
const STYLE = `:host{all:initial}
button{all:initial;cursor:pointer;font:600 12px/1.2 system-ui,sans-serif}
button:focus-visible{outline:2px solid #1a4fd6;outline-offset:2px}
.badge{box-sizing:border-box;display:inline-flex;align-items:center;gap:4px;padding:2px 8px;border-radius:999px;border:1px solid var(--border);background:var(--bg);color:var(--fg);white-space:nowrap}
.panel{position:fixed;z-index:2147483647;box-sizing:border-box;width:${PANEL_WIDTH}px;max-width:calc(100vw - 16px);padding:12px 14px;background:#fff;color:#1d1d1f;border:1px solid #8e8e93;border-left:4px solid var(--border);border-radius:8px;box-shadow:0 6px 24px rgba(0,0,0,.2);font:13px/1.45 system-ui,sans-serif;text-align:start}
.panel[hidden]{display:none}
h2{all:unset;display:block;font-weight:700;margin:0 0 6px}
ul{margin:0 0 8px;padding-inline-start:18px}
li{margin:2px 0}
p{margin:0;color:#3a3a3c;font-size:12px}
.details{display:block;margin:0 0 8px;color:#1a4fd6;text-decoration:underline}
.close{position:absolute;inset-inline-end:6px;top:4px;font:20px/1 system-ui,sans-serif;color:#3a3a3c;padding:2px 6px;border-radius:4px}`;

/**
 * The badge by one ad and its panel, in a closed shadow root so that the page's CSS cannot restyle
 * it and the page's scripts cannot reach into it. Every text is set with textContent. Its host's tag
 * is the page's random badge name (names.ts).
 */
export class Badge {
  readonly host: HTMLElement;
  readonly #button: HTMLButtonElement;
  readonly #panel: HTMLElement;
  /** The host's style as last written: anything else means the page restyled it. */
  #hostStyle = '';
  readonly #closeOnScroll = () => this.close();

  #verdict: AdVerdict;
  readonly #labels: PageLabels;

  constructor(doc: Document, tag: string, verdict: AdVerdict, labels: PageLabels) {
    this.#verdict = verdict;
    this.#labels = labels;
    this.host = doc.createElement(tag);
    this.host.style.cssText = 'all:initial!important;display:inline-block!important;vertical-align:middle!important;margin-inline-end:6px!important;position:relative!important';
    const root = this.host.attachShadow({ mode: 'closed' });
    this.#button = button(doc, 'badge');
    this.#panel = element(doc, 'div', 'panel');
    this.#panel.setAttribute('role', 'dialog');
    this.#button.addEventListener('click', (event) => {
      // The badge often sits inside a link or a clickable card: the click is ours alone.
      event.preventDefault();
      event.stopPropagation();
      if (this.#panel.hidden) this.open();
      else this.close();
    });
    this.#panel.addEventListener('click', (event) => event.stopPropagation());
    root.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Escape' && !this.#panel.hidden) {
        this.close();
        this.#button.focus();
      }
    });
    root.append(element(doc, 'style', '', STYLE), this.#button, this.#panel);
    this.close();
    this.update(verdict);
  }

  update(verdict: AdVerdict): void {
    this.#verdict = verdict;
    COLORS[verdict.level].split(' ').forEach((color, i) => this.host.style.setProperty(COLOR_VARS[i]!, color));
    const level = this.#labels.levels[verdict.level];
    this.#button.textContent = `${verdict.level === 'low' ? '✓' : '⚠'} ${this.#labels.badge} · ${level}`;
    this.#button.setAttribute('aria-label', `${this.#labels.badge}: ${level}. ${this.#labels.panelTitle}`);
    // A glance on hover, before any click: the first signals, as plain text (a title is never parsed as HTML).
    this.#button.title = verdict.signals.slice(0, TOOLTIP_SIGNALS).join('; ');
    this.#hostStyle = this.host.style.cssText;
  }

  /**
   * Still in its card, as it was drawn: not removed, moved out, restyled or given attributes by the
   * page (its inside, in the closed shadow root, is out of the page's reach).
   */
  isIntact(card: Element): boolean {
    return this.host.isConnected && card.contains(this.host) && this.host.attributes.length === 1 && this.host.style.cssText === this.#hostStyle;
  }

  open(): void {
    const doc = this.host.ownerDocument;
    const heading = element(doc, 'h2', '', `${this.#labels.levels[this.#verdict.level]} · ${this.#labels.panelTitle}`);
    const list = element(doc, 'ul');
    list.append(...this.#verdict.signals.slice(0, MAX_SIGNALS).map((signal) => element(doc, 'li', '', signal)));
    const hint = element(doc, 'p', '', this.#labels.panelHint);
    // The ad's whole report and the helplines, in Faro's side panel; where the browser does not let a
    // page open it (Firefox), the hint says where to click instead.
    const details = button(doc, 'details', this.#labels.details);
    details.addEventListener('click', () => {
      void sendToBackground('openDetails', { key: this.#verdict.key })
        .catch(() => false)
        .then((opened) => {
          if (!opened) hint.textContent = this.#labels.detailsElsewhere;
        });
    });
    const close = button(doc, 'close', '×');
    close.setAttribute('aria-label', this.#labels.close);
    close.addEventListener('click', () => {
      this.close();
      this.#button.focus();
    });
    this.#panel.setAttribute('aria-label', heading.textContent);
    this.#panel.replaceChildren(close, heading, list, details, hint);
    const rect = this.#button.getBoundingClientRect();
    this.#panel.style.top = `${Math.round(rect.bottom + 6)}px`;
    this.#panel.style.left = `${Math.round(Math.max(8, Math.min(rect.left, innerWidth - PANEL_WIDTH - 8)))}px`;
    this.#panel.hidden = false;
    this.#button.setAttribute('aria-expanded', 'true');
    close.focus({ preventScroll: true });
    addEventListener('scroll', this.#closeOnScroll, { passive: true, once: true });
  }

  close(): void {
    this.#panel.hidden = true;
    this.#button.setAttribute('aria-expanded', 'false');
    removeEventListener('scroll', this.#closeOnScroll);
  }

  remove(): void {
    this.close();
    this.host.remove();
  }
}

/** An element of the badge or its panel, with its class and its text (always set as text, never parsed). */
function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  if (className) el.className = className;
  el.textContent = text;
  return el;
}

function button(doc: Document, className: string, text = ''): HTMLButtonElement {
  const el = element(doc, 'button', className, text);
  el.type = 'button';
  return el;
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
