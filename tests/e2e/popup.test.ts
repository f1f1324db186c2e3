import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS } from '../../scripts/extension-browser';
import { badgeAccessibility, openBadgedListing, type BadgedListing } from './badged-listing';
import type { InExtension } from './extension-api';

/** Scenario 1 of the guide: an offer received by message, pasted into "check a text". */
const PASTED_OFFER =
  'Hairdressing work in Germany, 2500 euro a month. Travel and room arranged by the agency, to be repaid from your first salaries. ' +
  'Pay a registration fee of 200 euro before travel. Send a photo of your passport on WhatsApp to book the ticket.';

let setup: BadgedListing;
let listing: Page;
let popup: Page;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  setup = await openBadgedListing();
  listing = setup.listing;
  popup = await setup.browser.openExtensionPage(`popup.html?tabId=${setup.tabId}`, { width: 380, height: 600 });
});

afterAll(async () => {
  await setup?.close();
});

/** How many phrases of the listing are in the named highlights (CSS Custom Highlight API). */
function highlightedPhrases(names: string[]): Promise<number> {
  return listing.evaluate((wanted) => wanted.reduce((n, name) => n + (CSS.highlights.get(name)?.size ?? 0), 0), names);
}

describe('popup on a badged tab', () => {
  it('lists the flagged ads, one row each; a row opens to its flags, explanations and evidence', async () => {
    const ads = popup.locator('article.ad');
    await ads.first().waitFor();
    expect(await popup.locator('article.ad-high, article.ad-medium').count()).toBeGreaterThan(0);
    await ads.first().locator('button.ad-toggle').click();
    const firstFlag = ads.first().locator('.flag summary').first();
    expect((await firstFlag.textContent())?.trim()).toBeTruthy();
    await firstFlag.click();
    await expect.poll(() => popup.locator('.flag details[open] p').count()).toBeGreaterThan(0);
    expect(await popup.locator('.evidence q').count()).toBeGreaterThan(0);
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-page.png'), fullPage: true });
  });

  it('shows on the toolbar icon how many ads of the tab are at medium or high', async () => {
    const onPage = await listing.locator('[data-faro-level="medium"], [data-faro-level="high"]').count();
    expect(onPage).toBeGreaterThan(0);
    expect(await popup.locator('article.ad-high, article.ad-medium').count()).toBe(onPage);
    const text = await setup.browser.worker!.evaluate((tabId) => {
      return (globalThis as unknown as InExtension).chrome.action.getBadgeText({ tabId });
    }, setup.tabId);
    expect(text).toBe(String(onPage));
  });

  it('"show on page" scrolls the ad into view and flashes its phrases', async () => {
    // The first row is open (the first test): its "show on page".
    // The flash lasts 1.6 s: watched from before the click, so that a slow scroll check cannot miss it.
    const flashed = expect.poll(() => highlightedPhrases(['faro-flash']), { timeout: 5000, interval: 50 }).toBeGreaterThan(0);
    await popup.locator('article.ad .ad-body .link-button').first().click();
    await flashed;
    await expect.poll(() => listing.evaluate(() => window.scrollY), { timeout: 5000 }).toBeGreaterThan(0);
  });

  it('the popup’s switch turns the page’s highlights off and on', async () => {
    const levels = ['faro-medium', 'faro-high'];
    expect(await highlightedPhrases(levels)).toBeGreaterThan(0);
    const toggle = popup.getByRole('checkbox', { name: 'Highlight the words behind the signals on the page' });
    await toggle.uncheck();
    await expect.poll(() => highlightedPhrases(levels), { timeout: 5000 }).toBe(0);
    await toggle.check();
    await expect.poll(() => highlightedPhrases(levels), { timeout: 5000 }).toBeGreaterThan(0);
  });

  it('the options’ sensitivity decides from which level an ad gets a badge', async () => {
    const marked = await listing.locator('[data-faro-level]').count();
    const flagged = await listing.locator('[data-faro-level="medium"], [data-faro-level="high"]').count();
    expect(marked).toBeGreaterThan(flagged);
    const badges = () => listing.locator('faro-badge').count();
    expect(await badges()).toBe(flagged);
    const options = await setup.browser.openExtensionPage('options.html');
    await options.locator('input[name="minLevel"][value="low"]').check();
    await expect.poll(badges, { timeout: 5000 }).toBe(marked);
    await options.locator('input[name="minLevel"][value="medium"]').check();
    await expect.poll(badges, { timeout: 5000 }).toBe(flagged);
    await options.close();
  });

  it('shows the hotlines with click-to-call links and the emergency number', async () => {
    await popup.getByRole('tab').nth(2).click();
    await popup.selectOption('#help-country', 'IT');
    const tel = popup.locator('a.tel[href="tel:800290290"]');
    await tel.waitFor();
    expect(await popup.locator('a.tel[href="tel:112"]').count()).toBe(1);
    expect(await popup.locator('.reassure').textContent()).toMatch(/police/i);
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-help.png'), fullPage: true });
  });

  it('checks a pasted text locally', async () => {
    await popup.getByRole('tab').nth(1).click();
    await popup.fill('#check-text', PASTED_OFFER);
    await popup.locator('form button[type="submit"]').click();
    const result = popup.locator('[aria-live] article.ad');
    await result.waitFor();
    expect(await result.locator('.flag').count()).toBeGreaterThan(0);
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-check.png'), fullPage: true });
  });

  it('draws a badge whose panel explains the ad, and screenshots the badged page', async () => {
    await listing.bringToFront();
    await listing.evaluate(() => window.scrollTo(0, 0));
    const badge = listing.locator('faro-badge').first();
    await badge.waitFor();
    const box = await badge.boundingBox();
    expect(box).not.toBeNull();
    await listing.mouse.click(box!.x + 10, box!.y + box!.height / 2);
    await listing.screenshot({ path: join(ARTIFACTS, 'page-badged.png') });
    // The badge's closed shadow root, as the browser's accessibility tree (what a screen reader gets) shows it.
    const seen = await badgeAccessibility(setup.browser, listing);
    expect(seen.panelSignals.length).toBeGreaterThan(1);
    expect(seen.expanded).toBe(true);
    // Its tooltip names the first signals of the panel, for a glance on hover.
    expect(seen.description).toBe(seen.panelSignals.slice(0, 3).join('; '));
    // The page's own text is untouched: the badge lives in a shadow root, not in the card's text.
    expect(await listing.locator('[data-job-id="48219"]').evaluate((el) => el.textContent?.includes('Faro'))).toBe(false);
  });
});
