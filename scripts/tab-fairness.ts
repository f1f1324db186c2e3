/**
 * Two listings for issue 12's floor "with a page of twelve 20,000-character space-free ads open, another
 * tab's first verdict arrives within 1 s of what it takes alone", and a way to time the verdicts on a page.
 * Shared by `npm run bench:tabs` (scripts/bench-tabs.ts) and the end-to-end tests of the fair queue.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The heavy page: twelve cards, each a run of text without a space (the engine's slowest kind of text). */
export const HEAVY_ADS = 12;
export const HEAVY_AD_CHARS = 20_000;
/** The other tab: a short ordinary listing. */
export const LIGHT_ADS = 5;
/** A listing of the length the throughput issue names, for the background's CPU time. */
export const LISTING_ADS = 50;

const PLAIN = 'Full-time position with a written contract, paid holidays and training. Apply through our website; we reply within a week.';
const RISKY = 'No experience needed, 3000 euro a month. Travel and room arranged by the agency, to be repaid from your first salaries. Send a photo of your passport on WhatsApp to book the ticket.';

const card = (id: string, title: string, text: string) =>
  `<li class="job-card" data-job-id="${id}"><article><h3><a href="/jobs/${id}">${title}</a></h3><p class="snippet">${text}</p></article></li>`;

const page = (title: string, cards: string[]) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1><ul class="results">${cards.join('')}</ul></main></body></html>`;

/** `x.y@` repeated, with the card's number in it so that no two cards are the same text. */
function spaceless(i: number, chars: number): string {
  const unit = `x${i}.y@`;
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

export function heavyListing(ads = HEAVY_ADS, chars = HEAVY_AD_CHARS): string {
  return page(
    'Offers, text without spaces',
    Array.from({ length: ads }, (_, i) => card(`h${i}`, `Offer ${i}`, spaceless(i, chars))),
  );
}

export function lightListing(ads = LIGHT_ADS): string {
  return page(
    'Warehouse jobs',
    Array.from({ length: ads }, (_, i) => card(`l${i}`, `Warehouse operative ${i}`, `${i % 3 === 1 ? RISKY : PLAIN} Reference L${i}.`)),
  );
}

/**
 * A control for the bench: a page whose own worker keeps one core busy, as the engine's worker does on the
 * heavy page, with no ad to read. Beside it, the light page's delay is what the machine's load costs,
 * without any queue.
 */
export function busyPage(): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Busy</title></head><body><p>Busy.</p><script>new Worker(URL.createObjectURL(new Blob(['for (;;) {}'], { type: 'text/javascript' })));</script></body></html>`;
}

/** The pages (heavy.html, light.html, listing-50.html, busy.html) in a temporary directory, for serveDirectories(); `remove` deletes it. */
export function writeTabPages(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'faro-tabs-'));
  writeFileSync(join(dir, 'heavy.html'), heavyListing());
  writeFileSync(join(dir, 'light.html'), lightListing());
  writeFileSync(join(dir, 'listing-50.html'), lightListing(LISTING_ADS));
  writeFileSync(join(dir, 'busy.html'), busyPage());
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** When the verdicts reached a page: ms since its navigation started, one entry per ad marked (test build). */
export interface VerdictTimes {
  times: number[];
}

/**
 * An init script for every page of the browser: notes the time each element gets the test build's
 * `data-faro-level` (the verdict drawn), in the page's own clock (ms since its navigation started).
 * Runs in the page's world and only reads; sent to the browser as source.
 */
export function noteVerdictTimes(): void {
  const record = { times: [] as number[] };
  (window as unknown as { __verdictTimes: VerdictTimes }).__verdictTimes = record;
  new MutationObserver((changes) => {
    for (const change of changes) {
      if (change.oldValue === null && (change.target as Element).hasAttribute('data-faro-level')) record.times.push(performance.now());
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-faro-level'], attributeOldValue: true });
}

/** Reads what noteVerdictTimes() noted on a page; sent to the browser as source. */
export function readVerdictTimes(): number[] {
  return [...((window as unknown as { __verdictTimes?: VerdictTimes }).__verdictTimes?.times ?? [])];
}

/** The page's navigation start, in the test's clock (ms since the epoch); sent to the browser as source. */
export function navigationStart(): number {
  return performance.timeOrigin;
}
