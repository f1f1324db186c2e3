import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED, serveDirectories, type StaticServer } from '../../scripts/extension-browser';
import { settledMarkCount } from '../e2e/levels';
import { launchFirefox, type FirefoxWithExtension } from './firefox';

const PAGES = join(SHARED, 'realdata', 'pages');
/** The listing pages the generic card detector must read (issue 3): at least this many cards each. */
const LISTINGS: Record<string, number> = { 'kleinanzeigen.html': 10, 'listing_search_ppa_nyc_121212.html': 10 };

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
    const marked = await settledMarkCount(page);
    const levels = await page.$$eval('[data-faro-level]', (els) => els.map((el) => el.getAttribute('data-faro-level')));
    const count = (level: string) => levels.filter((l) => l === level).length;
    figures.push(`  ${file}: ${marked} marked (low ${count('low')}, medium ${count('medium')}, high ${count('high')})`);
    await page.close();
    expect(marked).toBeGreaterThanOrEqual(LISTINGS[file] ?? 1);
    expect(firefox.extensionErrors.slice(before)).toEqual([]);
  });
});
