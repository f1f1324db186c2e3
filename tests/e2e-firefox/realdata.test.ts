import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED, serveDirectories, type StaticServer } from '../../scripts/extension-browser';
import { REAL_LISTING_CARDS, markedSummary } from '../e2e/levels';
import { launchFirefox, type FirefoxWithExtension } from './firefox';

const PAGES = join(SHARED, 'realdata', 'pages');

let firefox: FirefoxWithExtension;
let server: StaticServer;
const figures: string[] = [];

beforeAll(async () => {
  server = await serveDirectories({ real: PAGES });
  firefox = await launchFirefox();
});

afterAll(async () => {
  const refused = new Set(firefox?.refused);
  await firefox?.close();
  await server?.close();
  console.log(`real pages in Firefox:\n${figures.join('\n')}\n  requests refused to ${refused.size} other hosts`);
});

describe('Firefox: real saved pages, cards found and marked, no errors from the extension', () => {
  it.each(readdirSync(PAGES).filter((f) => f.endsWith('.html')))('%s', async (file) => {
    const page = await firefox.newPage();
    const before = firefox.extensionErrors.length;
    await page.goto(`${server.origin}/real/${file}`, { waitUntil: 'load' });
    const { marked, line } = await markedSummary(page, file);
    figures.push(line);
    await page.close();
    expect(marked).toBeGreaterThanOrEqual(REAL_LISTING_CARDS[file] ?? 1);
    expect(firefox.extensionErrors.slice(before)).toEqual([]);
  });
});
