import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Dashboard } from '@/ui/dashboard/Dashboard';
import { OLDEST_FIRST } from '@/ui/dashboard/HistoryNotice';
import { MessagesContext } from '@/ui/messages';
import { downloadText } from '@/utils/casework/download';
import { historyOptions, loadHistorySettings } from '@/utils/casework/history-settings';
import { openHistory } from '@/utils/history';
import { pickUiLang } from '@/utils/i18n';
import { loadMessages } from '@/utils/locales';
import { loadSettings } from '@/utils/settings';
import { keepTabTitle } from '@/utils/tab-title';
import '@/ui/styles.css';
import '@/ui/dashboard/dashboard.css';

/**
 * The casework dashboard (issue 5), an extension page: it shares the extension's origin, so it reads the
 * history's IndexedDB directly. With history off, the database is not opened (and so not created).
 */
async function main() {
  const [settings, history] = await Promise.all([loadSettings(), loadHistorySettings()]);
  const messages = await loadMessages(settings.uiLang ?? pickUiLang(navigator.languages ?? [navigator.language]));
  document.documentElement.lang = messages.lang;
  void keepTabTitle(messages, `Faro – ${messages.t('dashboard.title')}`);
  const opened = await openHistory(historyOptions(history));
  const root = document.getElementById('app');
  if (!root) return;
  render(
    <MessagesContext.Provider value={messages}>
      <Dashboard
        history={opened}
        optionsHref={browser.runtime.getURL('/options.html')}
        onDownload={(file) => downloadText(file)}
        generator={`Faro ${browser.runtime.getManifest().version}`}
        // Opened from "delete old ads" (storage full): the stored ads, oldest first.
        initialSort={location.hash === `#${OLDEST_FIRST}` ? 'oldest' : 'lastSeen'}
      />
    </MessagesContext.Provider>,
    root,
  );
}

void main();
