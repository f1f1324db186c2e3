import { storage } from 'wxt/utils/storage';
import type { Lang, Level } from '@/engine/types';

/** Where Faro scans without being asked. Ordered from least to most access. */
export const AUTO_SCAN = ['off', 'listed', 'all'] as const;
export type AutoScan = (typeof AUTO_SCAN)[number];

export interface Settings {
  /** ISO 3166-1 alpha-2 country for the hotline directory; null = guess from the browser. */
  country: string | null;
  /** Interface language; null = the browser's language when supported, else English. */
  uiLang: Lang | null;
  /** The lowest level that gets a badge on the page. */
  minLevel: Level;
  /** Highlight the evidence of medium/high ads in the page. */
  highlight: boolean;
  /** 'all' takes effect only while the optional all-sites permission is granted. */
  autoScan: AutoScan;
  /**
   * Discreet mode: nothing drawn on pages (no badge, highlight or mark of any kind), the verdicts only
   * in the popup and the toolbar count; Faro's own pages carry a neutral tab title.
   */
  discreet: boolean;
  /** Paused everywhere from the popup: no page is scanned or marked until resumed (utils/pause.ts). */
  paused: boolean;
  /** Sites paused from the popup, as host names without `www.` (utils/pause.ts). */
  pausedSites: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  country: null,
  uiLang: null,
  minLevel: 'medium',
  highlight: true,
  autoScan: 'listed',
  discreet: false,
  paused: false,
  pausedSites: [],
};

/** Written only by extension pages (options, popup); content scripts never receive a way to change it. */
export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS });

/** Settings with defaults filled in for keys added after the user last saved. */
export async function loadSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}

export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...change };
  await settingsItem.setValue(next);
  return next;
}
