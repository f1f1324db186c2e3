import type { Report } from '@/engine/types';
import { openHistory, type HistoryResult, type RecordOutcome } from '@/utils/history';
import { historyOptions, type HistorySettings } from './history-settings';

/** One ad the background analysed: the text it was given, the ad's own title and key, the report. */
export interface AnalysedAd {
  key: string;
  text: string;
  title?: string;
  report: Report;
}

/**
 * utils/extract names an ad without an id attribute `ad-<position>-<fnv1a of text>` (fallbackKey):
 * its position changes from visit to visit, so it must not become part of the stored id.
 */
const POSITIONAL_KEY = /^ad-\d+-[0-9a-f]{8}(?:#\d+)?$/;

export function stableAdKey(key: string): string | undefined {
  return POSITIONAL_KEY.test(key) ? undefined : key;
}

/**
 * What the background calls after analysing a batch of a tab's ads: when the user turned history on,
 * the medium/high ads (or all, if chosen) are written; the same ad seen again only moves "last seen".
 * With history off, IndexedDB is not opened at all. Errors come back as values for the caller to show.
 */
export async function recordSeenAds(
  settings: HistorySettings,
  page: { url: string; title?: string },
  ads: readonly AnalysedAd[],
  indexedDB?: IDBFactory,
): Promise<HistoryResult<RecordOutcome>> {
  // Retention is not run on every batch: retention.ts runs it once a day.
  const { retentionDays: _daily, ...options } = historyOptions(settings, indexedDB);
  const opened = await openHistory(options);
  if (!opened.ok) return opened;
  const store = opened.value;
  try {
    return await store.record(
      // An ad whose text the tab no longer keeps (utils/tab-caps.ts) cannot be stored: its id is its text's hash.
      ads.filter((ad) => ad.text !== '').map((ad) => {
        const adKey = stableAdKey(ad.key);
        const title = ad.title ?? page.title;
        return { url: page.url, text: ad.text, report: ad.report, ...(title ? { title } : {}), ...(adKey ? { adKey } : {}) };
      }),
    );
  } finally {
    store.close();
  }
}
