import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDirectories, type StaticServer } from '../../scripts/extension-browser';
import { DEVSET_PAGES, expectAsLabelled, judgePage, labels, reportDevset, type Row } from '../e2e/devset-labels';
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
    const page = await firefox.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${server.origin}/devset/${file}`);
    const pageRows = await judgePage(page, file, () => page.mouse.wheel({ deltaY: 3000 }));
    rows.push(...pageRows);
    await page.close();
    expect(errors).toEqual([]);
    expect(firefox.extensionErrors).toEqual([]);
    expectAsLabelled(pageRows);
  });
});
