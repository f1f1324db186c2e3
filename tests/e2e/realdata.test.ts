import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED, blockOtherNetwork, launch, serveDirectories, type ExtensionBrowser, type StaticServer } from '../../scripts/extension-browser';
import { REAL_LISTING_CARDS, markedSummary } from './levels';

const PAGES = join(SHARED, 'realdata', 'pages');

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
    const { marked, line } = await markedSummary(page, file);
    figures.push(line);
    await page.close();
    expect(marked).toBeGreaterThanOrEqual(REAL_LISTING_CARDS[file] ?? 1);
    expect(extensionErrors.slice(before)).toEqual([]);
  });
});
