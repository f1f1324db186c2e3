import { browser } from 'wxt/browser';

/** The two browsers' ways to open an extension's panel beside the page (Firefox's is not in WXT's types). */
export interface PanelApis {
  sidePanel?: { open(options: { tabId?: number; windowId?: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

/**
 * A function that opens Faro's side panel (Chrome) or sidebar (Firefox) in the given window or tab,
 * or undefined where the browser has neither (the popup then does not offer it). Both browsers open it
 * only on a user gesture: call the function straight from the click, with nothing awaited before.
 */
export function sidePanelOpener(target: { windowId?: number; tabId?: number }, apis: PanelApis = browser as unknown as PanelApis): (() => Promise<void>) | undefined {
  const { sidePanel, sidebarAction } = apis;
  if (typeof sidePanel?.open === 'function') {
    // The window's panel rather than the tab's: it then follows the person from tab to tab.
    const where = target.windowId !== undefined ? { windowId: target.windowId } : target.tabId !== undefined ? { tabId: target.tabId } : undefined;
    return where ? () => sidePanel.open(where) : undefined;
  }
  if (typeof sidebarAction?.open === 'function') return () => sidebarAction.open();
  return undefined;
}
