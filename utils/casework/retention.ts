import { storage } from 'wxt/utils/storage';
import { openHistory, type HistoryResult } from '@/utils/history';
import { historyOptions, type HistorySettings } from './history-settings';

/**
 * The UTC day retention last ran. Retention runs at most once a day, when the background starts or
 * records an ad; with a stored day, no `alarms` permission is needed. A browser left unused for weeks
 * purges on its next start.
 */
export const retentionDayItem = storage.defineItem<string | null>('local:historyRetentionDay', { fallback: null });

export const utcDay = (date: Date): string => date.toISOString().slice(0, 10);

/**
 * Deletes the ads not seen for the chosen number of days, unless that was done today already.
 * Returns how many were deleted, or undefined when nothing had to run (history off, or done today).
 * With history off the database is not opened.
 */
export async function retainDaily(settings: HistorySettings, now: Date = new Date(), indexedDB?: IDBFactory): Promise<HistoryResult<number> | undefined> {
  if (!settings.enabled || (await retentionDayItem.getValue()) === utcDay(now)) return undefined;
  const { retentionDays, ...options } = historyOptions(settings, indexedDB);
  const opened = await openHistory({ ...options, now: () => now });
  if (!opened.ok) return opened;
  try {
    const purged = await opened.value.applyRetention(retentionDays);
    if (purged.ok) await retentionDayItem.setValue(utcDay(now));
    return purged;
  } finally {
    opened.value.close();
  }
}
