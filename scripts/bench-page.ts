/**
 * `npm run bench:page`: what the extension costs the page's main thread on saved listing pages,
 * with the extension loaded versus not, in one run (Chrome tracing of the tab's renderer main
 * thread), and the built size of each entrypoint. Figures are printed, never asserted.
 *   Floors (issue 3): content script < 40 KB minified; on a 50-ad listing < 50 ms added main-thread
 *   time and no task over 50 ms.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';
import { ROOT, SHARED, blockOtherNetwork, launch, serveDirectories } from './extension-browser';

const PAGES: Array<[prefix: string, file: string]> = [
  ['devset', 'jobs-listing.html'],
  ['devset', 'classifieds-listing.html'],
  ['devset', 'infinite-scroll.html'],
  ['real', 'kleinanzeigen.html'],
  ['real', 'listing_search_ppa_nyc_121212.html'],
  ['real', 'wgGesucht.html'],
  ['real', 'schwarzesbrett.html'],
];
/** Time given to a page after load for the extension's idle work to finish. */
const SETTLE_MS = 4000;
const RUNS = Number(process.env.RUNS ?? 3);

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string }; beginData?: { url?: string } };
}

interface PageCost {
  /** All main-thread task time of the tab's renderer, ms. */
  total: number;
  longest: number;
  /** Tasks that ran extension code (content script), ms. */
  extension: number;
  extensionLongest: number;
  marked: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function measure(context: BrowserContext, url: string): Promise<PageCost> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,toplevel,v8',
    transferMode: 'ReportEvents',
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const marked = await page.locator('[data-faro-level]').count();
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  return costOf(events, url, marked);
}

function costOf(events: TraceEvent[], url: string, marked: number): PageCost {
  // The tab's renderer main thread: the one that parsed the page.
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
  const main = events.filter((e) => parse && e.pid === parse.pid && e.tid === parse.tid);
  const tasks = main.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.dur !== undefined);
  const extensionCode = main.filter((e) => (e.args?.data?.url ?? '').startsWith('chrome-extension://'));
  let extension = 0;
  let extensionLongest = 0;
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    if (!extensionCode.some((e) => e.ts >= task.ts && e.ts < end)) continue;
    extension += task.dur! / 1000;
    extensionLongest = Math.max(extensionLongest, task.dur! / 1000);
  }
  return {
    total: tasks.reduce((sum, t) => sum + t.dur! / 1000, 0),
    longest: Math.max(0, ...tasks.map((t) => t.dur! / 1000)),
    extension,
    extensionLongest,
    marked,
  };
}

function sizes(dir: string): string[] {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(js|css|html)$/.test(name)) files.push(path);
    }
  };
  walk(dir);
  return files
    .map((path) => {
      const bytes = readFileSync(path);
      return `  ${relative(dir, path).padEnd(40)} ${(bytes.length / 1024).toFixed(1).padStart(7)} KB  (${(gzipSync(bytes).length / 1024).toFixed(1)} KB gz)`;
    })
    .sort();
}

async function main() {
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
  execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: ROOT, stdio: 'ignore' });
  console.log('Built sizes (release build, .output/chrome-mv3, minified):');
  console.log(sizes(join(ROOT, '.output', 'chrome-mv3')).join('\n'));

  const server = await serveDirectories({ devset: join(SHARED, 'devset', 'pages'), real: join(SHARED, 'realdata', 'pages') });
  const withExt = await launch();
  const without = await launch({ extension: false });
  await blockOtherNetwork(withExt.context, server.origin);
  await blockOtherNetwork(without.context, server.origin);

  console.log(`\nMain-thread time of the tab (median of ${RUNS} runs; extension = tasks that ran the content script):`);
  console.log('  page                                   ads  without ext  with ext   ratio  ext total  ext/ad  ext longest task  longest task (with / without)');
  for (const [prefix, file] of PAGES) {
    const url = `${server.origin}/${prefix}/${file}`;
    const on: PageCost[] = [];
    const off: PageCost[] = [];
    for (let i = 0; i < RUNS; i++) {
      off.push(await measure(without.context, url));
      on.push(await measure(withExt.context, url));
    }
    const ads = median(on.map((c) => c.marked));
    const ext = median(on.map((c) => c.extension));
    const totalOn = median(on.map((c) => c.total));
    const totalOff = median(off.map((c) => c.total));
    console.log(
      `  ${file.padEnd(38)} ${String(ads).padStart(3)}  ${ms(totalOff).padStart(11)}  ${ms(totalOn).padStart(8)}  ${(totalOn / Math.max(totalOff, 0.001)).toFixed(2).padStart(5)}×` +
        `  ${ms(ext).padStart(9)}  ${ms(ads ? ext / ads : 0).padStart(7)}  ${ms(median(on.map((c) => c.extensionLongest))).padStart(16)}` +
        `  ${ms(median(on.map((c) => c.longest)))} / ${ms(median(off.map((c) => c.longest)))}`,
    );
  }
  await withExt.close();
  await without.close();
  await server.close();
}

await main();
