import { browser, type Browser } from 'wxt/browser';
import { analyze } from '@/engine';
import { pickUiLang } from '@/utils/i18n';
import { messagesFor } from '@/utils/locales-all';
import {
  CONTENT_SCRIPT_MESSAGES,
  handleMessages,
  notifyPages,
  sendToTab,
  type BackgroundApi,
  type DisplaySettings,
  type TabState,
} from '@/utils/messaging';
import { CONTENT_SCRIPT_FILE, scansAutomatically, syncAllSitesScript } from '@/utils/scan-access';
import { loadSettings, settingsItem, type Settings } from '@/utils/settings';
import { TabStore } from '@/utils/tab-store';
import { flaggedCount, pageLabels, toVerdict } from '@/utils/verdict';

const BADGE_COLOR = { medium: '#8a5300', high: '#b3261e' } as const;
/** A content script sends ads in small batches; a larger message is cut rather than trusted. */
const MAX_ADS_PER_MESSAGE = 200;

export default defineBackground(() => {
  const tabs = new TabStore();
  /** Tabs where the user asked for a scan (toolbar button, shortcut): scanned whatever the settings say. */
  const asked = new Set<number>();

  const uiLang = (settings: Settings) => settings.uiLang ?? pickUiLang(navigator.languages ?? [navigator.language]);
  const display = (settings: Settings): DisplaySettings => ({ minLevel: settings.minLevel, highlight: settings.highlight });

  async function showCount(tabId: number, state: TabState | undefined): Promise<void> {
    const ads = state?.ads ?? [];
    const count = flaggedCount(ads);
    const high = ads.some((ad) => ad.report.level === 'high');
    await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' }).catch(() => undefined);
    if (count > 0) await browser.action.setBadgeBackgroundColor({ tabId, color: high ? BADGE_COLOR.high : BADGE_COLOR.medium });
  }

  async function forget(tabId: number): Promise<void> {
    await tabs.clear(tabId);
    await showCount(tabId, undefined);
  }

  async function scanTab(tabId: number): Promise<void> {
    asked.add(tabId);
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
  }

  /** Content scripts may only say hello and send ads; the tab is the one the browser names, never one they claim. */
  function accept(type: keyof BackgroundApi, sender: Browser.runtime.MessageSender): boolean {
    if (sender.id !== browser.runtime.id) return false;
    const fromExtensionPage = (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
    if (fromExtensionPage) return true;
    return CONTENT_SCRIPT_MESSAGES.has(type) && sender.tab?.id !== undefined;
  }

  handleMessages<BackgroundApi>(
    {
      async hello({ url }, sender) {
        const tabId = sender.tab?.id;
        const settings = await loadSettings();
        const messages = messagesFor(uiLang(settings));
        const scan = (tabId !== undefined && asked.has(tabId)) || (await scansAutomatically(String(url), settings));
        // A new document in the tab: its earlier reports belong to the page that was left.
        if (tabId !== undefined && sender.frameId === 0) await forget(tabId);
        return { scan, lang: messages.lang, display: display(settings), labels: pageLabels(messages) };
      },

      async scanAds({ url, ads, reset }, sender) {
        const tabId = sender.tab?.id;
        if (tabId === undefined || !Array.isArray(ads)) return [];
        const settings = await loadSettings();
        const messages = messagesFor(uiLang(settings));
        const analysed = ads.slice(0, MAX_ADS_PER_MESSAGE).map((ad) => ({
          key: String(ad.key),
          title: typeof ad.title === 'string' ? ad.title.slice(0, 300) : undefined,
          report: analyze(String(ad.text), { id: String(ad.key), lang: typeof ad.lang === 'string' ? ad.lang : undefined }),
        }));
        const state = await tabs.put(tabId, String(url), analysed, reset === true);
        await showCount(tabId, state);
        await notifyPages('tabChanged', { tabId });
        return analysed.map((ad) => toVerdict(ad.key, ad.report, messages));
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

      analyzeText({ text }) {
        return analyze(String(text));
      },
    },
    accept,
  );

  browser.tabs.onRemoved.addListener((tabId) => {
    asked.delete(tabId);
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
    if (command !== 'scan-page') return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId !== undefined) await scanTab(tabId).catch((error: unknown) => console.warn('Faro: cannot scan this tab', error));
  });

  settingsItem.watch(async (settings) => {
    const current = { ...(await loadSettings()), ...settings };
    await syncAllSitesScript(current).catch((error: unknown) => console.warn('Faro: all-sites registration', error));
    for (const tabId of await tabs.openTabs()) {
      await sendToTab(tabId, 'setDisplay', display(current)).catch(() => undefined);
    }
  });
  const resync = async () => syncAllSitesScript(await loadSettings()).catch(() => undefined);
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  browser.runtime.onStartup.addListener(resync);
  browser.runtime.onInstalled.addListener(resync);
});
