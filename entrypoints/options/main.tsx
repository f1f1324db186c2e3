import { render } from 'preact';
import '@/ui/styles.css';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { MessagesContext } from '@/ui/messages';
import { OptionsForm } from '@/ui/OptionsForm';
import { pickUiLang } from '@/utils/i18n';
import { loadMessages } from '@/utils/locales';
import { browserCountry } from '@/utils/country';
import { historyProblemItem, type HistoryProblem } from '@/utils/casework/history-problem';
import { historySettingsItem, loadHistorySettings, type HistorySettings } from '@/utils/casework/history-settings';
import { deleteHistory } from '@/utils/history';
import { loadSettings, saveSettings, type AutoScan, type Settings } from '@/utils/settings';
import { listedPatterns } from '@/utils/scan-access';
import { ALL_SITES, LISTED_SITES } from '@/utils/sites';
import { loadUserSites, parseSite, sitePattern, userSitesItem } from '@/utils/user-sites';
import type { AddSiteOutcome } from '@/ui/UserSites';
import { keepTabTitle } from '@/utils/tab-title';

const SAVED_NOTICE_MS = 2000;

interface AppProps {
  initial: Settings;
  initialSites: string[];
  initialHistory: HistorySettings;
  browserLang: ReturnType<typeof pickUiLang>;
}

function App({ initial, initialSites, initialHistory, browserLang }: AppProps) {
  const [settings, setSettings] = useState(initial);
  const [sites, setSites] = useState(initialSites);
  const [history, setHistory] = useState(initialHistory);
  const [problem, setProblem] = useState<HistoryProblem | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void historyProblemItem.getValue().then(setProblem);
    // The background keeps the last failure to save; it shows here as soon as it happens.
    return historyProblemItem.watch(setProblem);
  }, []);
  const showSaved = () => {
    setSaved(true);
    setTimeout(() => setSaved(false), SAVED_NOTICE_MS);
  };
  const change = async (partial: Partial<Settings>) => {
    const next = await saveSettings(partial);
    setSettings(next);
    showSaved();
    // A new interface language shows at once.
    if ('uiLang' in partial) location.reload();
  };
  const changeHistory = async (partial: Partial<HistorySettings>) => {
    await historySettingsItem.setValue({ ...(await loadHistorySettings()), ...partial });
    setHistory(await loadHistorySettings());
    showSaved();
  };
  const autoScan = async (choice: AutoScan) => {
    // The browser asks the user; without their yes, "all sites" is not saved.
    if (choice === 'all' && !(await browser.permissions.request({ origins: [...ALL_SITES] }))) return;
    if (choice !== 'all') await browser.permissions.remove({ origins: [...ALL_SITES] }).catch(() => false);
    await change({ autoScan: choice });
  };
  /**
   * Asks the browser for the site's permission at once, inside the click (see UserSites), then keeps the
   * site; the background registers the content script for it (utils/scan-access.ts).
   */
  const addSite = (input: string): Promise<AddSiteOutcome> => {
    const parsed = parseSite(input, listedPatterns(), sites);
    if (!parsed.ok) return Promise.resolve(parsed);
    return browser.permissions.request({ origins: [sitePattern(parsed.host)] }).then(
      async (granted): Promise<AddSiteOutcome> => {
        if (!granted) return { ok: false, problem: 'refused' };
        const next = [...(await loadUserSites()).filter((host) => host !== parsed.host), parsed.host];
        await userSitesItem.setValue(next);
        setSites(next);
        return { ok: true };
      },
      (): AddSiteOutcome => ({ ok: false, problem: 'failed' }),
    );
  };
  const removeSite = async (host: string) => {
    const next = (await loadUserSites()).filter((site) => site !== host);
    await userSitesItem.setValue(next);
    setSites(next);
    // The permission goes with the site: Faro keeps no access it no longer uses.
    await browser.permissions.remove({ origins: [sitePattern(host)] }).catch(() => false);
  };
  return (
    <OptionsForm
      settings={settings}
      browserLang={browserLang}
      browserCountry={browserCountry()}
      listedSites={LISTED_SITES}
      welcomeHref={browser.runtime.getURL('/welcome.html')}
      onChange={(partial) => void change(partial)}
      onAutoScan={(choice) => void autoScan(choice)}
      saved={saved}
      userSites={{ sites, onAdd: addSite, onRemove: (host) => void removeSite(host) }}
      history={{
        history,
        onChange: (partial) => void changeHistory(partial),
        onDelete: () => deleteHistory(),
        onTurnOff: async () => {
          // Off first, so that the background records nothing more; then the database goes.
          await changeHistory({ enabled: false });
          return deleteHistory();
        },
        problem,
        dashboardHref: browser.runtime.getURL('/dashboard.html'),
      }}
    />
  );
}

async function main() {
  const [settings, history, sites] = await Promise.all([loadSettings(), loadHistorySettings(), loadUserSites()]);
  const browserLang = pickUiLang(navigator.languages ?? [navigator.language]);
  const messages = await loadMessages(settings.uiLang ?? browserLang);
  document.documentElement.lang = messages.lang;
  void keepTabTitle(messages, `Faro – ${messages.t('options.heading')}`);
  const root = document.getElementById('app');
  if (root) {
    render(
      <MessagesContext.Provider value={messages}>
        <App initial={settings} initialSites={sites} initialHistory={history} browserLang={browserLang} />
      </MessagesContext.Provider>,
      root,
    );
  }
}

void main();
