import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import en from '../../locales/en.json';
import { ARTIFACTS, SHARED, blockOtherNetwork, launch, serveDirectories, tabIdOf, type ExtensionBrowser, type StaticServer } from '../../scripts/extension-browser';
import { violations } from './axe';
import type { InExtension } from './extension-api';
import { settledMarkCount } from './levels';

/**
 * Issue 14, the popup that scales: the devset's feed of 11 flagged ads (the listing the issue measured
 * at about 4,800 px, every ad expanded) as one row per ad; pause on a site and everywhere; the pasted
 * text kept for the session; the side panel named in the popup, and opened on an ad from its badge.
 */
const POPUP = { width: 380, height: 600 };
/** Two popup screens: the floor of the issue. */
const TWO_SCREENS = 1200;
const FLAGGED = 11;
const OFFER = 'Hairdressing work in Germany, travel and room arranged by the agency, to be repaid from your first salaries. Send a photo of your passport on WhatsApp.';

let browser: ExtensionBrowser;
let server: StaticServer;
let feed: Page;
let feedUrl: string;
let tabId: number;

const worker = () => browser.worker!;
const badgeText = () => worker().evaluate((id) => (globalThis as unknown as InExtension).chrome.action.getBadgeText({ tabId: id }), tabId);
/** Faro's marks on the feed: levels, badges and highlighted phrases. */
const marksOnFeed = () =>
  feed.evaluate(() => document.querySelectorAll('[data-faro-level], faro-badge').length + [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0));
/** The feed loads its cards as the reader scrolls: scrolled to its end, and every ad scanned (the toolbar count settled). */
async function scrollFeed(): Promise<void> {
  // Scrolled again until every card has loaded and been counted: on a loaded machine a batch can lag.
  for (let round = 0; round < 6 && (await badgeText()) !== String(FLAGGED); round++) {
    for (let i = 0; i < 20; i++) {
      await feed.mouse.wheel(0, 3000);
      await feed.waitForTimeout(150);
    }
    await settledMarkCount(feed);
    for (let i = 0; i < 40 && (await badgeText()) !== String(FLAGGED); i++) await feed.waitForTimeout(250);
  }
}

