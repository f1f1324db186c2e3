import { useEffect, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import { Popup } from '@/ui/Popup';
import { sendToBackground, sendToTab } from '@/utils/messaging';
import { useTabReport } from '@/utils/casework/tab-report';
import { saveSettings, type Settings } from '@/utils/settings';
import { historyProblemItem, type HistoryProblem } from '@/utils/casework/history-problem';
import type { HistorySettings } from '@/utils/casework/history-settings';

interface AppProps {
  tab: Browser.tabs.Tab | undefined;
  settings: Settings;
  history: HistorySettings;
  guessedCountry: string | undefined;
}

/** The popup's state and its browser calls; the markup is ui/Popup. */
export function App({ tab, settings, history, guessedCountry }: AppProps) {
  const tabId = tab?.id;
  // Opened from the toolbar on a page not scanned yet, the popup scans it; opened for a given tab (?tabId=…) it only shows.
  const { view: page, scan } = useTabReport(tabId, tab?.url, { scanIfMissing: !new URLSearchParams(location.search).has('tabId') });
  const [highlight, setHighlight] = useState(settings.highlight);
  const [country, setCountry] = useState(settings.country ?? undefined);
  const [problem, setProblem] = useState<HistoryProblem | null>(null);

  useEffect(() => {
    if (!history.enabled) return undefined;
    void historyProblemItem.getValue().then(setProblem);
    return historyProblemItem.watch(setProblem);
  }, [history.enabled]);

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
      onScan={scan}
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
