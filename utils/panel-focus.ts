import { browser, type Browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { sidePanelOpener, type PanelApis } from './side-panel';

/** The ad a tab's side panel is asked to open (the badge's "details and help" button). */
export interface PanelFocus {
  tabId: number;
  key: string;
}

/** For this browser session only, like the tabs' results it points into; extension pages only. */
export const panelFocusItem = storage.defineItem<PanelFocus | null>('session:panelFocus', { fallback: null });

/**
 * The badge's "details and help" button: opens the side panel beside the tab, on that ad. The panel is
 * opened first, before anything is awaited: the browser allows it only while the page's click still
 * counts as the user's. Chrome allows it from a content script's click; Firefox opens its sidebar only
 * from Faro's own pages, and the badge then says where to click. Resolves to whether the panel opened.
 */
export async function openPanelOn(focus: PanelFocus, apis?: PanelApis): Promise<boolean> {
  const open = sidePanelOpener({ tabId: focus.tabId }, apis);
  const opened = open ? open().then(() => true, () => false) : Promise.resolve(false);
  await panelFocusItem.setValue(focus);
  return opened;
}

/**
 * Answers the content script's `openDetails` (utils/messaging.ts) with a listener of its own, not
 * handleMessages: Chrome lets sidePanel.open follow a page's click only when it is called within the
 * listener itself, and handleMessages answers a step later (tried: "may only be called in response to
 * a user gesture"). `accept` is the background's check of who may ask.
 */
export function handleOpenDetails(accept: (sender: Browser.runtime.MessageSender) => boolean): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    const request = message as { faro?: unknown; data?: { key?: unknown } } | null;
    const tabId = sender.tab?.id;
    if (request?.faro !== 'openDetails' || tabId === undefined || !accept(sender)) return false;
    void openPanelOn({ tabId, key: String(request.data?.key) }).then((value) => sendResponse({ ok: true, value }));
    return true;
  });
}
