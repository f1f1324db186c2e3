/**
 * `npm run bench:hostile`: what the content script costs on pages built to make it work hard (issue
 * 12, point 7), in the test build (.output/chrome-mv3-e2e, built first unless EXT_DIR names another
 * build). Figures are printed, never asserted.
 *   huge-text-node: a 40-card listing, one card holding a single 6 MB text node;
 *   storm-rewrite: 1,760 cards, the inside of 200 of them written again (same text) every 100 ms;
 *   storm-replace: 1,760 cards, 200 of them replaced by new elements (same text) every 100 ms.
 *   Both storms put a new risky card at the top of the list every 3 s.
 * For each page, over WATCH_MS after load, the tasks that ran the content script's code: how many,
 * the time spent in its code (with the style and layout it forced; a page task in which one of its
 * observers ran briefly counts for that brief time only), the longest such time in one task and how
 * many tasks it made longer than 50 ms, in wall-clock time and in the thread's CPU time; the cards marked at the
 * end; and on the storm pages how long each new card waited for its mark.
 *   RUNS=3 for more runs; ONLY=<text> for the pages whose name contains it; WATCH_MS=20000.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, blockOtherNetwork, launch, serveDirectories } from './extension-browser';
import { mainThread, traceTab, type TraceEvent } from './page-trace';

const WATCH_MS = Number(process.env.WATCH_MS ?? 20_000);
const RUNS = Number(process.env.RUNS ?? 1);
const EXT_DIR = process.env.EXT_DIR;
const ONLY = process.env.ONLY ?? '';
const LONG_TASK_MS = 50;
const HUGE_NODE_BYTES = 6 * 1024 * 1024;
const STORM_CARDS = 1760;
/** Cards written again per tick, and the tick. */
const STORM_SLICE = 200;
const STORM_TICK_MS = 100;
const NEW_CARD_MS = 3000;

const PLAIN = 'Full-time position with a written contract, paid holidays and training. Apply through our website; we reply within a week.';
const RISKY = 'No experience needed, 3000 euro a month. Travel and room arranged by the agency, to be repaid from your first salaries. Send a photo of your passport on WhatsApp to book the ticket.';

/** A card; its own reference in its text, as no two real ads are word for word the same. */
const cardHtml = (id: string, text: string) =>
  `<li class="job-card" data-job-id="${id}"><article><h3><a href="/jobs/${id}">Warehouse operative ${id}</a></h3><p class="company">Company ${id} Ltd</p><p class="snippet">${text} Reference ${id}.</p></article></li>`;

