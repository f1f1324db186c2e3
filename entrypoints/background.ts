import { browser, type Browser } from 'wxt/browser';
import { analysisHost } from '@/utils/analysis/hosts';
import { AnalysisScheduler } from '@/utils/analysis/scheduler';
import { analyseAds } from '@/utils/analysis/tab-ads';
import { historyProblemItem, noteHistoryOutcome } from '@/utils/casework/history-problem';
import { historySettingsItem, loadHistorySettings } from '@/utils/casework/history-settings';
import { flaggedFloor, nextFlaggedKey } from '@/utils/casework/next-flagged';
import { linkPageAds, redrawnAds } from '@/utils/casework/page-links';
import { recordSeenAds } from '@/utils/casework/record';
import { retainDaily, retentionDayItem } from '@/utils/casework/retention';
import { MAX_AD_TEXT } from '@/utils/extract/text';
import { deleteHistory, toHistoryError, type HistoryResult } from '@/utils/history';
import { pickUiLang } from '@/utils/i18n';
import { messagesFor } from '@/utils/locales-all';
import {
  handleMessages,
  notifyPages,
  sendToTab,
  type BackgroundApi,
  type DisplaySettings,
  type TabAd,
  type TabState,
} from '@/utils/messaging';
import { CONTENT_SCRIPT_FILE, scansAutomatically, syncAllSitesScript, syncUserSitesScript } from '@/utils/scan-access';
import { DEFAULT_SETTINGS, loadSettings, settingsItem, type Settings } from '@/utils/settings';
import { isPaused } from '@/utils/pause';
import { handleOpenDetails } from '@/utils/panel-focus';
import { acceptsMessage } from '@/utils/message-access';
import { capTabAds } from '@/utils/tab-caps';
import { TabStore } from '@/utils/tab-store';
import { flaggedCount, pageLabels, toVerdict } from '@/utils/verdict';
import { openWelcomeOnInstall } from '@/utils/welcome';
import { userSitesItem } from '@/utils/user-sites';

const BADGE_COLOR = { medium: '#8a5300', high: '#b3261e', paused: '#4a4a4f' } as const;
/** The toolbar button of a paused tab (utils/pause.ts): a pause sign, no number. */
const PAUSED_BADGE = '⏸';
/** A content script sends ads in small batches; a larger message is cut rather than trusted. */
const MAX_ADS_PER_MESSAGE = 200;

