import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import it_ from '../../locales/it.json';
import { badgeAccessibility, openBadgedListing, type BadgedListing } from './badged-listing';

/** The options a person sets, seen where they act: the pages Faro scans and the language it speaks. */
let setup: BadgedListing;
let options: Page;

beforeAll(async () => {
  setup = await openBadgedListing();
  options = await setup.browser.openExtensionPage('options.html');
});

afterAll(async () => {
  await setup?.close();
});

async function openListing(): Promise<Page> {
  const page = await setup.browser.context.newPage();
  await page.goto(setup.listing.url());
  return page;
}

describe('options', () => {
  it('"where to scan automatically: nowhere" leaves even the listed sites unscanned, and "listed sites" scans them again', async () => {
    await options.locator('input[name="autoScan"][value="off"]').check();
    const page = await openListing();
    // Given the time a scan takes on this page (it is marked within a second or two when scanning is on).
    await page.waitForTimeout(4000);
    expect(await page.locator('[data-faro-level]').count()).toBe(0);
    await page.close();
    await options.locator('input[name="autoScan"][value="listed"]').check();
    const again = await openListing();
    await expect.poll(() => again.locator('[data-faro-level]').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await again.close();
  });

  it('the interface language chosen in the options is the popup’s and the badges’', async () => {
    await options.selectOption('#opt-lang', 'it');
    const popup = await setup.browser.openExtensionPage(`popup.html?tabId=${setup.tabId}`);
    await expect.poll(() => popup.locator('html').getAttribute('lang')).toBe('it');
    expect(await popup.locator('#tab-check').textContent()).toBe(it_.ui['tab.check']);
    await popup.close();
    // A page opened now is drawn in Italian too: its badges name the level in Italian.
    const page = await openListing();
    await expect.poll(() => page.locator('faro-badge').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const { name } = await badgeAccessibility(setup.browser, page);
    expect(name).toMatch(new RegExp(`^Faro: (${it_.ui['level.high']}|${it_.ui['level.medium']})\\. ${it_.ui['badge.panelTitle']}$`));
    await page.close();
    await options.selectOption('#opt-lang', '');
  });
});
