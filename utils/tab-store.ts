import { browser } from 'wxt/browser';
import type { TabAd, TabState } from './messaging';

/**
 * One report list per tab. Kept in memory and mirrored to storage.session, because an MV3 service
 * worker is stopped when idle and would otherwise forget the open tabs. Session storage is never
 * written to disk and is cleared when the browser closes.
 */
export class TabStore {
  private readonly tabs = new Map<number, TabState>();

  async get(tabId: number): Promise<TabState | undefined> {
    const known = this.tabs.get(tabId);
    if (known) return known;
    const key = storageKey(tabId);
    const stored = (await browser.storage.session.get(key))[key] as TabState | undefined;
    if (stored) this.tabs.set(tabId, stored);
    return stored;
  }

  /**
   * Adds or replaces ads by key; `reset` starts the tab's list afresh (a new page). `relink` turns the
   * merged list into the one kept (the page's ads linked to each other). What the page did to Faro's
   * marks is kept until a new page.
   */
  async put(tabId: number, url: string, ads: TabAd[], reset: boolean, relink: (ads: TabAd[]) => TabAd[] = (merged) => merged): Promise<TabState> {
    const previous = reset ? undefined : await this.get(tabId);
    const byKey = new Map((previous?.ads ?? []).map((ad) => [ad.key, ad]));
    for (const ad of ads) byKey.set(ad.key, ad);
    const state: TabState = { url, ads: relink([...byKey.values()]), ...(previous?.interfered ? { interfered: true } : {}) };
    await this.keep(tabId, state);
    return state;
  }

  /** Notes that the tab's page removed or changed Faro's marks; a tab without results is left alone. */
  async noteInterference(tabId: number): Promise<TabState | undefined> {
    const state = await this.get(tabId);
    if (!state || state.interfered) return state;
    const next = { ...state, interfered: true };
    await this.keep(tabId, next);
    return next;
  }

  /** If session storage refuses the write (its quota is small), the state is still kept in memory for as long as the worker runs. */
  private async keep(tabId: number, state: TabState): Promise<void> {
    this.tabs.set(tabId, state);
    await browser.storage.session.set({ [storageKey(tabId)]: state }).catch((error: unknown) => console.warn('Faro: tab results kept in memory only', error));
  }

  async clear(tabId: number): Promise<void> {
    this.tabs.delete(tabId);
    await browser.storage.session.remove(storageKey(tabId));
  }

  /** Forgets every tab's results (the popup's quick wipe); returns the tabs that had some. */
  async clearAll(): Promise<number[]> {
    const ids = [...new Set([...this.tabs.keys(), ...(await this.openTabs())])];
    this.tabs.clear();
    await browser.storage.session.remove(ids.map(storageKey));
    return ids;
  }

  async openTabs(): Promise<number[]> {
    const all = await browser.storage.session.get(null);
    return Object.keys(all)
      .filter((key) => key.startsWith(PREFIX))
      .map((key) => Number(key.slice(PREFIX.length)));
  }
}

const PREFIX = 'tab:';
const storageKey = (tabId: number) => `${PREFIX}${tabId}`;
