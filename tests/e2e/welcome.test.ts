import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import en from '../../locales/en.json';
import it_ from '../../locales/it.json';
import { ARTIFACTS, ROOT, launch, type ExtensionBrowser } from '../../scripts/extension-browser';
import { ICONS, TOOLBAR_ICONS } from '../../utils/icons';
import { LISTED_SITES } from '../../utils/sites';
import { violations } from './axe';

/**
 * Issue 14, first run: the release build (`npm run build`, `.output/chrome-mv3`), installed in a fresh
 * Chromium profile, opens its welcome page by itself, in the browser's language, and its manifest names
 * icons that exist. The e2e build differs from it only by localhost access; this test takes the build
 * people install.
 */
const RELEASE_DIR = join(ROOT, '.output', 'chrome-mv3');

let browser: ExtensionBrowser | undefined;

afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

/** The tab the extension opened by itself on install (nothing in the test opens it). */
async function welcomeTab(context: BrowserContext): Promise<Page> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const page = context.pages().find((p) => p.url().endsWith('/welcome.html'));
    if (page) {
      await page.waitForSelector('h1');
      return page;
    }
    if (Date.now() > deadline) throw new Error(`no welcome tab; open: ${context.pages().map((p) => p.url()).join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Loads each icon through the page, as the browser's toolbar and extensions list would: its decoded width, or 0. */
function iconWidths(page: Page, files: readonly string[]): Promise<Record<string, number>> {
  return page.evaluate(async (paths) => {
    const widths: Record<string, number> = {};
    for (const path of paths) {
      const image = new Image();
      image.src = `/${path}`;
      widths[path] = await image.decode().then(() => image.naturalWidth, () => 0);
    }
    return widths;
  }, files);
}

describe('the welcome page (release build, Chromium)', () => {
  it('opens on install, names icons that exist, and passes axe', async () => {
    browser = await launch({ extensionDir: RELEASE_DIR });
    const page = await welcomeTab(browser.context);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('h1')).toBe(en.ui['welcome.title']);
    expect(await page.locator('[data-testid="welcome-sites"] li').count()).toBe(LISTED_SITES.length);
    // The shortcut as the browser has it, read from the commands API, not written into the page.
    expect(await page.locator('kbd').first().textContent()).toBe('Alt+Shift+F');

    const manifest = await browser.worker!.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): Record<string, unknown> } } }).chrome.runtime.getManifest());
    expect(manifest.icons).toEqual(ICONS);
    expect((manifest.action as { default_icon?: unknown }).default_icon).toEqual(TOOLBAR_ICONS);
    const widths = await iconWidths(page, Object.values(ICONS));
    expect(widths).toEqual(Object.fromEntries(Object.entries(ICONS).map(([size, file]) => [file, Number(size)])));
    // No host permission beyond the listed sites: the release build has no localhost.
    expect(JSON.stringify(manifest)).not.toContain('localhost');

    await page.setViewportSize({ width: 1000, height: 800 });
    expect(await violations(page)).toEqual([]);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'welcome.png'), fullPage: true });
    // Narrow too (a small window or a phone-sized browser): still no violation, nothing cut sideways.
    await page.setViewportSize({ width: 380, height: 700 });
    expect(await violations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);

    // The options page links back to it.
    const options = await browser.openExtensionPage('options.html');
    await options.waitForSelector('h1');
    expect(await options.getAttribute(`a:has-text("${en.ui['options.welcomeLink']}")`, 'href')).toMatch(/\/welcome\.html$/);
  });

  it('speaks the browser’s language: Italian in an Italian Chromium', async () => {
    browser = await launch({ extensionDir: RELEASE_DIR, lang: 'it' });
    const page = await welcomeTab(browser.context);
    expect(await page.getAttribute('html', 'lang')).toBe('it');
    expect(await page.textContent('h1')).toBe(it_.ui['welcome.title']);
    expect(await page.title()).toBe(`Faro – ${it_.ui['welcome.title']}`);
  });
});
