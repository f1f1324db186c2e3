import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, SHARED, blockOtherNetwork, launch, serveDirectories, tabIdOf, type ExtensionBrowser, type StaticServer } from '../../scripts/extension-browser';
import { verifyBundle } from '../../utils/evidence/read';
import { DB_NAME } from '../../utils/history/schema';
import { levelsOf } from './levels';
import type { InExtension } from './extension-api';

/**
 * Scenario 3 and 4 of the guide in a real browser: with history on, the devset listings are browsed, the
 * dashboard shows the shared-phone cluster and the near-duplicate pairs, the cluster is exported and its
 * bundle verifies; the side panel shows a page's report. With history off, nothing reaches IndexedDB.
 */
const PAGES = join(SHARED, 'devset', 'pages');
const labels = JSON.parse(readFileSync(join(PAGES, 'labels.json'), 'utf8')) as Record<string, { id: string; id_attr: string; title: string; categories?: string[]; note?: string }[]>;
const HISTORY_ON = { enabled: true, keep: 'risky', retentionDays: 90 };
const SHARED_PHONE = 'contact:phone:+393296041177';
const title = (file: string, id: string) => labels[file]!.find((c) => c.id === id)!.title;
/** The near-duplicate pairs of infinite-scroll.html, from its labels' notes ("Near-duplicate of is-27 …"). */
const DUPLICATE_PAIRS = labels['infinite-scroll.html']!
  .filter((c) => c.categories?.includes('duplicate-text'))
  .map((c) => [c.id, /Near-duplicate of (\S+)/.exec(c.note ?? '')?.[1] ?? ''].sort())
  .filter(([a], i, all) => all.findIndex(([b]) => b === a) === i);

let server: StaticServer;

