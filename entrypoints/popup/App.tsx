import { useEffect, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import { Popup } from '@/ui/Popup';
import type { PageView } from '@/ui/PageAds';
import { handleMessages, sendToBackground, sendToTab, type PageApi } from '@/utils/messaging';
import { saveSettings, type Settings } from '@/utils/settings';
import { historyProblemItem, type HistoryProblem } from '@/utils/casework/history-problem';
import type { HistorySettings } from '@/utils/casework/history-settings';

/** After asking for a scan, the page is given this long to answer before the popup says so. */
const SCAN_WAIT_MS = 6000;

const scannable = (url: string | undefined) => /^(https?|file):/.test(url ?? '');

interface AppProps {
  tab: Browser.tabs.Tab | undefined;
  settings: Settings;
  history: HistorySettings;
  guessedCountry: string | undefined;
}

/** The popup's state and its browser calls; the markup is ui/Popup. */
export function App({ tab, settings, history, guessedCountry }: AppProps) {
  const tabId = tab?.id;
  const [page, setPage] = useState<PageView>({ kind: 'loading' });
  const [highlight, setHighlight] = useState(settings.highlight);
  const [country, setCountry] = useState(settings.country ?? undefined);
  const [problem, setProblem] = useState<HistoryProblem | null>(null);

  const refresh = async (): Promise<boolean> => {
    if (tabId === undefined) return false;
    const state = await sendToBackground('getTab', { tabId }).catch(() => null);
    if (state) setPage({ kind: 'scanned', state });
    return state !== null;
  };

  const scan = async () => {
    if (tabId === undefined) return;
    setPage({ kind: 'loading' });
    const result = await sendToBackground('scanTab', { tabId }).catch(() => ({ ok: false as const, error: 'unreachable' }));
    if (!result.ok) return setPage({ kind: 'not-scanned', canScan: true, error: true });
    setTimeout(() => void refresh().then((found) => found || setPage({ kind: 'not-scanned', canScan: true })), SCAN_WAIT_MS);
  };

  useEffect(() => {
    if (!history.enabled) return undefined;
    void historyProblemItem.getValue().then(setProblem);
    return historyProblemItem.watch(setProblem);
  }, [history.enabled]);

  useEffect(() => {
    handleMessages<PageApi>({
      tabChanged: ({ tabId: changed }) => {
        if (changed === tabId) void refresh();
        return null;
      },
    });
    void refresh().then((found) => {
      if (found) return;
      // Opening Faro on a page it does not scan by itself is the "scan this page" request (activeTab).
      if (scannable(tab?.url) && !new URLSearchParams(location.search).has('tabId')) void scan();
      else setPage({ kind: 'not-scanned', canScan: scannable(tab?.url) });
    });
  }, [tabId]);

  return (
    <Popup
      page={page}
      highlight={highlight}
      country={country ?? guessedCountry}
      countryGuessed={country === undefined}
      onHighlight={(on) => {
        setHighlight(on);
        void saveSettings({ highlight: on });
      }}
      onShow={(key) => {
        if (tabId !== undefined) void sendToTab(tabId, 'showAd', { key }).catch(() => undefined);
      }}
      onScan={() => void scan()}
      onCountry={(code) => {
        setCountry(code);
        void saveSettings({ country: code });
      }}
      onCheck={(text) => sendToBackground('analyzeText', { text })}
      onOptions={() => void browser.runtime.openOptionsPage()}
      {...(history.enabled ? { history: { dashboardHref: browser.runtime.getURL('/dashboard.html'), problem } } : {})}
    />
  );
}