const page = (title: string, cards: string, script = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1><ul class="results">${cards}</ul></main>${script}</body></html>`;

function hugeTextNodePage(): string {
  const cards = Array.from({ length: 40 }, (_, i) => cardHtml(`c${i}`, i % 4 === 3 ? RISKY : PLAIN));
  // One text node: the parser splits long text, so the page's script sets it whole before the content script runs.
  const filler = 'lorem ipsum dolor sit amet '.repeat(Math.ceil(HUGE_NODE_BYTES / 27));
  const script = `<script>document.querySelector('[data-job-id="c5"] .snippet').textContent = ${JSON.stringify(filler)};</script>`;
  return page('Jobs, one huge text node', cards.join(''), script);
}

/**
 * A storm: every tick the page writes STORM_SLICE cards again with the same text, either their
 * inside (`rewrite`, as a template engine does) or the whole card as a new element (`replace`, as a
 * framework rebuilding its list does); and every NEW_CARD_MS it puts a new risky card at the top. It
 * notes when each new card was added and when the test build's `data-faro-level` reached it.
 */
function stormPage(mode: 'rewrite' | 'replace'): string {
  const cards = Array.from({ length: STORM_CARDS }, (_, i) => cardHtml(`s${i}`, i % 10 === 9 ? RISKY : PLAIN));
  // From the page's own copy of each card, taken before any extension ran: what a template or a framework renders from its state.
  const write =
    mode === 'rewrite'
      ? `card.firstElementChild.innerHTML = markup.get(card.getAttribute('data-job-id')).inner;`
      : `const t = document.createElement('template'); t.innerHTML = markup.get(card.getAttribute('data-job-id')).outer; card.replaceWith(t.content.firstChild);`;
  const script = `<script>(() => {
    const list = document.querySelector('ul.results');
    const markup = new Map([...list.children].map((card) => [card.getAttribute('data-job-id'), { outer: card.outerHTML, inner: card.firstElementChild.innerHTML }]));
    const risky = list.querySelector('[data-job-id="s9"]').cloneNode(true);
    let next = 0;
    setInterval(() => {
      const items = list.children;
      for (let k = 0; k < ${STORM_SLICE}; k++) {
        const card = items[(next + k) % items.length];
        ${write}
      }
      next = (next + ${STORM_SLICE}) % items.length;
    }, ${STORM_TICK_MS});
    const added = new Map();
    window.newCards = [];
    let n = 0;
    setInterval(() => {
      const card = risky.cloneNode(true);
      const id = 'new' + n++;
      card.setAttribute('data-job-id', id);
      card.querySelector('a').textContent = 'Warehouse operative ' + id;
      list.prepend(card);
      markup.set(id, { outer: card.outerHTML, inner: card.firstElementChild.innerHTML });
      added.set(id, performance.now());
    }, ${NEW_CARD_MS});
    new MutationObserver((records) => {
      for (const r of records) {
        const id = r.target.getAttribute('data-job-id');
        if (id && added.has(id) && r.target.hasAttribute('data-faro-level')) {
          window.newCards.push(Math.round(performance.now() - added.get(id)));
          added.delete(id);
        }
      }
    }).observe(list, { subtree: true, attributes: true, attributeFilter: ['data-faro-level'] });
  })();</script>`;
  return page(`Jobs, written again and again (${mode})`, cards.join(''), script);
}

interface HostileCost {
  tasks: number;
  own: number;
  cpu: number;
  longest: number;
  longestCpu: number;
  long: number;
  longCpu: number;
  marked: number;
  newCards: number[];
  /** New cards added during the watch (one per NEW_CARD_MS on the storm pages). */
  added: number;
}

async function watch(page: Page): Promise<{ marked: number; newCards: number[] }> {
  await page.waitForTimeout(WATCH_MS);
  return page.evaluate(() => ({
    marked: document.querySelectorAll('[data-faro-level]').length,
    newCards: (window as unknown as { newCards?: number[] }).newCards ?? [],
  }));
}

function costOf(events: TraceEvent[], url: string, result: { marked: number; newCards: number[] }, storm: boolean): HostileCost {
  const { extensionTasks, extensionMs } = mainThread(events, url);
  const own = [...extensionMs.values()];
  // The thread's CPU time in the extension's code, estimated from the task's: on a loaded machine the
  // wall clock also counts the time the thread waited for a core.
  const ownCpu = extensionTasks.map((t) => ((t.tdur ?? t.dur!) / 1000) * Math.min(1, (extensionMs.get(t) ?? 0) / (t.dur! / 1000)));
  return {
    tasks: extensionTasks.length,
    own: own.reduce((sum, ms) => sum + ms, 0),
    cpu: ownCpu.reduce((sum, ms) => sum + ms, 0),
    longest: Math.max(0, ...own),
    longestCpu: Math.max(0, ...ownCpu),
    long: own.filter((ms) => ms > LONG_TASK_MS).length,
    longCpu: ownCpu.filter((ms) => ms > LONG_TASK_MS).length,
    ...result,
    added: storm ? Math.floor(WATCH_MS / NEW_CARD_MS) : 0,
  };
}

const ms = (n: number) => `${n.toFixed(0)} ms`;

async function main() {
  if (!EXT_DIR) execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: ROOT, stdio: 'ignore' });
  const dir = mkdtempSync(join(tmpdir(), 'faro-hostile-'));
  const pages: Record<string, string> = {
    'huge-text-node.html': hugeTextNodePage(),
    'storm-rewrite.html': stormPage('rewrite'),
    'storm-replace.html': stormPage('replace'),
  };
  for (const [file, html] of Object.entries(pages)) writeFileSync(join(dir, file), html);
  const server = await serveDirectories({ hostile: dir });
  const browser = await launch({ extensionDir: EXT_DIR });
  await blockOtherNetwork(browser.context, server.origin);
  console.log(`Content script on hostile pages, ${WATCH_MS / 1000} s after load (its own code's time per task, with the layout it forced; CPU estimated from the tasks' CPU share):`);
  console.log('  page                  tasks  own total (CPU)     longest (CPU)    >50 ms (CPU)  marked  new cards marked / added, after');
  for (const file of Object.keys(pages).filter((name) => name.includes(ONLY))) {
    const url = `${server.origin}/hostile/${file}`;
    for (let run = 0; run < RUNS; run++) {
      const { events, result } = await traceTab(browser.context, url, watch);
      const c = costOf(events, url, result, file.startsWith('storm'));
      const fresh = c.added ? `${c.newCards.length} / ${c.added}${c.newCards.length ? `, ${c.newCards.map(ms).join(', ')}` : ''}` : '–';
      console.log(
        `  ${file.padEnd(20)} ${String(c.tasks).padStart(6)}  ${ms(c.own).padStart(8)} (${ms(c.cpu)})  ${ms(c.longest).padStart(8)} (${ms(c.longestCpu)})  ${String(c.long).padStart(6)} (${c.longCpu})  ${String(c.marked).padStart(6)}  ${fresh}`,
      );
    }
  }
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}

await main();
