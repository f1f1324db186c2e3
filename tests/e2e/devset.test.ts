import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockOtherNetwork, launch, serveDirectories, type ExtensionBrowser, type StaticServer } from '../../scripts/extension-browser';
import { DEVSET_PAGES, cardSelector, judge, labels, reportDevset, type Row } from './devset-labels';
import { levelsOf } from './levels';

const rows: Row[] = [];

let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveDirectories({ devset: DEVSET_PAGES });
  browser = await launch();
  await blockOtherNetwork(browser.context, server.origin);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  reportDevset(rows, 'e2e-devset.json', 'devset pages');
});

describe('devset pages: each card marked at its labelled level', () => {
  it.each(Object.keys(labels))('%s', async (file) => {
    const cards = labels[file]!;
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.origin}/devset/${file}`);
    // Infinite scroll: the page adds cards as it is scrolled; keep scrolling until every labelled card is there.
    for (let i = 0; i < 40 && (await page.locator(cards.map(cardSelector).join(',')).count()) < cards.length; i++) {
      await page.mouse.wheel(0, 3000);
      await page.waitForTimeout(200);
    }
    const pageRows = judge(file, cards, await levelsOf(page, cards.map(cardSelector)));
    rows.push(...pageRows);
    await page.close();
    expect(errors).toEqual([]);
    // Every card found and marked, whatever the rules say of it.
    expect(pageRows.filter((r) => r.found === 'unmarked').map((r) => r.id)).toEqual([]);
    // Levels as labelled: depends on the rules (engine issue), reported in the summary above.
    expect(pageRows.filter((r) => !r.ok).map((r) => `${r.id} expected ${r.expected}, found ${r.found}`)).toEqual([]);
  });
});
