import { storage } from 'wxt/utils/storage';
import { RETENTION_DAYS, type HistoryOptions } from '@/utils/history';

/**
 * The user's history choice (issue 5). Its own storage item, beside `local:settings`, so that the
 * options page can add a "History" fieldset without touching the other settings' shape.
 * Off by default: a job seeker on a shared phone must leave no trace.
 */
export interface HistorySettings {
  enabled: boolean;
  /** 'risky' keeps medium and high ads; 'all' keeps every scanned ad. */
  keep: 'risky' | 'all';
  /** One of RETENTION_DAYS. */
  retentionDays: number;
}

export const DEFAULT_HISTORY_SETTINGS: HistorySettings = { enabled: false, keep: 'risky', retentionDays: 90 };

/** Written only by extension pages (the options); content scripts cannot reach it. */
export const historySettingsItem = storage.defineItem<HistorySettings>('local:history', { fallback: DEFAULT_HISTORY_SETTINGS });

export async function loadHistorySettings(): Promise<HistorySettings> {
  const stored = { ...DEFAULT_HISTORY_SETTINGS, ...(await historySettingsItem.getValue()) };
  const retentionDays = (RETENTION_DAYS as readonly number[]).includes(stored.retentionDays) ? stored.retentionDays : DEFAULT_HISTORY_SETTINGS.retentionDays;
  return { enabled: stored.enabled === true, keep: stored.keep === 'all' ? 'all' : 'risky', retentionDays };
}

export function historyOptions(settings: HistorySettings, indexedDB?: IDBFactory): HistoryOptions {
  return { enabled: settings.enabled, keep: settings.keep, retentionDays: settings.retentionDays, ...(indexedDB ? { indexedDB } : {}) };
}