export default defineBackground(() => {
  const tabs = new TabStore();
  /** The engine, in a worker: every tab's ads in one fair queue, off this context's message path. */
  const analysis = new AnalysisScheduler(analysisHost());
  /** Per tab, a count of the pages it left: an answer of the engine for a page already left is not kept. */
  const pagesLeft = new Map<number, number>();
  /** Tabs where the user asked for a scan (toolbar button, shortcut): scanned whatever the settings say. */
  const asked = new Set<number>();
  /** Per tab, the ad the "next flagged ad" shortcut showed last. */
  const lastShown = new Map<number, string>();
  /** History writes, one after another: two batches of a page never race for the same record. */
  let historyQueue: Promise<void> = Promise.resolve();

  const uiLang = (settings: Settings) => settings.uiLang ?? pickUiLang(navigator.languages ?? [navigator.language]);
  const display = (settings: Settings): DisplaySettings => ({ minLevel: settings.minLevel, highlight: settings.highlight, discreet: settings.discreet });

  async function showCount(tabId: number, state: TabState | undefined): Promise<void> {
    const ads = state?.ads ?? [];
    const count = flaggedCount(ads);
    const high = ads.some((ad) => ad.report.level === 'high');
    // Paused here, the button says so instead of a count: a page without badges was not checked.
    const url = state?.url ?? (await browser.tabs.get(tabId).catch(() => undefined))?.url;
    if (isPaused(url, await loadSettings())) {
      await browser.action.setBadgeText({ tabId, text: PAUSED_BADGE }).catch(() => undefined);
      await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR.paused }).catch(() => undefined);
      return;
    }
    await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' }).catch(() => undefined);
    if (count > 0) await browser.action.setBadgeBackgroundColor({ tabId, color: high ? BADGE_COLOR.high : BADGE_COLOR.medium });
  }

  /** The tab shows another page, or closed: its ads still queued for the engine are dropped. */
  function leavePage(tabId: number): void {
    pagesLeft.set(tabId, (pagesLeft.get(tabId) ?? 0) + 1);
    analysis.drop(tabId);
  }

  async function forget(tabId: number): Promise<void> {
    leavePage(tabId);
    lastShown.delete(tabId);
    await tabs.clear(tabId);
    await showCount(tabId, undefined);
  }

  /**
   * Runs a history task after the ones before it. What it returns is kept for the popup and the options
   * page (a failure is shown there, a success clears an earlier failure); a throw is kept the same way.
   */
  function queueHistory(task: () => Promise<HistoryResult<unknown> | undefined>): void {
    historyQueue = historyQueue
      .then(task)
      .then((outcome) => (outcome ? noteHistoryOutcome(outcome) : undefined))
      .catch((error: unknown) => noteHistoryOutcome({ ok: false, error: toHistoryError(error) }))
      .catch((error: unknown) => console.warn('Faro: history problem not kept', error));
  }

  /** With history on, keeps the ads seen (the daily retention first). With history off, IndexedDB is not touched. */
  function recordAds(page: { url: string; title?: string }, ads: readonly TabAd[]): void {
    queueHistory(async () => {
      const history = await loadHistorySettings();
      if (!history.enabled || ads.length === 0) return undefined;
      const retained = await retainDaily(history);
      const recorded = await recordSeenAds(
        history,
        page,
        ads.map((ad) => ({ key: ad.key, text: ad.text ?? '', report: ad.report, ...(ad.title ? { title: ad.title } : {}) })),
      );
      return retained && !retained.ok ? retained : recorded;
    });
  }

  /** The "next flagged ad" shortcut: scrolls the tab to the flagged ad after the one shown last. */
  async function showNextFlagged(tabId: number): Promise<void> {
    const state = await tabs.get(tabId);
    const floor = flaggedFloor((await loadSettings()).minLevel);
    let key = lastShown.get(tabId);
    // An ad whose card left the page (infinite scroll, a filter) is skipped.
    for (let tries = state?.ads.length ?? 0; tries > 0; tries--) {
      key = nextFlaggedKey(state, key, floor);
      if (key === undefined) return;
      if (await sendToTab(tabId, 'showAd', { key }).catch(() => false)) {
        lastShown.set(tabId, key);
        return;
      }
    }
  }

  async function scanTab(tabId: number): Promise<void> {
    asked.add(tabId);
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
  }

  /** Content scripts may only say hello and send ads; the tab is the one the browser names, never one they claim. */
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  const accept = (type: keyof BackgroundApi, sender: Browser.runtime.MessageSender) => acceptsMessage(type, sender, self);

  handleMessages<BackgroundApi>(
    {
      async hello({ url }, sender) {
        const tabId = sender.tab?.id;
        const settings = await loadSettings();
        const messages = messagesFor(uiLang(settings));
        // Paused (utils/pause.ts): no scan at all, even one asked for; the popup offers to resume.
        const scan = !isPaused(String(url), settings) && ((tabId !== undefined && asked.has(tabId)) || (await scansAutomatically(String(url), settings)));
        // A new document in the tab: its earlier reports belong to the page that was left.
        if (tabId !== undefined && sender.frameId === 0) await forget(tabId);
        return { scan, lang: messages.lang, display: display(settings), labels: pageLabels(messages) };
      },

      async scanAds({ url, ads, reset }, sender) {
        const tabId = sender.tab?.id;
        if (tabId === undefined || !Array.isArray(ads)) return [];
        // A scanner still running as its site was paused: nothing it sends is kept.
        if (isPaused(String(url), await loadSettings())) return [];
        const page = pagesLeft.get(tabId);
        const analysed = await analyseAds(ads.slice(0, MAX_ADS_PER_MESSAGE), (request) => analysis.analyze(tabId, request));
        // The tab moved on while its ads waited for the engine: these verdicts belong to a page that is gone.
        if (pagesLeft.get(tabId) !== page) return [];
        const settings = await loadSettings();
        const messages = messagesFor(uiLang(settings));
        const before = reset === true ? [] : ((await tabs.get(tabId))?.ads ?? []);
        // The page's ads linked to each other: a shared phone or a repeated text raises every ad involved.
        // Capped (utils/tab-caps.ts): a page decides how many ads it shows, not how much Faro keeps.
        const fresh = new Set(analysed.map((ad) => ad.key));
        const state = await tabs.put(tabId, String(url), analysed, reset === true, (merged) => linkPageAds(capTabAds(merged, fresh)));
        const linked = new Map(state.ads.map((ad) => [ad.key, ad]));
        const batch = analysed.map((ad) => linked.get(ad.key) ?? ad);
        const inBatch = new Set(batch.map((ad) => ad.key));
        // Ads drawn by earlier batches that this batch linked to: the page redraws them.
        const redrawn = redrawnAds(before, state.ads).filter((ad) => !inBatch.has(ad.key));
        if (redrawn.length > 0) {
          void sendToTab(tabId, 'updateVerdicts', { verdicts: redrawn.map((ad) => toVerdict(ad.key, ad.report, messages)) }).catch(() => undefined);
        }
        // An ad the engine could not read has no verdict to keep: the history would show it as low.
        const read = [...batch, ...redrawn].filter((ad) => ad.unread === undefined);
        recordAds({ url: String(url), ...(sender.tab?.title ? { title: sender.tab.title } : {}) }, read);
        await showCount(tabId, state);
        await notifyPages('tabChanged', { tabId });
        return batch.map((ad) => toVerdict(ad.key, ad.report, messages));
      },

      async marksTampered({ url }, sender) {
        const tabId = sender.tab?.id;
        const state = tabId === undefined ? undefined : await tabs.get(tabId);
        // Only for the page the tab's results are about, and noted once: the popup says it.
        if (tabId === undefined || state?.url !== String(url) || state.interfered) return null;
        await tabs.noteInterference(tabId);
        await notifyPages('tabChanged', { tabId });
        return null;
      },

      async getTab({ tabId }) {
        return (await tabs.get(tabId)) ?? null;
      },

      async scanTab({ tabId }) {
        try {
          await scanTab(tabId);
          return { ok: true, value: null };
        } catch (error) {
          return { ok: false, error: error instanceof Error ? error.message : String(error) };
        }
      },

      async analyzeText({ text }) {
        // One character past the engine's cap, so that its report says the text was not read whole.
        const outcome = await analysis.analyze('popup', { text: String(text).slice(0, MAX_AD_TEXT + 1) });
        if (!outcome.ok) throw new Error(`the text could not be read (${outcome.reason})`);
        return outcome.report;
      },

      async wipe() {
        // The popup's quick wipe (issue 12): every tab's results and the history, now; the settings stay.
        const cleared = await tabs.clearAll();
        asked.clear();
        lastShown.clear();
        for (const tabId of cleared) await showCount(tabId, undefined);
        // After any history write still queued, so that none of them brings a record back.
        const deleted = await new Promise<HistoryResult<void>>((resolve) =>
          queueHistory(async () => {
            const result = await deleteHistory();
            resolve(result);
            return result;
          }),
        );
        await retentionDayItem.removeValue();
        await historyProblemItem.removeValue();
        for (const tabId of cleared) await notifyPages('tabChanged', { tabId });
        return deleted;
      },
    },
    accept,
  );
  // The badge's "details and help": answered apart, within the page's click (utils/panel-focus.ts).
  handleOpenDetails((sender) => accept('openDetails', sender));

  browser.tabs.onRemoved.addListener((tabId) => {
    leavePage(tabId);
    asked.delete(tabId);
    lastShown.delete(tabId);
    void tabs.clear(tabId);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new page is loading in the tab: what the user asked for was for the page that was left.
    if (change.status === 'loading' && change.url) {
      asked.delete(tabId);
      void forget(tabId);
    }
  });

  browser.commands.onCommand.addListener(async (command, tab) => {
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return;
    if (command === 'scan-page') await scanTab(tabId).catch((error: unknown) => console.warn('Faro: cannot scan this tab', error));
    if (command === 'next-flagged') await showNextFlagged(tabId);
  });

  // The worker starts (browser start, an event after idle): the day's retention, if not done yet.
  queueHistory(async () => retainDaily(await loadHistorySettings()));
  historySettingsItem.watch((history) => {
    // Turned off: off means deleted (issue 12). The options page deletes it once the person confirmed; this
    // deletion comes after any write still queued, so that no batch recorded meanwhile brings it back.
    // There is no history to keep, so no problem to show. A new retention period applies today.
    if (!history?.enabled) {
      void historyProblemItem.removeValue();
      return queueHistory(() => deleteHistory());
    }
    queueHistory(async () => {
      await retentionDayItem.removeValue();
      return retainDaily(await loadHistorySettings());
    });
  });

  /**
   * Pause and resume from the popup (utils/pause.ts), in every tab they change: a paused tab's scanner
   * stops and its marks go at once; a resumed tab that Faro checks by itself is scanned again.
   */
  async function applyPause(settings: Settings, before: Settings): Promise<void> {
    for (const tab of await browser.tabs.query({})) {
      if (tab.id === undefined) continue;
      const url = tab.url ?? (await tabs.get(tab.id))?.url;
      const paused = isPaused(url, settings);
      if (paused === isPaused(url, before)) continue;
      if (paused) await sendToTab(tab.id, 'stop', null).catch(() => undefined);
      await forget(tab.id);
      if (!paused && url && (await scansAutomatically(url, settings))) {
        await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [CONTENT_SCRIPT_FILE] }).catch(() => undefined);
      }
      await notifyPages('tabChanged', { tabId: tab.id });
    }
  }

  settingsItem.watch(async (settings, previous) => {
    const current = { ...(await loadSettings()), ...settings };
    await applyPause(current, { ...DEFAULT_SETTINGS, ...previous });
    await syncAllSitesScript(current).catch((error: unknown) => console.warn('Faro: all-sites registration', error));
    for (const tabId of await tabs.openTabs()) {
      await sendToTab(tabId, 'setDisplay', display(current)).catch(() => undefined);
    }
  });
  const resync = async () => {
    await syncAllSitesScript(await loadSettings()).catch(() => undefined);
    // The sites the user added in the options (utils/user-sites.ts): registered while their permission is held.
    await syncUserSitesScript().catch((error: unknown) => console.warn('Faro: user sites registration', error));
  };
  userSitesItem.watch(() => void resync());
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  browser.runtime.onStartup.addListener(resync);
  browser.runtime.onInstalled.addListener(resync);
  browser.runtime.onInstalled.addListener((details) => void openWelcomeOnInstall(details).catch((error: unknown) => console.warn('Faro: welcome page', error)));
});
