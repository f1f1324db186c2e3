import type { Browser } from 'wxt/browser';
import { CONTENT_SCRIPT_MESSAGES, type BackgroundApi } from './messaging';

/**
 * Who may ask the background what (docs/threat-model.md). Another extension is never answered; a content
 * script (a page's world, however hostile the page) may only send what CONTENT_SCRIPT_MESSAGES lists, for
 * the tab the browser names; everything else (a tab's results, the quick wipe, a scan of another tab)
 * needs one of Faro's own pages.
 */
export function acceptsMessage(type: keyof BackgroundApi, sender: Browser.runtime.MessageSender, self: { id: string; origin: string }): boolean {
  if (sender.id !== self.id) return false;
  if ((sender.url ?? '').startsWith(self.origin)) return true;
  return CONTENT_SCRIPT_MESSAGES.has(type) && sender.tab?.id !== undefined;
}
