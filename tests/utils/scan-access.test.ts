import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SCRIPT_FILE, scansAutomatically, syncAllSitesScript, withheldSiteAccess } from '@/utils/scan-access';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { ALL_SITES, LISTED_SITES } from '@/utils/sites';

/** The browser's answer to permissions.contains: granted unless one of the asked origins is withheld. */
function grantAllBut(withheld: string[]) {
  return vi
    .spyOn(fakeBrowser.permissions, 'contains')
    .mockImplementation(async ({ origins = [] }) => !origins.some((origin) => withheld.includes(origin)));
}

beforeEach(() => {
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Faro', version: '1', content_scripts: [{ matches: [...LISTED_SITES] }] });
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('withheld site access (the popup’s notice)', () => {
  it('names the listed site whose access the user turned off', async () => {
    grantAllBut(['*://*.subito.it/*']);
    expect(await withheldSiteAccess('https://www.subito.it/annunci-italia/offerte-lavoro/', DEFAULT_SETTINGS)).toEqual(['*://*.subito.it/*']);
    expect(await withheldSiteAccess('https://www.olx.pl/praca/', DEFAULT_SETTINGS)).toEqual([]);
  });

  it('says nothing for sites Faro does not scan by itself, or when automatic scanning is off', async () => {
    const contains = grantAllBut(['*://*.subito.it/*']);
    expect(await withheldSiteAccess('https://example.org/jobs', DEFAULT_SETTINGS)).toEqual([]);
    expect(await withheldSiteAccess('https://www.subito.it/', { ...DEFAULT_SETTINGS, autoScan: 'off' })).toEqual([]);
    expect(await withheldSiteAccess(undefined, DEFAULT_SETTINGS)).toEqual([]);
    expect(contains).not.toHaveBeenCalled();
  });

  it('stays quiet when the browser cannot answer', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockRejectedValue(new Error('not available'));
    expect(await withheldSiteAccess('https://www.subito.it/', DEFAULT_SETTINGS)).toEqual([]);
  });
});

describe('"scan all sites": the registration follows the setting and the permission', () => {
  /** The browser's registered scripts, kept by fakes of the scripting API (the fake browser has none). */
  function registry(initial: string[] = []) {
    const ids = new Set(initial);
    const register = vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (scripts) => {
      for (const script of scripts) ids.add(script.id);
    });
    const unregister = vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation(async (filter) => {
      for (const id of filter?.ids ?? [...ids]) ids.delete(id);
    });
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(async (filter) =>
      [...ids].filter((id) => !filter?.ids || filter.ids.includes(id)).map((id) => ({ id })),
    );
    return { ids, register, unregister };
  }
  const allSites = { ...DEFAULT_SETTINGS, autoScan: 'all' as const };

  it('registers the content script for every http(s) page, besides the listed ones, once chosen and granted', async () => {
    grantAllBut([]);
    const { ids, register } = registry();
    await syncAllSitesScript(allSites);
    expect(ids.size).toBe(1);
    const [script] = register.mock.calls[0]![0];
    expect(script).toMatchObject({ matches: ['http://*/*', 'https://*/*'], js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle' });
    expect(script!.excludeMatches).toEqual([...LISTED_SITES]);
    // Already there: not registered twice.
    await syncAllSitesScript(allSites);
    expect(register).toHaveBeenCalledTimes(1);
    expect(await scansAutomatically('https://example.org/jobs', allSites)).toBe(true);
  });

  it('removes it when the permission is withdrawn', async () => {
    grantAllBut([...ALL_SITES]);
    const { ids } = registry(['faro-all-sites']);
    await syncAllSitesScript(allSites);
    expect(ids.size).toBe(0);
    expect(await scansAutomatically('https://example.org/jobs', allSites)).toBe(false);
  });

  it('removes it when the setting goes back to the listed sites, and registers nothing', async () => {
    grantAllBut([]);
    const { ids, register } = registry(['faro-all-sites']);
    await syncAllSitesScript(DEFAULT_SETTINGS);
    expect(ids.size).toBe(0);
    expect(register).not.toHaveBeenCalled();
  });
});
