import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, SHARED, blockOtherNetwork, launch, serveDirectories, type ExtensionBrowser, type StaticServer } from '../../scripts/extension-browser';
import type { InExtension } from './extension-api';

/**
 * Issue 14, point 4: a site added in the options is scanned by itself, like a listed one, and is no longer
 * once removed. The site is a made-up origin (not on the list, not localhost) whose page is the devset's
 * classifieds listing, answered by the test; nothing else leaves the browser.
 *
 * Headless Chromium cannot click the browser's own permission prompt. The grant is given the way a person
 * gives it on chrome://extensions ("site access: on specific sites": its developerPrivate API), then the
 * options page's "add" asks for the same origin and the browser answers yes at once, as it does for an origin
 * already granted: the page's whole path (ask, keep, register the content script, scan) runs for real.
 */
const SITE = 'classifieds.test';
const PAGE = `http://www.${SITE}/annunci/lavoro.html`;
const LISTING = readFileSync(join(SHARED, 'devset', 'pages', 'classifieds-listing.html'), 'utf8');

let server: StaticServer;
let browser: ExtensionBrowser;
let options: Page;

/** Opens the made-up site's listing and counts the ads Faro marked once the scan had time to run. */
async function markedAfterLoad(expectMarks: boolean): Promise<number> {
  const page = await browser.context.newPage();
  await page.goto(PAGE);
  const marked = () => page.locator('[data-faro-level]').count();
  if (expectMarks) await expect.poll(marked, { timeout: 20_000 }).toBeGreaterThan(0);
  // Given the time a scan takes on this page (marked within a second or two when it runs).
  else await page.waitForTimeout(4000);
  const count = await marked();
  await page.close();
  return count;
}

async function registeredMatches(): Promise<string[]> {
  return browser.worker!.evaluate(async () => {
    const scripts = await (globalThis as unknown as InExtension).chrome.scripting.getRegisteredContentScripts({ ids: ['faro-user-sites'] });
    return scripts.flatMap((script) => script.matches ?? []);
  });
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await serveDirectories({});
  browser = await launch();
  await blockOtherNetwork(browser.context, server.origin);
  // Registered after the block, so it is asked first: the made-up site answers with the devset listing.
  await browser.context.route(`http://www.${SITE}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: LISTING }));
  options = await browser.openExtensionPage('options.html', { width: 800, height: 1200 });
  await options.locator('#opt-user-site').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('sites added in the options', () => {
  it('a site not on the list is not scanned by itself', async () => {
    expect(await markedAfterLoad(false)).toBe(0);
  });

  it('added in the options (its permission granted), its pages are scanned; removed, they are not, and the permission is gone', async () => {
    // The person's yes to the browser's prompt for this one site (see the note at the top).
    const page = await browser.context.newPage();
    await page.goto('chrome://extensions');
    await page.evaluate(
      async ({ id, origin }) => (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } }).chrome.developerPrivate.addHostPermission(id, origin),
      { id: browser.extensionId!, origin: `*://*.${SITE}/*` },
    );
    await page.close();

    await options.locator('#opt-user-site').fill(`https://www.${SITE}/annunci/`);
    await options.getByRole('button', { name: 'Add the site' }).click();
    await expect.poll(() => options.locator('.user-sites [role="status"]').textContent()).toContain('Added');
    expect(await options.locator('.user-site-list li .user-site').allTextContents()).toEqual([SITE]);
    await expect.poll(registeredMatches, { timeout: 10_000 }).toEqual([`*://*.${SITE}/*`]);
    await options.locator('.user-sites').screenshot({ path: join(ARTIFACTS, 'options-user-sites.png') });
    expect(await markedAfterLoad(true)).toBeGreaterThanOrEqual(4);

    await options.getByRole('button', { name: `Remove ${SITE} from the sites Faro checks by itself` }).click();
    await expect.poll(() => options.locator('.user-site-list li').count()).toBe(0);
    await expect.poll(registeredMatches, { timeout: 10_000 }).toEqual([]);
    const granted = await options.evaluate((origin) => (globalThis as unknown as InExtension).chrome.permissions.contains({ origins: [origin] }), `*://*.${SITE}/*`);
    expect(granted).toBe(false);
    expect(await markedAfterLoad(false)).toBe(0);
  });

  it('refuses a listed site and a word that is no address, saying why', async () => {
    const status = options.locator('.user-sites [role="status"]');
    await options.locator('#opt-user-site').fill('www.subito.it');
    await options.getByRole('button', { name: 'Add the site' }).click();
    await expect.poll(() => status.textContent()).toBe('Faro already checks that site by itself: it is on the list above.');
    await options.locator('#opt-user-site').fill('bakeca');
    await options.getByRole('button', { name: 'Add the site' }).click();
    await expect.poll(() => status.textContent()).toContain('That is not the address of a web site.');
    await options.screenshot({ path: join(ARTIFACTS, 'options-user-sites-refused.png'), fullPage: true });
  });
});
