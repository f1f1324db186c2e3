import { render } from 'preact';
import '@/ui/styles.css';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { MessagesContext } from '@/ui/messages';
import { OptionsForm } from '@/ui/OptionsForm';
import { pickUiLang } from '@/utils/i18n';
import { loadMessages } from '@/utils/locales';
import { browserCountry } from '@/utils/country';
import { loadSettings, saveSettings, type AutoScan, type Settings } from '@/utils/settings';
import { ALL_SITES, LISTED_SITES } from '@/utils/sites';

const SAVED_NOTICE_MS = 2000;

function App({ initial, browserLang }: { initial: Settings; browserLang: ReturnType<typeof pickUiLang> }) {
  const [settings, setSettings] = useState(initial);
  const [saved, setSaved] = useState(false);
  const change = async (partial: Partial<Settings>) => {
    const next = await saveSettings(partial);
    setSettings(next);
    setSaved(true);
    setTimeout(() => setSaved(false), SAVED_NOTICE_MS);
    // A new interface language shows at once.
    if ('uiLang' in partial) location.reload();
  };
  const autoScan = async (choice: AutoScan) => {
    // The browser asks the user; without their yes, "all sites" is not saved.
    if (choice === 'all' && !(await browser.permissions.request({ origins: [...ALL_SITES] }))) return;
    if (choice !== 'all') await browser.permissions.remove({ origins: [...ALL_SITES] }).catch(() => false);
    await change({ autoScan: choice });
  };
  return (
    <OptionsForm
      settings={settings}
      browserLang={browserLang}
      browserCountry={browserCountry()}
      listedSites={LISTED_SITES}
      onChange={(partial) => void change(partial)}
      onAutoScan={(choice) => void autoScan(choice)}
      saved={saved}
    />
  );
}

async function main() {
  const settings = await loadSettings();
  const browserLang = pickUiLang(navigator.languages ?? [navigator.language]);
  const messages = await loadMessages(settings.uiLang ?? browserLang);
  document.documentElement.lang = messages.lang;
  document.title = `Faro – ${messages.t('options.heading')}`;
  const root = document.getElementById('app');
  if (root) {
    render(
      <MessagesContext.Provider value={messages}>
        <App initial={settings} browserLang={browserLang} />
      </MessagesContext.Provider>,
      root,
    );
  }
}

void main();
