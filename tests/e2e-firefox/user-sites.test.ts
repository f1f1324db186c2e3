import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { ARTIFACTS, SHARED } from '../../scripts/extension-browser';
import type { InExtension } from '../e2e/extension-api';
import { launchFirefox, type FirefoxWithExtension } from './firefox';

/**
 * Issue 14, point 4, in Firefox: a site added in the options gets its own permission and the content
 * script registered at run time (scripting.registerContentScripts), its pages are scanned, and removing it
 * takes both back. The site is 127.0.0.2, a loopback address the test build does not list (it lists
 * localhost and 127.0.0.1), served by this test with the devset's classifieds listing.
 *
 * Firefox asks the person before granting an optional permission; headless, nobody can click. Its own
 * preference for automated runs answers yes (`extensions.webextOptionalPermissionPrompts: false`); the
 * request still has to come from the click, as Firefox refuses one made outside a user gesture.
 */
const HOST = '127.0.0.2';
const LISTING = readFileSync(join(SHARED, 'devset', 'pages', 'classifieds-listing.html'));

let server: Server;
let pageUrl: string;
let firefox: FirefoxWithExtension;
let options: Page;

async function marked(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('[data-faro-level]').length);
}

/** Opens the site's listing; with `expectMarks`, waits for Faro's marks, otherwise gives a scan the time it takes. */
async function markedAfterLoad(expectMarks: boolean): Promise<number> {
  const page = await firefox.newPage();
  await page.goto(pageUrl);
  if (expectMarks) await expect.poll(() => marked(page), { timeout: 20_000 }).toBeGreaterThan(0);
  else await new Promise((resolve) => setTimeout(resolve, 4000));
  const count = await marked(page);
  await page.close();
  return count;
}

async function registeredMatches(): Promise<string[]> {
  return options.evaluate(async () => {
    const scripts = await (globalThis as unknown as InExtension).browser.scripting.getRegisteredContentScripts({ ids: ['faro-user-sites'] });
    return scripts.flatMap((script) => script.matches ?? []);
  });
}

beforeAll(async () => {
  server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(LISTING));
  await new Promise<void>((ok) => server.listen(0, HOST, ok));
  const address = server.address();
  pageUrl = `http://${HOST}:${typeof address === 'object' && address ? address.port : 0}/annunci/lavoro.html`;
  firefox = await launchFirefox({ prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
  options = await firefox.openExtensionPage('options.html');
  await options.waitForSelector('#opt-user-site');
});

afterAll(async () => {
  await firefox?.close();
  await new Promise((ok) => server?.close(ok));
});

describe('Firefox: sites added in the options', () => {
  it('a site not on the list is not scanned by itself', async () => {
    expect(await markedAfterLoad(false)).toBe(0);
  });

  it('added, the site is granted and registered and its pages are scanned; removed, neither', async () => {
    await options.type('#opt-user-site', `http://${HOST}/annunci/`);
    await options.click('.user-sites button[type="submit"]');
    await expect.poll(() => options.$eval('.user-sites [role="status"]', (el) => el.textContent ?? ''), { timeout: 10_000 }).toContain('Added');
    await expect.poll(registeredMatches, { timeout: 10_000 }).toEqual([`*://${HOST}/*`]);
    expect(await markedAfterLoad(true)).toBeGreaterThanOrEqual(4);
    await options.screenshot({ path: join(ARTIFACTS, 'firefox-options-user-sites.png'), fullPage: true });

    await options.click('.user-site-list button');
    await expect.poll(registeredMatches, { timeout: 10_000 }).toEqual([]);
    const granted = await options.evaluate((origin) => (globalThis as unknown as InExtension).browser.permissions.contains({ origins: [origin] }), `*://${HOST}/*`);
    expect(granted).toBe(false);
    expect(await markedAfterLoad(false)).toBe(0);
    expect(firefox.extensionErrors).toEqual([]);
  });
});
