import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../scripts/extension-browser';
import { violations } from './axe';
import { badgeAccessibility, openBadgedListing, type BadgedListing } from './badged-listing';

/**
 * The issue asks for pages usable with the keyboard and a screen reader (labels, focus order,
 * contrast). axe-core (Deque's rules engine, the one browser audits use) checks every WCAG 2.1 A and
 * AA rule it can decide on the rendered pages, colours and contrast included; the keyboard paths a
 * person takes are walked key by key.
 */
const OFFER =
  'Hairdressing work in Germany, 2500 euro a month. Travel and room arranged by the agency, to be repaid from your first salaries. ' +
  'Send a photo of your passport on WhatsApp to book the ticket.';

let setup: BadgedListing;
let browser: ExtensionBrowser;
let listing: Page;
let tabId: number;

beforeAll(async () => {
  setup = await openBadgedListing();
  ({ browser, listing, tabId } = setup);
});

afterAll(async () => {
  await setup?.close();
});

/** The popup's size in the browser's toolbar. */
const POPUP = { width: 380, height: 600 };

/** Popup width: nothing may need a sideways scroll. */
const overflowsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  it('popup: the page tab with flagged ads, a checked text, and the help tab', async () => {
    const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`, POPUP);
    await popup.waitForSelector('article.ad');
    // Open one ad and one flag's explanation too: their text is checked for contrast as well.
    await popup.locator('button.ad-toggle').first().click();
    await popup.locator('.flag summary').first().click();
    expect(await violations(popup)).toEqual([]);
    expect(await overflowsSideways(popup)).toBe(false);
    await popup.locator('#tab-check').click();
    await popup.fill('#check-text', OFFER);
    await popup.locator('form button[type="submit"]').click();
    await popup.waitForSelector('[aria-live] article.ad .flag');
    expect(await violations(popup)).toEqual([]);
    expect(await overflowsSideways(popup)).toBe(false);
    await popup.locator('#tab-help').click();
    await popup.waitForSelector('a.tel');
    expect(await violations(popup)).toEqual([]);
    expect(await overflowsSideways(popup)).toBe(false);
    await popup.close();
  });

  it('options page, dashboard and side panel', async () => {
    for (const path of ['options.html', 'dashboard.html']) {
      const page = await browser.openExtensionPage(path, { width: 1000, height: 600 });
      await page.waitForSelector('h1');
      expect(await violations(page), path).toEqual([]);
      await page.close();
    }
    const panel = await browser.openExtensionPage(`sidepanel.html?tabId=${tabId}`, POPUP);
    await panel.waitForSelector('article.ad');
    expect(await violations(panel)).toEqual([]);
    await panel.close();
  });
});

describe('keyboard', () => {
  it('popup: arrow keys move between the tabs, and a pasted offer is checked without the mouse', async () => {
    const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`, POPUP);
    await popup.waitForSelector('article.ad');
    await popup.focus('#tab-page');
    await popup.keyboard.press('ArrowRight');
    expect(await focusedId(popup)).toBe('tab-check');
    expect(await popup.getAttribute('#tab-check', 'aria-selected')).toBe('true');
    // Tab leaves the tab list for the panel, then reaches the text box.
    for (let i = 0; i < 5 && (await focusedId(popup)) !== 'check-text'; i++) await popup.keyboard.press('Tab');
    expect(await focusedId(popup)).toBe('check-text');
    await popup.keyboard.insertText(OFFER);
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => (document.activeElement as HTMLButtonElement | null)?.type)).toBe('submit');
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('[aria-live] article.ad .flag');
    await popup.close();
  });

  it('page: a badge is reached with Tab, opened with Enter and closed with Escape, and focus comes back to it', async () => {
    await listing.bringToFront();
    await listing.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    const onBadge = () => listing.evaluate(() => document.activeElement?.tagName === 'FARO-BADGE');
    for (let i = 0; i < 80 && !(await onBadge()); i++) await listing.keyboard.press('Tab');
    expect(await onBadge()).toBe(true);
    expect(await badgeAccessibility(browser, listing)).toMatchObject({ expanded: false, focus: 'badge' });
    // Enter opens the panel and puts the focus on its close button; Escape closes it and gives the focus back.
    await listing.keyboard.press('Enter');
    expect(await badgeAccessibility(browser, listing)).toMatchObject({ expanded: true, focus: 'Close' });
    await listing.keyboard.press('Escape');
    expect(await badgeAccessibility(browser, listing)).toMatchObject({ expanded: false, focus: 'badge' });
  });
});
