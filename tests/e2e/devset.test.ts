import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockOtherNetwork, launch, serveDirectories, type ExtensionBrowser, type StaticServer } from '../../scripts/extension-browser';
import { DEVSET_PAGES, expectAsLabelled, judgePage, labels, reportDevset, type Row } from './devset-labels';

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
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.origin}/devset/${file}`);
    const pageRows = await judgePage(page, file, () => page.mouse.wheel(0, 3000));
    rows.push(...pageRows);
    await page.close();
    expect(errors).toEqual([]);
    expectAsLabelled(pageRows);
  });
});
