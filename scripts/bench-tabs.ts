/**
 * `npm run bench:tabs`: issue 12's floor "with a page of twelve 20,000-character space-free ads open,
 * another tab's first verdict arrives within 1 s of what it takes alone", measured in headless Chromium
 * with the test build (.output/chrome-mv3-e2e, or FARO_E2E_DIR). Figures are printed, never asserted.
 *
 * Each run starts a fresh browser, warms the engine's worker on the light page, then times the light
 * page's first verdict (ms from its navigation start to the first ad marked) alone; beside a page that
 * keeps one core busy with no ads (a control: what the machine's load alone costs); and opened as soon as
 * the heavy page's ads have reached the engine; and when the heavy page's last verdict came.
 * Then the service worker's CPU time while a 50-ad listing is scanned (after the same warm-up), from a V8
 * CPU profile of it; BASELINE_DIR=<another build> measures that build too (e.g. one that ran the engine in
 * the service worker).
 *   RUNS=5 for more runs (the median is printed beside each run's figures); PROFILE_TOP=10 lists where the
 *   service worker's time went; ONLY=tabs or ONLY=cpu measures only that part.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'playwright-core';
import { blockOtherNetwork, launch, serveDirectories, type ExtensionBrowser } from './extension-browser';
import { serviceWorkerCpuMs } from './worker-cpu';
import { HEAVY_AD_CHARS, HEAVY_ADS, LIGHT_ADS, LISTING_ADS, navigationStart, noteVerdictTimes, readVerdictTimes, writeTabPages } from './tab-fairness';

const RUNS = Number(process.env.RUNS ?? 3);
const BASELINE_DIR = process.env.BASELINE_DIR;
/** PROFILE_TOP=10: the service worker's ten most expensive functions on the listing. */
const PROFILE_TOP = Number(process.env.PROFILE_TOP ?? 0);
const TIMEOUT_MS = 120_000;
const HEAVY_HEAD_START_MS = 500;

/** Verdict times of a page on the bench's clock (ms since the epoch), and the page's navigation start. */
async function verdicts(page: Page): Promise<{ start: number; times: number[] }> {
  const start = await page.evaluate(navigationStart);
  return { start, times: (await page.evaluate(readVerdictTimes)).map((t) => start + t) };
}

async function until(check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + TIMEOUT_MS;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting for verdicts');
    await sleep(20);
  }
}

/** Opens `url` in a new tab and returns ms from its navigation start to its first verdict; the tab stays open. */
async function firstVerdict(browser: ExtensionBrowser, url: string): Promise<{ page: Page; ms: number }> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await until(async () => (await verdicts(page)).times.length > 0);
  const { start, times } = await verdicts(page);
  return { page, ms: Math.min(...times) - start };
}

interface Run {
  alone: number;
  beside: number;
  /** Beside a page that keeps one core busy and has no ads (the machine's share of the delay). */
  besideBusy: number;
  /** When the heavy page's last verdict came, from its navigation start. */
  heavyLast: number;
}

async function oneRun(origin: string): Promise<Run> {
  const browser = await launch();
  try {
    await blockOtherNetwork(browser.context, origin);
    await browser.context.addInitScript(noteVerdictTimes);
    const light = `${origin}/tabs/light.html`;
    // The engine's worker started and its code compiled, as for anyone who has browsed a page already.
    await (await firstVerdict(browser, light)).page.close();
    const alone = await firstVerdict(browser, light);
    await alone.page.close();
    const busy = await browser.context.newPage();
    await busy.goto(`${origin}/tabs/busy.html`);
    await sleep(HEAVY_HEAD_START_MS);
    const besideBusy = await firstVerdict(browser, light);
    await besideBusy.page.close();
    await busy.close();

    const heavy = await browser.context.newPage();
    await heavy.goto(`${origin}/tabs/heavy.html`);
    // Half a second after its load the heavy page's ads are with the engine (its content script runs when the
    // page is idle and sends them at once); the light page then opens while they are being read.
    await sleep(HEAVY_HEAD_START_MS);
    if ((await verdicts(heavy)).times.length > 0) console.warn('  the heavy tab had verdicts before the light tab opened: this run is not "beside" it');
    const beside = await firstVerdict(browser, light);
    await until(async () => (await verdicts(heavy)).times.length >= HEAVY_ADS);
    const heavyTimes = await verdicts(heavy);
    return { alone: alone.ms, beside: beside.ms, besideBusy: besideBusy.ms, heavyLast: Math.max(...heavyTimes.times) - heavyTimes.start };
  } finally {
    await browser.close();
  }
}

