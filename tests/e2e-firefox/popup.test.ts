import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { ARTIFACTS } from '../../scripts/extension-browser';
import { levelOfNewCopy } from '../e2e/levels';
import { openBadgedListing, tabIdOf, type BadgedListing, type FirefoxWithExtension } from './firefox';
import type { InExtension } from '../e2e/extension-api';

/** Scenario 1 of the guide: an offer received by message, pasted into "check a text". */
const PASTED_OFFER =
  'Hairdressing work in Germany, 2500 euro a month. Travel and room arranged by the agency, to be repaid from your first salaries. ' +
  'Pay a registration fee of 200 euro before travel. Send a photo of your passport on WhatsApp to book the ticket.';

let setup: BadgedListing;
let firefox: FirefoxWithExtension;
let listing: Page;
let listingUrl: string;
let popup: Page;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  setup = await openBadgedListing();
  ({ firefox, listing, listingUrl } = setup);
  popup = await firefox.openExtensionPage(`popup.html?tabId=${setup.tabId}`);
  await popup.setViewport({ width: 380, height: 600 });
});

afterAll(async () => {
  await setup?.close();
});

describe('Firefox: popup on a badged tab', () => {
  it('has the listed sites and localhost granted at install', async () => {
    const origins = await popup.evaluate(async () => {
      return (await (globalThis as unknown as InExtension).browser.permissions.getAll()).origins ?? [];
    });
    expect(origins).toEqual(expect.arrayContaining(['http://127.0.0.1/*', '*://*.kleinanzeigen.de/*']));
  });

  it('lists the flagged ads, one row each; a row opens to its flags, explanations and evidence', async () => {
    await popup.waitForSelector('article.ad');
    expect((await popup.$$('article.ad-high, article.ad-medium')).length).toBeGreaterThan(0);
    expect(await popup.$('.ad-body:not([hidden])')).toBeNull();
    await popup.click('article.ad button.ad-toggle');
    const firstFlag = (await popup.$('.ad-body:not([hidden]) .flag summary'))!;
    expect((await firstFlag.evaluate((el) => el.textContent))?.trim()).toBeTruthy();
    await firstFlag.click();
    await popup.waitForSelector('.flag details[open] p');
    expect((await popup.$$('.evidence q')).length).toBeGreaterThan(0);
    await popup.screenshot({ path: join(ARTIFACTS, 'firefox-popup-page.png'), fullPage: true });
  });

  it('shows on the toolbar icon how many ads of the tab are at medium or high', async () => {
    const onPage = (await listing.$$('[data-faro-level="medium"], [data-faro-level="high"]')).length;
    expect(onPage).toBeGreaterThan(0);
    const text = await popup.evaluate(async (tabId) => {
      return (globalThis as unknown as InExtension).browser.action.getBadgeText({ tabId });
    }, await tabIdOf(popup, listingUrl));
    expect(text).toBe(String(onPage));
  });

  it('shows the hotlines with click-to-call links and the emergency number', async () => {
    await (await popup.$$('[role="tab"]'))[2]!.click();
    await popup.select('#help-country', 'IT');
    await popup.waitForSelector('a.tel[href="tel:800290290"]');
    expect((await popup.$$('a.tel[href="tel:112"]')).length).toBe(1);
  });

  it('checks a pasted text locally', async () => {
    await (await popup.$$('[role="tab"]'))[1]!.click();
    await popup.type('#check-text', PASTED_OFFER);
    await popup.click('form button[type="submit"]');
    await popup.waitForSelector('[aria-live] article.ad .flag');
  });

  it('keeps the pasted text when the popup closes and opens again, in the session area only (issue 14)', async () => {
    const page = await firefox.openExtensionPage('popup.html');
    await page.click('#tab-check');
    expect(await page.$eval('#check-text', (el) => (el as HTMLTextAreaElement).value)).toBe(PASTED_OFFER);
    expect(await page.$('[aria-live] article.ad .flag')).not.toBeNull();
    const stored = await page.evaluate(async () => {
      const { browser } = globalThis as unknown as InExtension;
      return { session: JSON.stringify(await browser.storage.session.get(null)), local: JSON.stringify(await browser.storage.local.get(null)) };
    });
    expect(stored.session).toContain('Hairdressing work in Germany');
    expect(stored.local).not.toContain('Hairdressing');
    await page.close();
  });

  it('the badge’s "details and help" reaches Faro for that tab; Firefox keeps its sidebar closed, as no page may open it (issue 14)', async () => {
    const isOpen = () => popup.evaluate(() => (globalThis as unknown as { browser: { sidebarAction: { isOpen(details: object): Promise<boolean> } } }).browser.sidebarAction.isOpen({}));
    const focus = () => popup.evaluate(async () => JSON.stringify(await (globalThis as unknown as InExtension).browser.storage.session.get('panelFocus')));
    expect(await focus()).toBe('{}');
    await listing.bringToFront();
    await listing.evaluate(() => window.scrollTo(0, 0));
    const box = (await (await listing.waitForSelector('faro-badge'))!.boundingBox())!;
    await listing.mouse.click(box.x + 10, box.y + box.height / 2);
    // The panel's close button has the focus; the next is "details and help".
    await listing.keyboard.press('Tab');
    await listing.keyboard.press('Enter');
    const deadline = Date.now() + 5000;
    while ((await focus()) === '{}' && Date.now() < deadline) await new Promise((ok) => setTimeout(ok, 200));
    expect(await focus()).toContain(`"tabId":${await tabIdOf(popup, listingUrl)}`);
    expect(await isOpen()).toBe(false);
    await listing.keyboard.press('Escape');
  });

  it('names the sidebar and opens it from the click (issue 14)', async () => {
    const isOpen = () => popup.evaluate(() => (globalThis as unknown as { browser: { sidebarAction: { isOpen(details: object): Promise<boolean> } } }).browser.sidebarAction.isOpen({}));
    expect(await isOpen()).toBe(false);
    // A popup of its own: once the sidebar is open, the popup closes to make way for it.
    const page = await firefox.openExtensionPage('popup.html');
    const [button] = await page.$$('xpath/.//button[normalize-space()="Open in side panel"]');
    expect(button).toBeDefined();
    await button!.click();
    const deadline = Date.now() + 5000;
    while (!(await isOpen()) && Date.now() < deadline) await new Promise((ok) => setTimeout(ok, 200));
    expect(await isOpen()).toBe(true);
  });

  it('pauses on this site: the marks go at once, the toolbar says paused; resume draws them again (issue 14)', async () => {
    const marks = () => listing.evaluate(() => document.querySelectorAll('[data-faro-level], faro-badge').length);
    const badgeText = () => popup.evaluate((id) => (globalThis as unknown as InExtension).browser.action.getBadgeText({ tabId: id }), tabId);
    const until = async (check: () => Promise<boolean>) => {
      const deadline = Date.now() + 15_000;
      while (!(await check()) && Date.now() < deadline) await new Promise((ok) => setTimeout(ok, 250));
      return check();
    };
    const tabId = await tabIdOf(popup, listingUrl);
    const page = await firefox.openExtensionPage(`popup.html?tabId=${tabId}`);
    await page.waitForSelector('article.ad');
    expect(await marks()).toBeGreaterThan(0);
    const [pause] = await page.$$('xpath/.//button[normalize-space()="Pause on this site"]');
    await pause!.click();
    expect(await until(async () => (await marks()) === 0)).toBe(true);
    expect(await until(async () => (await badgeText()) === '⏸')).toBe(true);
    await page.waitForSelector('.paused [role="status"]');
    const [resume] = await page.$$('xpath/.//button[normalize-space()="Resume"]');
    await resume!.click();
    expect(await until(async () => (await marks()) > 0)).toBe(true);
    expect(await until(async () => /^\d+$/.test(await badgeText()))).toBe(true);
    await page.close();
  });

  it('draws a badge whose panel explains the ad, and screenshots the badged page', async () => {
    await listing.bringToFront();
    await listing.evaluate(() => window.scrollTo(0, 0));
    const badge = (await listing.waitForSelector('faro-badge'))!;
    const box = (await badge.boundingBox())!;
    expect(box).not.toBeNull();
    await listing.mouse.click(box.x + 10, box.y + box.height / 2);
    await listing.screenshot({ path: join(ARTIFACTS, 'firefox-page-badged.png') });
    // The page's own text is untouched: the badge lives in a shadow root, not in the card's text.
    expect(await listing.$eval('[data-job-id="48219"]', (el) => el.textContent?.includes('Faro'))).toBe(false);
  });

  it('opens the options page', async () => {
    const options = await firefox.openExtensionPage('options.html');
    await options.waitForSelector('h1');
    await options.close();
  });

  it('scanning again on request injects the manifest’s script, and the new copy takes over without drawing twice', async () => {
    const badges = (await listing.$$('faro-badge')).length;
    expect(badges).toBeGreaterThan(0);
    const page = await firefox.openExtensionPage('popup.html');
    const tabId = await tabIdOf(page, listingUrl);
    // What the toolbar button and the shortcut do: the background's scanTab, through scripting.executeScript.
    const reply = await page.evaluate(async (id) => {
      return (globalThis as unknown as InExtension).browser.runtime.sendMessage<unknown, { ok: boolean }>({ faro: 'scanTab', data: { tabId: id } });
    }, tabId);
    await page.close();
    expect(reply.ok).toBe(true);
    expect(await levelOfNewCopy(listing, 'added-after-rescan')).toMatch(/^(medium|high)$/);
    const deadline = Date.now() + 20_000;
    while ((await listing.$$('faro-badge')).length !== badges + 1 && Date.now() < deadline) await new Promise((ok) => setTimeout(ok, 250));
    await new Promise((ok) => setTimeout(ok, 1000));
    expect((await listing.$$('faro-badge')).length).toBe(badges + 1);
  });

  it('says when the user has turned off Faro’s access to a listed site, and offers to allow it again', async () => {
    const noNotice = await popup.$('.site-access');
    expect(noNotice).toBeNull();
    const page = await firefox.openExtensionPage('popup.html');
    const tabId = await tabIdOf(page, listingUrl);
    // What Firefox's per-site add-on permission does when switched off (Chrome cannot revoke its required sites from a script).
    const removed = await page.evaluate(async (origin) => {
      return (globalThis as unknown as InExtension).browser.permissions.remove({ origins: [`${origin}/*`] });
    }, new URL(listingUrl).origin.replace(/:\d+$/, ''));
    expect(removed).toBe(true);
    await page.close();
    const reopened = await firefox.openExtensionPage(`popup.html?tabId=${tabId}`);
    const notice = (await reopened.waitForSelector('.site-access'))!;
    expect(await notice.evaluate((el) => el.textContent)).toContain('does not let Faro read this site');
    expect(await reopened.$('.site-access button')).not.toBeNull();
    await reopened.setViewport({ width: 380, height: 600 });
    await reopened.screenshot({ path: join(ARTIFACTS, 'firefox-popup-site-access.png') });
    await reopened.close();
  });

  it('raised no error in the extension', () => {
    expect(firefox.extensionErrors).toEqual([]);
  });
});
