import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { blockOtherNetwork, launch, serveDirectories, tabIdOf, type ExtensionBrowser, type StaticServer } from '../../scripts/extension-browser';
import { MAX_AD_TEXT } from '../../utils/extract/text';
import type { TabState } from '../../utils/messaging';
import { HEAVY_ADS, navigationStart, noteVerdictTimes, readVerdictTimes, writeTabPages } from '../../scripts/tab-fairness';
import type { InExtension } from './extension-api';

/**
 * Issue 12, point 1: the engine runs in a worker (Chrome: started by an offscreen document) behind a queue
 * that is fair between tabs, so a tab of slow ads does not hold back another tab's verdicts. The times
 * themselves are measured by `npm run bench:tabs`; this test holds the order, which a first-come queue breaks.
 */
let browser: ExtensionBrowser;
let server: StaticServer;
let pages: ReturnType<typeof writeTabPages>;

beforeAll(async () => {
  pages = writeTabPages();
  // One ad half as long again as Faro reads: the page keeps its start and end, and the report must say so.
  const filler = 'The shifts are agreed in advance and the team is friendly. '.repeat(Math.ceil((MAX_AD_TEXT * 1.5) / 59));
  writeFileSync(
    join(pages.dir, 'long.html'),
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Warehouse job</title></head><body><main><article><h1>Warehouse job</h1><p>No experience needed, 3000 euro a month. Send a photo of your passport on WhatsApp. ${filler} Apply today.</p></article></main></body></html>`,
  );
  server = await serveDirectories({ tabs: pages.dir });
  browser = await launch();
  await blockOtherNetwork(browser.context, server.origin);
  await browser.context.addInitScript(noteVerdictTimes);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  pages?.remove();
});

/** Whether the extension's offscreen document (the engine's worker) is open, asked from the service worker. */
async function offscreenOpen(): Promise<boolean> {
  return browser.worker!.evaluate(async () => {
    const { chrome } = globalThis as unknown as InExtension;
    return (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length > 0;
  });
}

/** The page's verdict times on the test's clock (ms since the epoch). */
async function verdictsOf(page: Page): Promise<number[]> {
  const start = await page.evaluate(navigationStart);
  return (await page.evaluate(readVerdictTimes)).map((t) => start + t);
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

describe('analysis off the message path, fair between tabs (Chromium)', () => {
  it('opens no offscreen document before any ad arrives (it is opened on demand)', async () => {
    expect(await offscreenOpen()).toBe(false);
  });

  it('another tab’s first verdict arrives before the last verdict of a tab of twelve 20,000-character space-free ads', async () => {
    const heavy = await browser.context.newPage();
    await heavy.goto(`${server.origin}/tabs/heavy.html`);
    // The heavy page's ads have reached the engine (only that page is open) and none is answered yet.
    await until('the offscreen document', offscreenOpen);
    expect(await verdictsOf(heavy)).toEqual([]);

    const light = await browser.context.newPage();
    await light.goto(`${server.origin}/tabs/light.html`);
    await until('both pages’ verdicts', async () => (await verdictsOf(light)).length > 0 && (await verdictsOf(heavy)).length === HEAVY_ADS);

    const lightFirst = Math.min(...(await verdictsOf(light)));
    const heavyLast = Math.max(...(await verdictsOf(heavy)));
    console.log(`  light tab's first verdict ${Math.round(heavyLast - lightFirst)} ms before the heavy tab's last`);
    expect(lightFirst).toBeLessThan(heavyLast);
    await heavy.close();
    await light.close();
  });

  it('closes the offscreen document (and with it the engine’s worker) once no ad came for 20 s', async () => {
    expect(await offscreenOpen()).toBe(true);
    const idleSince = Date.now();
    await until('the offscreen document to close', async () => !(await offscreenOpen()), 45_000);
    expect(Date.now() - idleSince).toBeGreaterThan(10_000);
  });
});

describe('an ad not read whole (Chromium)', () => {
  it('arrives in the report the popup and the side panel get, marked truncated', async () => {
    const page = await browser.context.newPage();
    const url = `${server.origin}/tabs/long.html`;
    await page.goto(url);
    const tabId = await tabIdOf(browser.worker!, url);
    const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    const tab = async () =>
      popup.evaluate(async (id) => {
        const { chrome } = globalThis as unknown as InExtension;
        const reply = (await chrome.runtime.sendMessage({ faro: 'getTab', data: { tabId: id } })) as { ok: boolean; value: TabState | null };
        return reply.value;
      }, tabId);
    await until('the long ad’s report', async () => ((await tab())?.ads.length ?? 0) > 0);
    const ads = (await tab())!.ads;
    expect(ads.map((ad) => [ad.report.truncated, ad.text!.length <= MAX_AD_TEXT])).toEqual([[true, true]]);
    await popup.close();
    await page.close();
  });
});