const openPopup = async () => {
  const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`, POPUP);
  await popup.locator('article.ad, .paused').first().waitFor();
  return popup;
};

beforeAll(async () => {
  server = await serveDirectories({ devset: join(SHARED, 'devset', 'pages') });
  browser = await launch();
  await blockOtherNetwork(browser.context, server.origin);
  feed = await browser.context.newPage();
  feedUrl = `${server.origin}/devset/infinite-scroll.html`;
  await feed.goto(feedUrl);
  tabId = await tabIdOf(worker(), feedUrl);
  await scrollFeed();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the compact list (issue 14)', () => {
  it(`lists ${FLAGGED} flagged ads in one row each, riskiest first, within two popup screens`, async () => {
    expect(await badgeText()).toBe(String(FLAGGED));
    const popup = await openPopup();
    const rows = popup.locator('article.ad-row');
    expect(await rows.count()).toBe(FLAGGED);
    // Folded: no explanation is visible, each row names its level and at most two signals.
    expect(await popup.locator('.ad-body:visible').count()).toBe(0);
    const height = await popup.evaluate(() => document.documentElement.scrollHeight);
    console.log(`  popup with ${FLAGGED} flagged ads, folded: ${height} px at ${POPUP.width} px wide`);
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-compact.png'), fullPage: true });
    expect(height).toBeLessThanOrEqual(TWO_SCREENS);
    const scores = await rows.evaluateAll((all) => all.map((row) => Number(row.getAttribute('data-score'))));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const signals = await popup.locator('.ad-signals').evaluateAll((all) => all.map((p) => p.firstChild?.textContent?.split(' · ').length ?? 0));
    expect(Math.max(...signals)).toBeLessThanOrEqual(2);
    expect(await violations(popup)).toEqual([]);
    await popup.close();
  });

  it('a click or Enter opens an ad to its full report: evidence, why, what to ask, and who can help', async () => {
    const popup = await openPopup();
    const first = popup.locator('article.ad-row').first();
    const toggle = first.locator('button.ad-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const body = first.locator('.ad-body');
    expect(await body.isVisible()).toBe(true);
    await body.locator('.flag summary').first().click();
    expect(await body.textContent()).toContain(en.ui['report.why']);
    expect(await body.textContent()).toContain(en.ui['report.ask']);
    expect(await body.locator('.evidence q').count()).toBeGreaterThan(0);
    expect(await body.locator('.help-hint a.tel').count()).toBeGreaterThan(0);
    expect(await violations(popup)).toEqual([]);
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-compact-expanded.png'), fullPage: true });
    // The keyboard: Enter on the focused title folds it again.
    await toggle.focus();
    await popup.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await body.isVisible()).toBe(false);
    await popup.close();
  });
});

describe('"check a text" keeps the pasted text until cleared (issue 14)', () => {
  it('keeps it in the session store when the popup closes, never in the local one; Clear and the quick wipe delete it', async () => {
    const session = () => worker().evaluate(async () => JSON.stringify(await (globalThis as unknown as InExtension).chrome.storage.session.get(null)));
    const local = () => worker().evaluate(async () => JSON.stringify(await (globalThis as unknown as InExtension).chrome.storage.local.get(null)));
    let popup = await openPopup();
    await popup.locator('#tab-check').click();
    await popup.fill('#check-text', OFFER);
    await popup.locator('form button[type="submit"]').click();
    await popup.locator('[aria-live] article.ad .flag').first().waitFor();
    await popup.close();
    // Chrome closes the popup at the first click elsewhere: opened again, the text and its result are there.
    popup = await openPopup();
    await popup.locator('#tab-check').click();
    expect(await popup.inputValue('#check-text')).toBe(OFFER);
    expect(await popup.locator('[aria-live] article.ad .flag').count()).toBeGreaterThan(0);
    expect(await session()).toContain('Hairdressing work in Germany');
    expect(await local()).not.toContain('Hairdressing');
    await popup.getByRole('button', { name: en.ui['check.clear'], exact: true }).click();
    expect(await popup.inputValue('#check-text')).toBe('');
    await expect.poll(session).not.toContain('Hairdressing');
    // The quick wipe removes it too, even while the check tab is open.
    await popup.fill('#check-text', OFFER);
    await expect.poll(session).toContain('Hairdressing');
    await popup.getByRole('button', { name: en.ui['wipe.button'] }).click();
    await popup.getByRole('button', { name: en.ui['wipe.yes'] }).click();
    await popup.locator('.quick-wipe .deleted').waitFor();
    await expect.poll(session).not.toContain('Hairdressing');
    expect(await popup.inputValue('#check-text')).toBe('');
    await popup.close();
    // The wipe also cleared the feed's results: the page is scanned again for the tests below.
    await feed.reload();
    await scrollFeed();
    expect(await badgeText()).toBe(String(FLAGGED));
  });
});

describe('pause (issue 14)', () => {
  it('on this site: marks go at once, the toolbar says paused, the popup says how to resume; resume scans again', async () => {
    const popup = await openPopup();
    expect(await marksOnFeed()).toBeGreaterThan(0);
    await popup.getByRole('button', { name: en.ui['pause.site'] }).click();
    await expect.poll(marksOnFeed, { timeout: 5000 }).toBe(0);
    await expect.poll(badgeText).toBe('⏸');
    const status = popup.locator('.paused [role="status"]');
    expect(await status.textContent()).toContain(en.ui['pause.siteOn'].replace('{site}', '127.0.0.1'));
    expect(await status.textContent()).toContain(en.ui['pause.howToResume']);
    expect(await popup.locator('article.ad').count()).toBe(0);
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-paused.png') });
    expect(await violations(popup)).toEqual([]);
    // Stored in the local area (not synced), and kept across a reload: the page is not scanned.
    const stored = await worker().evaluate(async () => (await (globalThis as unknown as InExtension).chrome.storage.local.get('settings')).settings as { pausedSites: string[] });
    expect(stored.pausedSites).toEqual(['127.0.0.1']);
    await feed.reload();
    await feed.waitForTimeout(2000);
    expect(await marksOnFeed()).toBe(0);
    expect(await badgeText()).toBe('⏸');
    await popup.getByRole('button', { name: en.ui['pause.resume'] }).click();
    await expect.poll(marksOnFeed, { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(badgeText, { timeout: 30_000 }).toMatch(/^\d+$/);
    await popup.locator('article.ad').first().waitFor();
    await popup.close();
  });

  it('everywhere: the page stops too and the popup says so; resume counts its ads again', async () => {
    const popup = await openPopup();
    await popup.getByRole('button', { name: en.ui['pause.everywhere'] }).click();
    await expect.poll(marksOnFeed, { timeout: 5000 }).toBe(0);
    await expect.poll(badgeText).toBe('⏸');
    expect(await popup.locator('.paused [role="status"]').textContent()).toContain(en.ui['pause.everywhereOn']);
    await popup.getByRole('button', { name: en.ui['pause.resume'] }).click();
    await expect.poll(badgeText, { timeout: 30_000 }).toMatch(/^\d+$/);
    await popup.close();
  });
});

/** How many side panels of Faro are open: the panel is no tab, the browser lists it among the extension's contexts. */
const sidePanels = () =>
  worker().evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { runtime: { getContexts(filter: object): Promise<unknown[]> } } };
    return (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).length;
  });

describe('the side panel, named in the popup (issue 14)', () => {
  it('offers it where the browser has the API, and opens it from the click', async () => {
    expect(await sidePanels()).toBe(0);
    const popup = await openPopup();
    const button = popup.getByRole('button', { name: en.ui['action.sidePanel'] });
    expect(await button.count()).toBe(1);
    await button.click();
    await expect.poll(sidePanels, { timeout: 5000 }).toBe(1);
    // Closed again for the badge's test below (Chrome 141+ closes a panel from the extension).
    await worker().evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { windows: { getAll(): Promise<Array<{ id?: number }>> }; sidePanel: { close(o: object): Promise<void> } } };
      for (const window of await chrome.windows.getAll()) await chrome.sidePanel.close({ windowId: window.id }).catch(() => undefined);
    });
    await expect.poll(sidePanels, { timeout: 5000 }).toBe(0);
    if (!popup.isClosed()) await popup.close();
  });
});

describe('the badge’s panel links to the ad’s details and help (issue 14)', () => {
  it('"details and help" opens the side panel on that ad, with whom to call', async () => {
    expect(await sidePanels()).toBe(0);
    await feed.bringToFront();
    await feed.evaluate(() => window.scrollTo(0, 0));
    const badge = feed.locator('faro-badge').first();
    const key = await badge.evaluate((el) => el.closest('[data-faro-level]')?.getAttribute('data-id') ?? '');
    const box = (await badge.boundingBox())!;
    await feed.mouse.click(box.x + 10, box.y + box.height / 2);
    // The panel's close button has the focus (closed shadow root: reached by keyboard, as a person would).
    await feed.keyboard.press('Tab');
    await feed.keyboard.press('Enter');
    await expect.poll(sidePanels, { timeout: 5000 }).toBe(1);
    const focus = await worker().evaluate(async () => (await (globalThis as unknown as InExtension).chrome.storage.session.get('panelFocus')).panelFocus as { tabId: number; key: string });
    expect(focus.tabId).toBe(tabId);
    // The panel (here opened in a tab of its own on the same tab) opens that ad, with the helplines.
    const panel = await browser.openExtensionPage(`sidepanel.html?tabId=${tabId}`, { width: 360, height: 700 });
    const row = panel.locator(`article.ad-row[data-key="${focus.key}"]`);
    await row.waitFor();
    expect(await row.locator('button.ad-toggle').getAttribute('aria-expanded')).toBe('true');
    expect(await row.locator('.help-hint a.tel').count()).toBeGreaterThan(0);
    expect(await panel.locator('button.ad-toggle[aria-expanded="true"]').count()).toBe(1);
    console.log(`  badge of card ${key} → side panel on ad ${focus.key}`);
    await panel.screenshot({ path: join(ARTIFACTS, 'sidepanel-focused.png') });
    await panel.close();
  });
});

