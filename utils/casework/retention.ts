import { storage } from 'wxt/utils/storage';
import { historyExists, openHistory, type HistoryResult } from '@/utils/history';
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
 * Returns how many were deleted, or undefined when nothing had to run (no history, or done today).
 *
 * Retention runs while any history exists (issue 12), not only while history is on: turning history off
 * deletes it, but a deletion another tab held up, or a history an older Faro kept when it was turned off,
 * must still expire. With history off and no database, nothing is opened (so nothing is created).
 */
export async function retainDaily(settings: HistorySettings, now: Date = new Date(), indexedDB?: IDBFactory): Promise<HistoryResult<number> | undefined> {
  if ((await retentionDayItem.getValue()) === utcDay(now)) return undefined;
  if (!settings.enabled && !(await historyExists(indexedDB ? { indexedDB } : {}))) return undefined;
  const { retentionDays, ...options } = historyOptions(settings, indexedDB);
  const opened = await openHistory({ ...options, enabled: true, now: () => now });
  if (!opened.ok) return opened;
  try {
    const purged = await opened.value.applyRetention(retentionDays);
    if (purged.ok) await retentionDayItem.setValue(utcDay(now));
    return purged;
  } finally {
    opened.value.close();
  }
}
