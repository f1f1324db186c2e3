import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDirectories, type StaticServer } from '../../scripts/extension-browser';
import { DEVSET_PAGES, cardSelector, judge, labels, reportDevset, type Row } from '../e2e/devset-labels';
import { levelsOf } from '../e2e/levels';
import { launchFirefox, type FirefoxWithExtension } from './firefox';

const rows: Row[] = [];

let firefox: FirefoxWithExtension;
let server: StaticServer;

beforeAll(async () => {
  server = await serveDirectories({ devset: DEVSET_PAGES });
  firefox = await launchFirefox();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
  reportDevset(rows, 'e2e-firefox-devset.json', 'devset pages in Firefox');
});

describe('Firefox: devset pages, each card marked at its labelled level', () => {
  it.each(Object.keys(labels))('%s', async (file) => {
    const cards = labels[file]!;
    const page = await firefox.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${server.origin}/devset/${file}`);
    // Infinite scroll: the page adds cards as it is scrolled; keep scrolling until every labelled card is there.
    const present = () => page.evaluate((sel) => document.querySelectorAll(sel).length, cards.map(cardSelector).join(','));
    for (let i = 0; i < 40 && (await present()) < cards.length; i++) {
      await page.mouse.wheel({ deltaY: 3000 });
      await new Promise((ok) => setTimeout(ok, 200));
    }
    const pageRows = judge(file, cards, await levelsOf(page, cards.map(cardSelector)));
    rows.push(...pageRows);
    await page.close();
    expect(errors).toEqual([]);
    expect(firefox.extensionErrors).toEqual([]);
    // Every card found and marked, whatever the rules say of it.
    expect(pageRows.filter((r) => r.found === 'unmarked').map((r) => r.id)).toEqual([]);
    // Levels as labelled, as in Chromium.
    expect(pageRows.filter((r) => !r.ok).map((r) => `${r.id} expected ${r.expected}, found ${r.found}`)).toEqual([]);
  });
});
