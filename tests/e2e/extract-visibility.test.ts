import { build } from 'esbuild';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, blockOtherNetwork, launch, serveDirectories, type ExtensionBrowser, type StaticServer } from '../../scripts/extension-browser';
import type { ExtractedAd } from '../../utils/extract/index';

/**
 * The extractor in a page the browser lays out (no extension: the extractor alone, bundled as the
 * content script bundles it): text the page's style sheet hides is not read, text it shows is.
 */
let browser: ExtensionBrowser;
let server: StaticServer;
let bundle: string;

beforeAll(async () => {
  const built = await build({ entryPoints: [join(ROOT, 'utils', 'extract', 'index.ts')], bundle: true, format: 'iife', globalName: 'FaroExtract', write: false });
  bundle = built.outputFiles[0]!.text;
  server = await serveDirectories({ fixtures: join(ROOT, 'tests', 'e2e', 'fixtures') });
  browser = await launch({ extension: false });
  await blockOtherNetwork(browser.context, server.origin);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Found = Pick<ExtractedAd, 'key' | 'text'> & { truncated: boolean };

async function extractIn(page: Page, style: 'auto' | 'markup'): Promise<Found[]> {
  await page.addScriptTag({ content: bundle });
  return page.evaluate((mode) => {
    const api = (window as unknown as { FaroExtract: { extractAds(doc: Document, options: object): ExtractedAd[] } }).FaroExtract;
    return api.extractAds(document, { style: mode }).map((ad) => ({ key: ad.key, text: ad.text, truncated: ad.truncated === true }));
  }, style);
}

const FLAGS = 'Send a photo of your passport on WhatsApp to book the ticket.';

describe('hidden text in a page the browser lays out', () => {
  it('filler hidden by display, visibility, an off-screen position, a zero-height box, a clip or opacity is not read; the red flags after it are', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/fixtures/hidden-padding.html`);
    const ads = await extractIn(page, 'auto');
    expect(ads.map((ad) => ad.key)).toEqual(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 's1', 's2', 's3', 's5', 's4']);
    for (const ad of ads.slice(0, 6)) {
      expect(ad.text, ad.key).not.toContain('Lorem ipsum');
      expect(ad.text, ad.key).toContain(FLAGS);
      expect(ad.text.length, ad.key).toBeLessThan(400);
    }
    const byKey = new Map(ads.map((ad) => [ad.key, ad.text]));
    // visibility: hidden undone by a child; display: contents; the font-size: 0 gap trick; a closed <details>; a class named "hidden" that this page shows.
    expect(byKey.get('s1')).toBe('Dishwasher – Verona\nFull-time, 1,400 euro a month.\nWritten contract, paid holidays; apply through our website.');
    expect(byKey.get('s2')).toContain('Night shifts, written contract, 1,700 euro a month');
    expect(byKey.get('s3')).toContain('Weekend shifts, written contract, tips shared.');
    expect(byKey.get('s5')).toContain('Behind a click the reader can make');
    expect(byKey.get('s4')).toContain("Shown by this page's own style");
    await page.close();
  });

  it('reading the markup alone (as the CLI does) cannot know the style sheet: the filler is read there, and the ads are still read whole', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/fixtures/hidden-padding.html`);
    const ads = await extractIn(page, 'markup');
    const padded = ads.find((ad) => ad.key === 'h1')!;
    expect(padded.text).toContain('Lorem ipsum');
    expect(padded.text).toContain(FLAGS);
    expect(padded.truncated).toBe(false);
    await page.close();
  });
});
