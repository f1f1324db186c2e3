import { browser } from 'wxt/browser';
import type { Settings } from './settings';
import { ALL_SITES, LISTED_SITES, matchesAny } from './sites';
import { loadUserSites, sitePattern } from './user-sites';
import { CONTENT_SCRIPT_FILE } from './content-script-file';

export { CONTENT_SCRIPT_FILE };
const ALL_SITES_SCRIPT_ID = 'faro-all-sites';
const USER_SITES_SCRIPT_ID = 'faro-user-sites';

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
  if (matchesAny(url, (await loadUserSites()).map(sitePattern))) return true;
  return settings.autoScan === 'all' && (await hasAllSites());
}

/**
 * The listed sites' patterns that match `url` and that the browser does not let Faro read: the user
 * turned Faro's site access off (Firefox's per-site add-on permissions, Chrome's "on click"). The
 * content script then never runs there and nothing says why; the popup shows this and offers to
 * ask for the access again. Empty when access is there, the site is not listed, or scanning is off.
 */
export async function withheldSiteAccess(url: string | undefined, settings: Settings): Promise<string[]> {
  if (!url || settings.autoScan === 'off') return [];
  const patterns = listedPatterns().filter((pattern) => matchesAny(url, [pattern]));
  if (patterns.length === 0) return [];
  const granted = await browser.permissions.contains({ origins: patterns }).catch(() => true);
  return granted ? [] : patterns;
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

/** The sites the user added (utils/user-sites.ts) whose permission the browser holds: the others cannot be read. */
async function grantedUserPatterns(): Promise<string[]> {
  const granted: string[] = [];
  for (const pattern of (await loadUserSites()).map(sitePattern)) {
    if (await browser.permissions.contains({ origins: [pattern] }).catch(() => false)) granted.push(pattern);
  }
  return granted;
}

let userSitesSync: Promise<void> = Promise.resolve();

/**
 * The content script registered for the sites the user added, as the manifest's is for the listed ones:
 * re-registered with the granted sites whenever the list or the permissions change. One sync at a time
 * (the list's watcher and the permission events fire together; two registrations under one id would fail).
 */
export function syncUserSitesScript(): Promise<void> {
  userSitesSync = userSitesSync.catch(() => undefined).then(async () => {
    const matches = await grantedUserPatterns();
    const registered = await browser.scripting.getRegisteredContentScripts({ ids: [USER_SITES_SCRIPT_ID] });
    if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [USER_SITES_SCRIPT_ID] });
    if (matches.length > 0) {
      await browser.scripting.registerContentScripts([{ id: USER_SITES_SCRIPT_ID, matches, js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle' }]);
    }
  });
  return userSitesSync;
}
