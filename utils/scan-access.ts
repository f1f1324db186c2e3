import { browser } from 'wxt/browser';
import type { Settings } from './settings';
import { ALL_SITES, LISTED_SITES, matchesAny } from './sites';

/** The content script's file in the build, for on-demand injection and the all-sites registration. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/scan.js';
const ALL_SITES_SCRIPT_ID = 'faro-all-sites';

/** The sites the manifest's content script runs on (the listed sites; plus localhost in the test build). */
export function listedPatterns(): string[] {
  const fromManifest = browser.runtime.getManifest().content_scripts?.flatMap((script) => script.matches ?? []);
  return fromManifest?.length ? fromManifest : [...LISTED_SITES];
}

export async function hasAllSites(): Promise<boolean> {
  return browser.permissions.contains({ origins: [...ALL_SITES] });
}

/** Whether a page may be scanned without the user asking. */
export async function scansAutomatically(url: string, settings: Settings): Promise<boolean> {
  if (settings.autoScan === 'off') return false;
  if (matchesAny(url, listedPatterns())) return true;
  return settings.autoScan === 'all' && (await hasAllSites());
}

/**
 * "Scan all sites" registers the content script for every page, but only while the user has
 * granted the optional permission and chosen that setting; otherwise the registration is removed.
 */
export async function syncAllSitesScript(settings: Settings): Promise<void> {
  const want = settings.autoScan === 'all' && (await hasAllSites());
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [ALL_SITES_SCRIPT_ID] });
  if (want && registered.length === 0) {
    await browser.scripting.registerContentScripts([
      {
        id: ALL_SITES_SCRIPT_ID,
        matches: ['http://*/*', 'https://*/*'],
        excludeMatches: listedPatterns(),
        js: [CONTENT_SCRIPT_FILE],
        runAt: 'document_idle',
      },
    ]);
  } else if (!want && registered.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [ALL_SITES_SCRIPT_ID] });
  }
}