/** The service worker's CPU time (ms) while the 50-ad listing is scanned, the engine's worker warm. */
async function listingCpu(origin: string, extensionDir?: string): Promise<number> {
  const browser = await launch(extensionDir ? { extensionDir } : {});
  try {
    await blockOtherNetwork(browser.context, origin);
    await browser.context.addInitScript(noteVerdictTimes);
    await (await firstVerdict(browser, `${origin}/tabs/light.html`)).page.close();
    const page = await browser.context.newPage();
    return await serviceWorkerCpuMs(browser, async () => {
      await page.goto(`${origin}/tabs/listing-${LISTING_ADS}.html`);
      await until(async () => (await verdicts(page)).times.length >= LISTING_ADS);
    }, PROFILE_TOP);
  } finally {
    await browser.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const ms = (value: number) => `${Math.round(value)} ms`;

const signed = (value: number) => `${value >= 0 ? '+' : '−'}${ms(Math.abs(value))}`;

async function tabFigures(origin: string): Promise<void> {
  console.log(`A light tab (${LIGHT_ADS} ordinary ads) alone, and beside a tab of ${HEAVY_ADS} ads of ${HEAVY_AD_CHARS.toLocaleString('en')} characters without a space; ${RUNS} runs.`);
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    const run = await oneRun(origin);
    runs.push(run);
    console.log(
      `  run ${i + 1}: first verdict alone ${ms(run.alone)}, beside the heavy tab ${ms(run.beside)} (${signed(run.beside - run.alone)}), ` +
        `beside a busy page without ads ${ms(run.besideBusy)} (${signed(run.besideBusy - run.alone)}); heavy tab's last verdict at ${ms(run.heavyLast)}`,
    );
  }
  const alone = median(runs.map((r) => r.alone));
  const beside = median(runs.map((r) => r.beside));
  console.log(
    `median: alone ${ms(alone)}, beside ${ms(beside)}, difference ${signed(median(runs.map((r) => r.beside - r.alone)))} (floor: within 1,000 ms); ` +
      `beside a busy page ${signed(median(runs.map((r) => r.besideBusy - r.alone)))}; heavy tab's last verdict at ${ms(median(runs.map((r) => r.heavyLast)))}`,
  );
}

async function cpuFigures(origin: string): Promise<void> {
  const builds: Array<[string, string | undefined]> = [['this build', undefined], ...(BASELINE_DIR ? [['baseline', BASELINE_DIR] as [string, string]] : [])];
  for (const [name, dir] of builds) {
    const cpu: number[] = [];
    for (let i = 0; i < RUNS; i++) cpu.push(await listingCpu(origin, dir));
    console.log(`service worker CPU while a ${LISTING_ADS}-ad listing is scanned, ${name}: ${cpu.map(ms).join(', ')} (median ${ms(median(cpu))})`);
  }
}

const ONLY = process.env.ONLY ?? '';
const pages = writeTabPages();
const server = await serveDirectories({ tabs: pages.dir });
try {
  if (ONLY !== 'cpu') await tabFigures(server.origin);
  if (ONLY !== 'tabs') await cpuFigures(server.origin);
} finally {
  await server.close();
  pages.remove();
}
