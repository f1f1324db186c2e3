import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { MessagesContext } from '@/ui/messages';
import { SidePanel } from '@/ui/sidepanel/SidePanel';
import { nextFlaggedKey } from '@/utils/casework/next-flagged';
import { useFollowedTab, useTabReport } from '@/utils/casework/tab-report';
import { pickUiLang } from '@/utils/i18n';
import { loadMessages } from '@/utils/locales';
import { sendToTab } from '@/utils/messaging';
import { loadSettings, saveSettings, type Settings } from '@/utils/settings';
import { keepTabTitle } from '@/utils/tab-title';
import { browserCountry } from '@/utils/country';
import { panelFocusItem, type PanelFocus } from '@/utils/panel-focus';
import '@/ui/styles.css';
import '@/ui/dashboard/dashboard.css';

/**
 * The side panel (Chrome) / sidebar (Firefox): the active tab's report, kept open while a moderator moves
 * through ads. It follows tab switches and page loads, and the background's notices of new ads.
 * `sidepanel.html?tabId=N` pins it to one tab (tests open it in a tab of its own).
 */
function App({ settings, pinned }: { settings: Settings; pinned: number | undefined }) {
  const { id: tabId, url } = useFollowedTab(pinned);
  const { view, scan } = useTabReport(tabId, url);
  const [highlight, setHighlight] = useState(settings.highlight);
  const [current, setCurrent] = useState<string | undefined>(undefined);
  // The ad a badge's "details and help" asked for, in the tab this panel follows.
  const [focus, setFocus] = useState<PanelFocus | null>(null);
  useEffect(() => {
    void panelFocusItem.getValue().then(setFocus);
    return panelFocusItem.watch(setFocus);
  }, []);
  const show = (key: string) => {
    setCurrent(key);
    if (tabId !== undefined) void sendToTab(tabId, 'showAd', { key }).catch(() => undefined);
  };
  const next = view.kind === 'scanned' ? nextFlaggedKey(view.state, current, settings.minLevel === 'low' ? 'medium' : settings.minLevel) : undefined;
  return (
    <SidePanel
      view={view}
      url={url}
      highlight={highlight}
      onHighlight={(on) => {
        setHighlight(on);
        void saveSettings({ highlight: on });
      }}
      onShow={show}
      onScan={scan}
      {...(next !== undefined ? { onNext: () => show(next) } : {})}
      dashboardHref={browser.runtime.getURL('/dashboard.html')}
      discreet={settings.discreet}
      country={settings.country ?? browserCountry()}
      {...(focus && focus.tabId === tabId ? { focusKey: focus.key } : {})}
    />
  );
}

async function main() {
  const settings = await loadSettings();
  const messages = await loadMessages(settings.uiLang ?? pickUiLang(navigator.languages ?? [navigator.language]));
  document.documentElement.lang = messages.lang;
  void keepTabTitle(messages, `Faro – ${messages.t('app.tagline')}`);
  const asked = Number(new URLSearchParams(location.search).get('tabId'));
  const root = document.getElementById('app');
  if (!root) return;
  render(
    <MessagesContext.Provider value={messages}>
      <App settings={settings} pinned={Number.isInteger(asked) && asked > 0 ? asked : undefined} />
    </MessagesContext.Provider>,
    root,
  );
}

void main();
