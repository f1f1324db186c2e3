import { useEffect, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import { Popup } from '@/ui/Popup';
import { sendToBackground, sendToTab } from '@/utils/messaging';
import { scannable, useTabReport } from '@/utils/casework/tab-report';
import { withheldSiteAccess } from '@/utils/scan-access';
import { saveSettings, type Settings } from '@/utils/settings';
import { historyProblemItem, type HistoryProblem } from '@/utils/casework/history-problem';
import type { HistorySettings } from '@/utils/casework/history-settings';
import { checkDraftItem, useCheckDraft } from '@/utils/check-draft';
import { pauseSite, pauseState, resumePage, siteOf, type PauseSettings } from '@/utils/pause';
import { sidePanelOpener } from '@/utils/side-panel';

interface AppProps {
  tab: Browser.tabs.Tab | undefined;
  settings: Settings;
  history: HistorySettings;
  guessedCountry: string | undefined;
}

/** The popup's state and its browser calls; the markup is ui/Popup. */
export function App({ tab, settings, history, guessedCountry }: AppProps) {
  const tabId = tab?.id;
  const [pause, setPause] = useState<PauseSettings>({ paused: settings.paused, pausedSites: settings.pausedSites });
  const paused = pauseState(tab?.url, pause) !== 'running';
  // Opened from the toolbar on a page not scanned yet, the popup scans it (unless paused there); opened for a given tab (?tabId=…) it only shows.
  const { view: page, scan } = useTabReport(tabId, tab?.url, { scanIfMissing: !paused && !new URLSearchParams(location.search).has('tabId') });
  const [highlight, setHighlight] = useState(settings.highlight);
  const [country, setCountry] = useState(settings.country ?? undefined);
  const [problem, setProblem] = useState<HistoryProblem | null>(null);
  const [withheld, setWithheld] = useState<string[]>([]);
  const [wiped, setWiped] = useState(false);
  const [draft, setDraft] = useCheckDraft(settings.discreet);

  // The tab's address is known through the toolbar click (activeTab); a popup opened for a given tab
  // without that grant reads it from the page's report.
  const url = tab?.url ?? (page.kind === 'scanned' ? page.state.url : undefined);
  const state = pauseState(url, pause);
  useEffect(() => {
    void withheldSiteAccess(url, settings).then(setWithheld);
  }, [url]);

  useEffect(() => {
    if (!history.enabled) return undefined;
    void historyProblemItem.getValue().then(setProblem);
    return historyProblemItem.watch(setProblem);
  }, [history.enabled]);

  const changePause = async (change: Partial<PauseSettings>) => {
    const saved = await saveSettings(change);
    setPause({ paused: saved.paused, pausedSites: saved.pausedSites });
    return saved;
  };
  const openPanel = sidePanelOpener({ windowId: tab?.windowId, tabId });

  return (
    <Popup
      // After the quick wipe the popup shows nothing of what was deleted; paused, it shows nothing of the page.
      page={state !== 'running' ? { kind: 'paused' } : wiped ? { kind: 'not-scanned', canScan: scannable(url) } : page}
      highlight={highlight}
      discreet={settings.discreet}
      country={country ?? guessedCountry}
      countryGuessed={country === undefined}
      onHighlight={(on) => {
        setHighlight(on);
        void saveSettings({ highlight: on });
      }}
      onShow={(key) => {
        if (tabId !== undefined) void sendToTab(tabId, 'showAd', { key }).catch(() => undefined);
      }}
      onScan={() => {
        setWiped(false);
        scan();
      }}
      onCountry={(code) => {
        setCountry(code);
        void saveSettings({ country: code });
      }}
      onCheck={(text) => sendToBackground('analyzeText', { text })}
      checkDraft={draft}
      onCheckDraft={setDraft}
      onOptions={() => void browser.runtime.openOptionsPage()}
      pause={{
        state,
        site: siteOf(url),
        onPause: (scope) => void changePause(scope === 'everywhere' ? { paused: true } : pauseSite(url, pause)),
        // The background scans again the tabs it checks by itself; this page is scanned on the person's word.
        onResume: () => void changePause(resumePage(url, pause)).then(() => scannable(url) && scan()),
      }}
      {...(openPanel
        ? {
            onSidePanel: () => {
              // Straight from the click (a user gesture); then the popup makes way for the panel.
              void openPanel().then(
                () => window.close(),
                (error: unknown) => console.warn('Faro: cannot open the side panel', error),
              );
            },
          }
        : {})}
      wipe={{
        // The quick wipe clears the pasted text too: it is one of Faro's traces.
        onWipe: async () => {
          await checkDraftItem.removeValue();
          return sendToBackground('wipe', null);
        },
        onWiped: () => setWiped(true),
      }}
      // The request must come straight from the click: browsers grant permissions only on a user gesture.
      onAllowSite={withheld.length > 0 ? () => void browser.permissions.request({ origins: withheld }).then((granted) => granted && setWithheld([])) : undefined}
      {...(history.enabled ? { history: { dashboardHref: browser.runtime.getURL('/dashboard.html'), problem } } : {})}
    />
  );
}
