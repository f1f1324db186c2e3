import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PageView } from '@/ui/PageAds';
import { sendToBackground, type PageApi } from '@/utils/messaging';

const TAB_CHANGED: keyof PageApi = 'tabChanged';

/** After asking for a scan, the page is given this long to answer before the panel says so. */
const SCAN_WAIT_MS = 6000;

export const scannable = (url: string | undefined): boolean => /^(https?|file):/.test(url ?? '');

/**
 * The report of one tab as the background keeps it, kept fresh: the background's `tabChanged`
 * notice (new ads found, infinite scroll, a new page) refreshes it. `scan()` asks for a scan of a
 * page Faro does not check by itself; with `scanIfMissing` that is done at once (the popup: opening
 * Faro on such a page is the request to scan it, which `activeTab` grants).
 */
export function useTabReport(
  tabId: number | undefined,
  url: string | undefined,
  options: { scanIfMissing?: boolean } = {},
): { view: PageView; scan: () => void } {
  const [view, setView] = useState<PageView>({ kind: 'loading' });

  const refresh = async (): Promise<boolean> => {
    if (tabId === undefined) return false;
    const state = await sendToBackground('getTab', { tabId }).catch(() => null);
    if (state) setView({ kind: 'scanned', state });
    return state !== null;
  };

  const scan = async () => {
    if (tabId === undefined) return;
    setView({ kind: 'loading' });
    const result = await sendToBackground('scanTab', { tabId }).catch(() => ({ ok: false as const, error: 'unreachable' }));
    if (!result.ok) return setView({ kind: 'not-scanned', canScan: true, error: true });
    setTimeout(() => void refresh().then((found) => found || setView({ kind: 'not-scanned', canScan: true })), SCAN_WAIT_MS);
  };

  useEffect(() => {
    let current = true;
    setView({ kind: 'loading' });
    void refresh().then((found) => {
      if (!current || found) return;
      if (options.scanIfMissing && scannable(url)) void scan();
      else setView({ kind: 'not-scanned', canScan: scannable(url) });
    });
    // A listener of our own rather than handleMessages: it must go when the panel follows another tab.
    const onMessage = (message: unknown) => {
      const m = message as { faro?: string; data?: { tabId?: number } } | null;
      if (current && m?.faro === TAB_CHANGED && m.data?.tabId === tabId) void refresh();
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      current = false;
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [tabId, url]);

  return { view, scan: () => void scan() };
}

/**
 * The tab a side panel reports on: the active tab of its window, followed as the user switches tabs or
 * a tab loads a new page; or one tab when `pinned` names it (a panel opened in a tab of its own, tests).
 */
export function useFollowedTab(pinned?: number): { id: number | undefined; url: string | undefined } {
  const [tab, setTab] = useState<{ id: number | undefined; url: string | undefined }>({ id: pinned, url: undefined });
  useEffect(() => {
    const read = async () => {
      const found = pinned !== undefined ? await browser.tabs.get(pinned).catch(() => undefined) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      const next = { id: pinned ?? found?.id, url: found?.url };
      setTab((old) => (old.id === next.id && old.url === next.url ? old : next));
    };
    void read();
    const onActivated = () => void read();
    const onUpdated = (_id: number, change: { url?: string; status?: string }) => {
      if (change.url !== undefined || change.status === 'complete') void read();
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.windows?.onFocusChanged.addListener(onActivated);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.windows?.onFocusChanged.removeListener(onActivated);
    };
  }, [pinned]);
  return tab;
}
