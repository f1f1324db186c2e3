import { setTimeout as sleep } from 'node:timers/promises';

export type Found = string | null;

/**
 * What these helpers need of a page: running a function of one argument in it. playwright-core's
 * Page (Chromium tests) and puppeteer-core's Page (Firefox tests) both fit.
 */
export interface PageLike {
  evaluate(fn: (selectors: string[]) => Found[], selectors: string[]): Promise<Found[]>;
  evaluate(fn: () => number): Promise<number>;
  evaluate(fn: () => Found[]): Promise<Found[]>;
  evaluate(fn: (selector: string) => number, selector: string): Promise<number>;
  evaluate(fn: (id: string) => void, id: string): Promise<void>;
}

/**
 * Adds a copy of the devset listing's flagged card 48219 (its whole list item, cleaned of Faro's
 * marks) under a new id after the original, as a page that adds ads would, and returns the level the
 * running scanner gives it (null when it is not marked in time).
 */
export async function levelOfNewCopy(page: PageLike, id: string): Promise<Found> {
  await page.evaluate((newId) => {
    const card = document.querySelector('[data-job-id="48219"]')!;
    const item = card.closest('li') ?? card;
    const copy = item.cloneNode(true) as Element;
    for (const marked of [copy, ...copy.querySelectorAll('[data-faro-level]')]) marked.removeAttribute('data-faro-level');
    for (const badge of copy.querySelectorAll('faro-badge')) badge.remove();
    (copy.matches('[data-job-id]') ? copy : copy.querySelector('[data-job-id]'))!.setAttribute('data-job-id', newId);
    item.after(copy);
  }, id);
  const [level] = await levelsOf(page, [`[data-job-id="${id}"]`]);
  return level ?? null;
}

/**
 * The `data-faro-level` of each card (found by selector): on the card itself, an ancestor (the
 * extractor may mark the list item around it) or a descendant. Polls until every card is marked or
 * the time is up; unmarked cards come back as null.
 */
export async function levelsOf(page: PageLike, selectors: string[], timeoutMs = 20_000): Promise<Found[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const levels = await page.evaluate(
      (sels) =>
        sels.map((sel) => {
          const el = document.querySelector(sel);
          const marked = el?.closest('[data-faro-level]') ?? el?.querySelector('[data-faro-level]');
          return marked?.getAttribute('data-faro-level') ?? null;
        }),
      selectors,
    );
    if (levels.every((level) => level !== null) || Date.now() > deadline) return levels;
    await sleep(250);
  }
}

/** How many elements the extension marked, once the count has stopped changing for a second. */
export async function settledMarkCount(page: PageLike, timeoutMs = 20_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let last = -1;
  let stableSince = Date.now();
  for (;;) {
    const count = await page.evaluate(() => document.querySelectorAll('[data-faro-level]').length);
    if (count !== last) {
      last = count;
      stableSince = Date.now();
    } else if (count > 0 && Date.now() - stableSince > 1000) return count;
    if (Date.now() > deadline) return count;
    await sleep(200);
  }
}

/** The real saved listings the generic card detector must read (issue 3), and the fewest cards it must mark on each (any other page: one). */
export const REAL_LISTING_CARDS: Readonly<Record<string, number>> = { 'kleinanzeigen.html': 10, 'listing_search_ppa_nyc_121212.html': 10 };

/** How many elements a real page had marked once settled, and a line with their levels for the test's figures. */
export async function markedSummary(page: PageLike, file: string): Promise<{ marked: number; line: string }> {
  const marked = await settledMarkCount(page);
  const levels = await page.evaluate(() => Array.from(document.querySelectorAll('[data-faro-level]'), (el) => el.getAttribute('data-faro-level')));
  const count = (level: string) => levels.filter((l) => l === level).length;
  return { marked, line: `  ${file}: ${marked} marked (low ${count('low')}, medium ${count('medium')}, high ${count('high')})` };
}
