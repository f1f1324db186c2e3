import { render } from 'preact';
import { browser } from 'wxt/browser';
import { MessagesContext } from '@/ui/messages';
import { pickUiLang } from '@/utils/i18n';
import { loadMessages } from '@/utils/locales';
import { loadSettings } from '@/utils/settings';
import { browserCountry } from '@/utils/country';
import { loadHistorySettings } from '@/utils/casework/history-settings';
import { keepTabTitle } from '@/utils/tab-title';
import { App } from './App';
import '@/ui/styles.css';

/** A popup opened in its own tab (tests) names the tab it reports on: popup.html?tabId=N. */
async function targetTab() {
  const asked = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(asked) && asked > 0) return browser.tabs.get(asked).catch(() => undefined);
  return (await browser.tabs.query({ active: true, currentWindow: true }))[0];
}

async function main() {
  const [settings, history] = await Promise.all([loadSettings(), loadHistorySettings()]);
  const messages = await loadMessages(settings.uiLang ?? pickUiLang(navigator.languages ?? [navigator.language]));
  document.documentElement.lang = messages.lang;
  void keepTabTitle(messages, `Faro – ${messages.t('app.tagline')}`);
  const tab = await targetTab();
  const root = document.getElementById('app');
  if (!root) return;
  render(
    <MessagesContext.Provider value={messages}>
      <App tab={tab} settings={settings} history={history} guessedCountry={browserCountry()} />
    </MessagesContext.Provider>,
    root,
  );
}

void main();
