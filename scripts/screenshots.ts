/**
 * `npm run screenshots`: the README's pictures, taken again from the built extension in headless
 * Chromium and written to docs/screenshots/ (issue 14: the checked-in ones had gone stale). It builds the
 * local test build (`--no-build` to take the one in .output), opens the demo page of fictional ads and the
 * devset's listings, and photographs what a person sees: the welcome page Faro opens on install, the
 * badged page, the popup (its compact list, and one ad opened), its help tab, the options and the
 * dashboard's linked ads. Pages and names are fixed, so that a run changes a picture only when what it
 * shows changed. Look at them before committing.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, SHARED, blockOtherNetwork, launch, serveDirectories, tabIdOf, type ExtensionBrowser } from './extension-browser';

const OUT = join(ROOT, 'docs', 'screenshots');
const POPUP = { width: 380, height: 640 };
/** What the options page writes when the person turns the history on (utils/casework/history-settings.ts). */
const HISTORY_ON = { enabled: true, keep: 'risky', retentionDays: 90 };
/** The helplines shown: Italy's (the demo ads are set there). */
const COUNTRY = 'IT';

type Shot = (browser: ExtensionBrowser, origin: string) => Promise<void>;

const save = (page: Page, name: string, fullPage = true) => page.screenshot({ path: join(OUT, name), fullPage, animations: 'disabled' });

/** A page opened in a new tab, once Faro has marked its ads (and, for a feed, once every card has loaded). */
async function marked(browser: ExtensionBrowser, url: string, scroll = false): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.waitForSelector('[data-faro-level]', { timeout: 20_000 });
  for (let i = 0; scroll && i < 20; i++) {
    await page.mouse.wheel(0, 3000);
    await page.waitForTimeout(200);
  }
  // The last batches of a long page are still being drawn a moment after the first mark.
  await page.waitForTimeout(1500);
  return page;
}

/** The tab Faro opened by itself on install. */
async function welcomeTab(browser: ExtensionBrowser): Promise<Page> {
  for (let i = 0; i < 200; i++) {
    const page = browser.context.pages().find((p) => p.url().endsWith('/welcome.html'));
    if (page) return page;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('Faro opened no welcome page on install');
}

const shots: Record<string, Shot> = {
  async welcome(browser) {
    const page = await welcomeTab(browser);
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.selectOption('#help-country', COUNTRY);
    await save(page, 'welcome.png');
    await page.close();
  },

  async demo(browser, origin) {
    const url = `${origin}/demo/demo.html`;
    const page = await marked(browser, url);
    await save(page, 'demo-page.png');
    // The first badge's panel open: what the page itself says about an ad.
    const badge = await page.locator('faro-badge').first().boundingBox();
    if (badge) await page.mouse.click(badge.x + 10, badge.y + badge.height / 2);
    await page.waitForTimeout(300);
    await save(page, 'page-badged.png', false);
    const tabId = await tabIdOf(browser.worker!, url);
    const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`, POPUP);
    await popup.waitForSelector('article.ad');
    // The compact list (issue 14): one row per ad, then the first opened to its full report.
    await save(popup, 'demo-popup.png');
    await popup.locator('button.ad-toggle').first().click();
    await popup.locator('.ad-body .flag summary').first().click();
    await save(popup, 'demo-popup-expanded.png');
    await popup.locator('#tab-help').click();
    await popup.waitForSelector('#help-country');
    await popup.selectOption('#help-country', COUNTRY);
    await popup.waitForSelector('a.tel');
    await save(popup, 'popup-help.png', false);
    await popup.close();
    await page.close();
  },

  async options(browser) {
    const page = await browser.openExtensionPage('options.html', { width: 800, height: 900 });
    await page.waitForSelector('h1');
    await save(page, 'options.png');
    await page.close();
  },

  async dashboard(browser, origin) {
    await browser.worker!.evaluate((history) => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } };
      return chrome.storage.local.set({ history });
    }, HISTORY_ON);
    const pages = [await marked(browser, `${origin}/devset/classifieds-listing.html`), await marked(browser, `${origin}/devset/infinite-scroll.html`, true)];
    const page = await browser.openExtensionPage('dashboard.html', { width: 1280, height: 900 });
    await page.locator('#tab-clusters').click();
    await page.waitForSelector('[data-cluster-id]', { timeout: 10_000 });
    await save(page, 'dashboard-clusters.png');
    for (const p of [page, ...pages]) await p.close();
  },
};

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (!args.includes('--no-build')) execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: ROOT, stdio: 'inherit' });
  mkdirSync(OUT, { recursive: true });
  const server = await serveDirectories({ demo: join(ROOT, 'scripts'), devset: join(SHARED, 'devset', 'pages') });
  // A fresh profile each time: Faro is installed anew, so its welcome page opens as it does for a person.
  const browser = await launch();
  try {
    await blockOtherNetwork(browser.context, server.origin);
    for (const [name, shot] of Object.entries(shots)) {
      await shot(browser, server.origin);
      console.log(`${name}: done`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`Pictures in ${OUT}: look at them before committing.`);
}

await main();
