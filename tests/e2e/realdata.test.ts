import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED, blockOtherNetwork, launch, serveDirectories, type ExtensionBrowser, type StaticServer } from '../../scripts/extension-browser';
import { settledMarkCount } from './levels';

const PAGES = join(SHARED, 'realdata', 'pages');
/** The listing pages the generic card detector must read (issue 3): at least this many cards each. */
const LISTINGS: Record<string, number> = { 'kleinanzeigen.html': 10, 'listing_search_ppa_nyc_121212.html': 10 };

let browser: ExtensionBrowser;
let server: StaticServer;
const extensionErrors: string[] = [];
const figures: string[] = [];

beforeAll(async () => {
  server = await serveDirectories({ real: PAGES });
  browser = await launch();
  await blockOtherNetwork(browser.context, server.origin);
  // Errors of the extension: its pages, its service worker, its content script (reported with its URL).
  browser.context.on('console', (message) => {
    if (message.type() === 'error' && message.location().url.startsWith('chrome-extension://')) extensionErrors.push(message.text());
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  console.log(`real pages:\n${figures.join('\n')}`);
});

describe('real saved pages: cards found and marked, no errors from the extension', () => {
  it.each(readdirSync(PAGES).filter((f) => f.endsWith('.html')))('%s', async (file) => {
    const page = await browser.context.newPage();
    const before = extensionErrors.length;
    await page.goto(`${server.origin}/real/${file}`, { waitUntil: 'load' });
    const marked = await settledMarkCount(page);
    const levels = await page.$$eval('[data-faro-level]', (els) => els.map((el) => el.getAttribute('data-faro-level')));
    const count = (level: string) => levels.filter((l) => l === level).length;
    figures.push(`  ${file}: ${marked} marked (low ${count('low')}, medium ${count('medium')}, high ${count('high')})`);
    await page.close();
    expect(marked).toBeGreaterThanOrEqual(LISTINGS[file] ?? 1);
    expect(extensionErrors.slice(before)).toEqual([]);
  });
});
