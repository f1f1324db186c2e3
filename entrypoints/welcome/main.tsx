import { render } from 'preact';
import '@/ui/styles.css';
import '@/ui/welcome.css';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { MessagesContext } from '@/ui/messages';
import { Welcome } from '@/ui/Welcome';
import { browserCountry } from '@/utils/country';
import { pickUiLang } from '@/utils/i18n';
import { ICONS } from '@/utils/icons';
import { loadMessages } from '@/utils/locales';
import { loadSettings, saveSettings, type Settings } from '@/utils/settings';
import { LISTED_SITES, siteLabel } from '@/utils/sites';
import { keepTabTitle } from '@/utils/tab-title';
import { currentShortcuts, type Shortcut } from '@/utils/welcome';

function App({ initial, shortcuts }: { initial: Settings; shortcuts: Shortcut[] }) {
  const [country, setCountry] = useState(initial.country);
  const guess = browserCountry();
  return (
    <Welcome
      sites={LISTED_SITES.map(siteLabel)}
      shortcuts={shortcuts}
      browser={import.meta.env.BROWSER === 'firefox' ? 'firefox' : 'chrome'}
      optionsHref={browser.runtime.getURL('/options.html')}
      iconSrc={browser.runtime.getURL(`/${ICONS[128]}`)}
      help={{
        country: country ?? guess,
        guessed: country === null && guess !== undefined,
        // The country chosen here is the one the popup and the options page use.
        onCountry: (chosen) => {
          setCountry(chosen);
          void saveSettings({ country: chosen });
        },
      }}
    />
  );
}

async function main() {
  const settings = await loadSettings();
  // In the browser's language on install (settings.uiLang is null until the person picks one).
  const messages = await loadMessages(settings.uiLang ?? pickUiLang(navigator.languages ?? [navigator.language]));
  document.documentElement.lang = messages.lang;
  void keepTabTitle(messages, `Faro – ${messages.t('welcome.title')}`);
  const shortcuts = await currentShortcuts().catch(() => []);
  const root = document.getElementById('app');
  if (root) {
    render(
      <MessagesContext.Provider value={messages}>
        <App initial={settings} shortcuts={shortcuts} />
      </MessagesContext.Provider>,
      root,
    );
  }
}

void main();