/** Opens a devset page and waits until each labelled card is marked; scrolls the feed until all its cards are there. */
async function browse(browser: ExtensionBrowser, file: string): Promise<Page> {
  const cards = labels[file]!.map((c) => `[${c.id_attr}="${c.id}"]`);
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/devset/${file}`);
  for (let i = 0; i < 40 && (await page.locator(cards.join(',')).count()) < cards.length; i++) {
    await page.mouse.wheel(0, 3000);
    await page.waitForTimeout(200);
  }
  await levelsOf(page, cards);
  return page;
}

async function historyDatabases(browser: ExtensionBrowser): Promise<string[]> {
  return browser.worker!.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? ''));
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await serveDirectories({ devset: PAGES });
});

afterAll(async () => {
  await server?.close();
});

describe('casework with history on', () => {
  let browser: ExtensionBrowser;
  let dashboard: Page;
  let listing: Page;

  beforeAll(async () => {
    browser = await launch();
    await blockOtherNetwork(browser.context, server.origin);
    // What the options page writes when the user turns history on (utils/casework/history-settings.ts).
    await browser.worker!.evaluate((history) => {
      return (globalThis as unknown as InExtension).chrome.storage.local.set({ history });
    }, HISTORY_ON);
    listing = await browse(browser, 'classifieds-listing.html');
    await browse(browser, 'infinite-scroll.html');
    dashboard = await browser.openExtensionPage('dashboard.html');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lists the medium and high ads seen on both pages', async () => {
    await dashboard.locator('main.dashboard').waitFor();
    // Fails when the background does not record what it analyses into the history (see utils/casework/record.ts).
    await expect.poll(() => dashboard.locator('.ad-row').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(4 + 11);
    await dashboard.locator('.ad-row-title button').first().click();
    expect(await dashboard.locator('.stored-text mark').count()).toBeGreaterThan(0);
    await dashboard.screenshot({ path: join(ARTIFACTS, 'dashboard-ads.png'), fullPage: false });
  });

  it('draws the export buttons grey while nothing is selected, in the accent colour once an ad is (issue 14)', async () => {
    const exportJson = dashboard.locator('.toolbar').getByRole('button', { name: 'Export evidence (JSON)' });
    const look = () =>
      exportJson.evaluate((button: HTMLButtonElement) => {
        const style = getComputedStyle(button);
        return { disabled: button.disabled, background: style.backgroundColor, color: style.color, cursor: style.cursor, opacity: style.opacity };
      });
    const off = await look();
    expect(off).toMatchObject({ disabled: true, cursor: 'not-allowed', opacity: '1' });
    // A grey face: red, green and blue within a few steps of each other (the enabled one is blue).
    const [r, g, b] = (off.background.match(/\d+/g) ?? []).map(Number);
    expect(Math.max(r!, g!, b!) - Math.min(r!, g!, b!)).toBeLessThan(8);
    await dashboard.locator('.toolbar').screenshot({ path: join(ARTIFACTS, 'dashboard-export-disabled.png') });
    await dashboard.locator('.ad-row input.select').first().check();
    const on = await look();
    expect(on.disabled).toBe(false);
    expect(on.background).not.toBe(off.background);
    expect(on.cursor).toBe('pointer');
    await dashboard.locator('.toolbar').screenshot({ path: join(ARTIFACTS, 'dashboard-export-enabled.png') });
    await dashboard.locator('.ad-row input.select').first().uncheck();
  });

  it('finds the shared-phone cluster of classifieds-listing.html and the near-duplicate pairs of infinite-scroll.html', async () => {
    await dashboard.locator('#tab-clusters').click();
    const phone = dashboard.locator(`[data-cluster-id="${SHARED_PHONE}"]`);
    await phone.waitFor({ timeout: 5000 });
    expect(await phone.locator('.cluster-count').textContent()).toBe('2 ads');
    const phoneTitles = (await phone.locator('.cluster-titles').textContent()) ?? '';
    expect(phoneTitles).toContain(title('classifieds-listing.html', '5509'));
    expect(phoneTitles).toContain(title('classifieds-listing.html', '5513'));
    const duplicates = await dashboard.locator('.cluster-duplicate-text .cluster-titles').allTextContents();
    expect(DUPLICATE_PAIRS).toHaveLength(2);
    for (const [a, b] of DUPLICATE_PAIRS) {
      const pair = [title('infinite-scroll.html', a!), title('infinite-scroll.html', b!)];
      expect(duplicates.some((titles) => pair.every((t) => titles.includes(t))), `pair ${a} + ${b}`).toBe(true);
    }
    await dashboard.screenshot({ path: join(ARTIFACTS, 'dashboard-clusters.png'), fullPage: true });
    await dashboard.setViewportSize({ width: 380, height: 800 });
    await dashboard.screenshot({ path: join(ARTIFACTS, 'dashboard-narrow.png') });
    await dashboard.setViewportSize({ width: 1280, height: 900 });
  });

  it('exports the shared-phone cluster as a bundle whose hashes verify', async () => {
    const phone = dashboard.locator(`[data-cluster-id="${SHARED_PHONE}"]`);
    await phone.waitFor({ timeout: 5000 });
    const [download] = await Promise.all([dashboard.waitForEvent('download'), phone.getByRole('button', { name: 'Export evidence (JSON)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^faro-contact_phone_\+393296041177-\d{8}-\d{6}\.json$/);
    const verified = await verifyBundle(readFileSync((await download.path())!, 'utf8'));
    if (!verified.ok) throw new Error(JSON.stringify(verified.problems));
    expect(verified.bundle.items).toHaveLength(2);
    expect(verified.bundle.items.every((item) => item.url === `${server.origin}/devset/classifieds-listing.html`)).toBe(true);
    expect(verified.bundle.items.every((item) => item.text.includes('329'))).toBe(true);
    expect(verified.bundle.clusters?.map((c) => c.id)).toEqual([SHARED_PHONE]);
  });

  it('dismisses one ad and deletes another after a confirmation, in the browser’s own IndexedDB (issue 14)', async () => {
    await dashboard.locator('#tab-ads').click();
    const stored = () => dashboard.evaluate(async (name) => {
      const db = await new Promise<IDBDatabase>((ok, ko) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => ok(request.result);
        request.onerror = () => ko(request.error);
      });
      const all = await new Promise<{ title?: string; dismissed?: boolean }[]>((ok) => {
        const request = db.transaction('ads').objectStore('ads').getAll();
        request.onsuccess = () => ok(request.result);
      });
      db.close();
      return all.map((r) => ({ title: r.title ?? '', dismissed: r.dismissed === true }));
    }, DB_NAME);
    const before = await stored();
    const rows = dashboard.locator('.ad-row');
    const count = await rows.count();
    const first = rows.nth(0);
    const dismissedTitle = (await first.locator('.ad-row-title').textContent()) ?? '';
    await first.locator('.row-actions').getByRole('button', { name: /^Dismiss/ }).click();
    await expect.poll(() => rows.count()).toBe(count - 1);
    await expect.poll(async () => (await stored()).filter((r) => r.dismissed).length).toBe(1);
    const second = rows.nth(0);
    await second.locator('.row-actions').getByRole('button', { name: /^Delete/ }).click();
    await second.getByRole('button', { name: 'Yes, delete' }).waitFor();
    await dashboard.screenshot({ path: join(ARTIFACTS, 'dashboard-delete-confirm.png') });
    await second.getByRole('button', { name: 'Yes, delete' }).click();
    await expect.poll(() => rows.count()).toBe(count - 2);
    await expect.poll(async () => (await stored()).length).toBe(before.length - 1);
    // The dismissed one is still stored, and shown again among the dismissed ads.
    expect((await stored()).find((r) => r.dismissed)?.title).toBe(dismissedTitle);
    await dashboard.locator('.filter-dismissed input').check();
    await expect.poll(() => dashboard.locator('.ad-row-title').allTextContents()).toEqual([dismissedTitle]);
    await dashboard.screenshot({ path: join(ARTIFACTS, 'dashboard-dismissed.png') });
  });

  it('shows the report of a page in the side panel', async () => {
    const tabId = await tabIdOf(browser.worker!, listing.url());
    const panel = await browser.openExtensionPage(`sidepanel.html?tabId=${tabId}`, { width: 360, height: 800 });
    await panel.locator('article.ad').first().waitFor();
    expect(await panel.locator('article.ad-high, article.ad-medium').count()).toBeGreaterThanOrEqual(4);
    await panel.getByRole('button', { name: 'Next flagged ad' }).click();
    await expect.poll(() => listing.evaluate(() => window.scrollY), { timeout: 5000 }).toBeGreaterThan(0);
    await panel.screenshot({ path: join(ARTIFACTS, 'sidepanel.png') });
  });
});

describe('casework with history off (the default)', () => {
  let browser: ExtensionBrowser;
  let listing: Page;

  beforeAll(async () => {
    browser = await launch();
    await blockOtherNetwork(browser.context, server.origin);
    listing = await browse(browser, 'classifieds-listing.html');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('links the two ads of the listing that share a phone, within the page (popup report of the tab)', async () => {
    const tabId = await tabIdOf(browser.worker!, listing.url());
    const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`, { width: 380, height: 800 });
    await popup.locator('article.ad').first().waitFor();
    for (const id of ['5509', '5513']) {
      const ad = popup.locator('article.ad', { hasText: title('classifieds-listing.html', id) });
      await expect.poll(() => ad.locator('li.flag[data-rule="shared-contact"]').count(), { timeout: 10_000 }).toBe(1);
    }
    // Only those two: no other ad of the page gives that number.
    expect(await popup.locator('li.flag[data-rule="shared-contact"]').count()).toBe(2);
    // With history off, the popup offers no dashboard.
    expect(await popup.locator('.dashboard-link').count()).toBe(0);
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-shared-contact.png'), fullPage: true });
  });

  it('writes nothing to IndexedDB and the dashboard says history is off', async () => {
    const dashboard = await browser.openExtensionPage('dashboard.html');
    await dashboard.locator('.history-off').waitFor();
    expect(await dashboard.locator('.history-off a').getAttribute('href')).toMatch(/options\.html$/);
    await dashboard.screenshot({ path: join(ARTIFACTS, 'dashboard-off.png') });
    expect(await historyDatabases(browser)).toEqual([]);
  });

  it('the options page has the History section, off, with its warning; turning it on is saved', async () => {
    const options = await browser.openExtensionPage('options.html', { width: 800, height: 1000 });
    const toggle = options.locator('#opt-history');
    await toggle.waitFor();
    expect(await toggle.isChecked()).toBe(false);
    expect(await options.locator('.history-options').textContent()).toContain('shared or borrowed computer');
    await options.screenshot({ path: join(ARTIFACTS, 'options.png'), fullPage: true });
    await toggle.check();
    const stored = () =>
      browser.worker!.evaluate(async () => {
        return (await (globalThis as unknown as InExtension).chrome.storage.local.get('history')).history;
      });
    await expect.poll(stored).toMatchObject({ enabled: true });
    // Turned on, the background runs the day's retention, which opens (and so creates) the database.
    await expect.poll(() => historyDatabases(browser), { timeout: 10_000 }).toEqual([DB_NAME]);
    await options.getByRole('button', { name: 'Delete everything now' }).click();
    await options.getByRole('button', { name: 'Yes, delete everything' }).click();
    await options.locator('.deleted').waitFor();
    // Deleting leaves no database behind.
    expect(await historyDatabases(browser)).toEqual([]);
  });
});
