import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { serveDirectories, type StaticServer } from '../../scripts/extension-browser';
import { HEAVY_ADS, navigationStart, noteVerdictTimes, readVerdictTimes, writeTabPages } from '../../scripts/tab-fairness';
import { FIREFOX_EXTENSION_DIR, launchFirefox, type FirefoxWithExtension } from './firefox';

/**
 * Issue 12, point 1, in Firefox: the background page starts the engine's worker itself (no offscreen
 * document there), under the extension's CSP, and its queue is fair between tabs.
 */
let firefox: FirefoxWithExtension;
let server: StaticServer;
let pages: ReturnType<typeof writeTabPages>;

beforeAll(async () => {
  pages = writeTabPages();
  server = await serveDirectories({ tabs: pages.dir });
  firefox = await launchFirefox();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
  pages?.remove();
});

async function open(url: string): Promise<Page> {
  const page = await firefox.newPage();
  await page.evaluateOnNewDocument(noteVerdictTimes);
  await page.goto(url);
  return page;
}

/** The page's verdict times on the test's clock (ms since the epoch). */
async function verdictsOf(page: Page): Promise<number[]> {
  const start = await page.evaluate(navigationStart);
  return (await page.evaluate(readVerdictTimes)).map((t) => start + t);
}

describe('Firefox: analysis in a worker of the background page, fair between tabs', () => {
  it('builds no offscreen document and asks no offscreen permission (Firefox has neither)', () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as { permissions?: string[] };
    expect(manifest.permissions).not.toContain('offscreen');
    expect(statSync(join(FIREFOX_EXTENSION_DIR, 'offscreen.html'), { throwIfNoEntry: false })).toBeUndefined();
    expect(statSync(join(FIREFOX_EXTENSION_DIR, 'analysis-worker.js')).isFile()).toBe(true);
  });

  it('another tab’s first verdict arrives before the last verdict of a tab of twelve 20,000-character space-free ads', async () => {
    const heavy = await open(`${server.origin}/tabs/heavy.html`);
    // Its content script sends the twelve ads once the page is idle; they take seconds to read.
    await sleep(500);
    expect(await verdictsOf(heavy)).toEqual([]);
    const light = await open(`${server.origin}/tabs/light.html`);
    await expect.poll(async () => (await verdictsOf(light)).length > 0 && (await verdictsOf(heavy)).length === HEAVY_ADS, { timeout: 60_000, interval: 100 }).toBe(true);
    const lightFirst = Math.min(...(await verdictsOf(light)));
    const heavyLast = Math.max(...(await verdictsOf(heavy)));
    console.log(`  light tab's first verdict ${Math.round(heavyLast - lightFirst)} ms before the heavy tab's last`);
    expect(lightFirst).toBeLessThan(heavyLast);
  });

  it('raised no error in the extension (the worker loads under the extension’s CSP)', () => {
    expect(firefox.extensionErrors).toEqual([]);
  });
});
