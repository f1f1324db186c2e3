import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withheldSiteAccess } from '@/utils/scan-access';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { LISTED_SITES } from '@/utils/sites';

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
