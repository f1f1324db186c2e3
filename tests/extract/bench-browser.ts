/**
 * Browser timing of extractAds (a benchmark, not a test: the machine is shared and noisy).
 * Bundles utils/extract with esbuild, opens every saved page in headless Chromium with the network
 * blocked and scripts off, and prints the median time of repeated extractions per page.
 *   npx tsx tests/extract/bench-browser.ts
 */
import { build } from 'esbuild';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const RUNS = 25;
const dirs = ['../../../shared/devset/pages/', '../../../shared/realdata/pages/'].map((d) => new URL(d, import.meta.url));

const bundle = await build({
  entryPoints: [fileURLToPath(new URL('../../utils/extract/index.ts', import.meta.url))],
  bundle: true,
  minify: true,
  format: 'iife',
  globalName: 'FaroExtract',
  write: false,
});
const code = bundle.outputFiles[0]!.text;
console.log(`extractor bundle: ${(code.length / 1024).toFixed(1)} KB minified`);

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const context = await browser.newContext({ javaScriptEnabled: true });
await context.route('**/*', (route) => (route.request().url().startsWith('http://faro.test/') ? route.continue() : route.abort()));
const page = await context.newPage();
for (const dir of dirs) {
  for (const name of readdirSync(fileURLToPath(dir)).filter((n) => n.endsWith('.html'))) {
    // The page's own scripts are stripped so that only the extractor runs on a static DOM.
    const html = readFileSync(new URL(name, dir), 'utf8').replace(/<script\b(?![^>]*ld\+json)[^>]*>[\s\S]*?<\/script>/gi, '');
    await page.route('http://faro.test/page', (route) => route.fulfill({ contentType: 'text/html', body: html }));
    await page.goto('http://faro.test/page');
    await page.addScriptTag({ content: code });
    const result = await page.evaluate((runs) => {
      const api = (window as unknown as { FaroExtract: { extractAds: (d: Document, o?: object) => Array<{ text: string }> } }).FaroExtract;
      const times: number[] = [];
      let ads = 0;
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        ads = api.extractAds(document).length;
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      return { ads, median: times[times.length >> 1]!, max: times[times.length - 1]!, elements: document.getElementsByTagName('*').length };
    }, RUNS);
    console.log(`${name.padEnd(38)} ${String(result.ads).padStart(4)} ads  ${String(result.elements).padStart(5)} elements  median ${result.median.toFixed(2)} ms  max ${result.max.toFixed(2)} ms`);
    await page.unroute('http://faro.test/page');
  }
}
await browser.close();
