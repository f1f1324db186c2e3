import { browser, type Browser } from 'wxt/browser';
import type { Lang, Level, Report, Span } from '@/engine/types';
import type { AnalysisOutcome, AnalysisRequest, UnreadReason } from '@/utils/analysis/protocol';
import type { HistoryResult } from '@/utils/history/result';

/** One ad as the content script sends it: its text, never its markup. */
export interface AdInput {
  key: string;
  text: string;
  title?: string;
  lang?: string;
  /** The page's ad is longer than the engine reads: only its start and its end were sent. */
  truncated?: boolean;
}

/** What the page needs to draw one ad, already in the user's language. */
export interface AdVerdict {
  key: string;
  level: Level;
  score: number;
  /** Titles of the flags, heaviest first. */
  signals: string[];
  /** The evidence of every flag, as ranges of the ad's text. */
  evidence: Span[];
}

export interface DisplaySettings {
  minLevel: Level;
  highlight: boolean;
  /** Nothing is drawn on pages: the verdicts are only in the popup and the toolbar count. */
  discreet: boolean;
}

/** The few strings the in-page badge shows, in the user's language. */
export interface PageLabels {
  levels: Record<Level, string>;
  badge: string;
  panelTitle: string;
  panelHint: string;
  /** The panel's button to the ad's details and the helplines in Faro's side panel. */
  details: string;
  /** Said instead of the hint when the browser does not let the page open the side panel. */
  detailsElsewhere: string;
  close: string;
}

export interface HelloReply {
  scan: boolean;
  lang: Lang;
  display: DisplaySettings;
  labels: PageLabels;
}

export interface TabAd {
  key: string;
  title?: string;
  /**
   * The text the report was made from (its evidence spans point into it). Kept so that the page's ads
   * can be linked to each other (shared contact, near-duplicate text) as more of them arrive.
   */
  text?: string;
  report: Report;
  /**
   * The engine could not read this ad: it took longer than the per-ad budget (`timeout`) or failed. Its
   * report is then an empty, low one (utils/analysis/unread.ts): the popup must say the ad was not read.
   */
  unread?: UnreadReason;
}

export interface TabState {
  url: string;
  ads: TabAd[];
  /** The page removed or changed Faro's marks (they were drawn again); the popup says so. */
  interfered?: boolean;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Handled by the background. Request and reply types per message. */
export interface BackgroundApi {
  /** Content script, on start: may it scan this page, and how to draw. */
  hello: [{ url: string }, HelloReply];
  /** Content script: these ads were found; `reset` starts a new page (navigation in a single-page app). */
  scanAds: [{ url: string; ads: AdInput[]; reset?: boolean }, AdVerdict[]];
  /** Content script: the page at `url` removed or changed Faro's marks. */
  marksTampered: [{ url: string }, null];
  /** Content script, on the badge's "details and help" click: opens the side panel on that ad; false when it cannot. */
  openDetails: [{ key: string }, boolean];
  /** Extension pages only. */
  getTab: [{ tabId: number }, TabState | null];
  scanTab: [{ tabId: number }, Result<null>];
  analyzeText: [{ text: string }, Report];
  /** Extension pages only (the popup's quick wipe): deletes every tab's results and the history. */
  wipe: [null, HistoryResult<void>];
}

/** The only messages a content script may send; everything else needs an extension page. */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<keyof BackgroundApi> = new Set(['hello', 'scanAds', 'marksTampered', 'openDetails']);

/** Handled by the content script. */
export interface ContentApi {
  showAd: [{ key: string }, boolean];
  setDisplay: [DisplaySettings, null];
  /**
   * Ads already drawn whose verdict changed: a later batch linked them to other ads of the page (a
   * shared phone, a repeated text). Each verdict replaces the drawn one of the ad with that key
   * (badge, highlights, the test build's level attribute); keys the page does not know are ignored.
   */
  updateVerdicts: [{ verdicts: AdVerdict[] }, null];
  /** The page's site was paused (utils/pause.ts): the scanner stops and removes every mark it drew. */
  stop: [null, null];
}

/** Handled by Chrome's offscreen document (entrypoints/offscreen), for the background only. */
export interface OffscreenApi {
  analyzeInWorker: [AnalysisRequest, AnalysisOutcome];
}

/** Handled by open extension pages (the popup). */
export interface PageApi {
  tabChanged: [{ tabId: number }, null];
}

/** Message name → [request, reply]. */
type Api<A> = { [K in keyof A]: [unknown, unknown] };
interface Envelope {
  faro: string;
  data: unknown;
}
export type Handlers<A extends Api<A>> = {
  [K in keyof A]?: (data: A[K][0], sender: Browser.runtime.MessageSender) => A[K][1] | Promise<A[K][1]>;
};

function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && typeof (message as Envelope).faro === 'string';
}

function unwrap<T>(reply: unknown): T {
  const result = reply as Result<T> | undefined;
  if (!result) throw new Error('no reply');
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** A message to the extension's other contexts; the one whose API has `type` answers. */
async function sendInExtension<A extends Api<A>, K extends keyof A>(type: K, data: A[K][0]): Promise<A[K][1]> {
  return unwrap(await browser.runtime.sendMessage({ faro: type, data }));
}

export async function sendToBackground<K extends keyof BackgroundApi>(
  type: K,
  data: BackgroundApi[K][0],
): Promise<BackgroundApi[K][1]> {
  return sendInExtension<BackgroundApi, K>(type, data);
}

/** Background → offscreen document (Chrome): other open extension pages get the message too and ignore it. */
export async function sendToOffscreen<K extends keyof OffscreenApi>(type: K, data: OffscreenApi[K][0]): Promise<OffscreenApi[K][1]> {
  return sendInExtension<OffscreenApi, K>(type, data);
}

export async function sendToTab<K extends keyof ContentApi>(
  tabId: number,
  type: K,
  data: ContentApi[K][0],
): Promise<ContentApi[K][1]> {
  return unwrap(await browser.tabs.sendMessage(tabId, { faro: type, data }));
}

/** Tells open extension pages; nobody listening is normal (the popup is closed). */
export async function notifyPages<K extends keyof PageApi>(type: K, data: PageApi[K][0]): Promise<void> {
  await browser.runtime.sendMessage({ faro: type, data }).catch(() => undefined);
}

/**
 * Answers the messages of one API. `accept` decides per message and sender; a refused or unknown
 * message gets no answer from this listener, as if it were not there.
 */
export function handleMessages<A extends Api<A>>(
  handlers: Handlers<A>,
  accept: (type: keyof A, sender: Browser.runtime.MessageSender) => boolean = () => true,
): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    if (!isEnvelope(message) || !Object.hasOwn(handlers, message.faro)) return false;
    const type = message.faro as keyof A;
    const handler = handlers[type];
    if (!handler || !accept(type, sender)) return false;
    Promise.resolve()
      .then(() => handler(message.data as A[keyof A][0], sender))
      .then(
        (value) => sendResponse({ ok: true, value: value ?? null }),
        (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
    return true;
  });
}
