import type { Messages } from './i18n';
import { loadSettings, settingsItem } from './settings';

/**
 * Gives one of Faro's own pages (options, dashboard, side panel, the popup opened as a tab) its tab
 * title, and keeps it in step with discreet mode: there, a neutral title that names neither Faro nor
 * what it is for, since a tab strip is seen by anyone near the screen and titles stay in the
 * browser's history.
 */
export async function keepTabTitle(messages: Messages, title: string): Promise<void> {
  const show = (discreet: boolean) => {
    document.title = discreet ? messages.t('app.discreetTitle') : title;
  };
  show((await loadSettings()).discreet);
  settingsItem.watch((settings) => show(settings?.discreet ?? false));
}
