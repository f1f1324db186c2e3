import type { Page } from 'playwright-core';

export type Found = string | null;

/**
 * The `data-faro-level` of each card (found by selector): on the card itself, an ancestor (the
 * extractor may mark the list item around it) or a descendant. Polls until every card is marked or
 * the time is up; unmarked cards come back as null.
 */
export async function levelsOf(page: Page, selectors: string[], timeoutMs = 20_000): Promise<Found[]> {
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
    await page.waitForTimeout(250);
  }
}

/** How many elements the extension marked, once the count has stopped changing for a second. */
export async function settledMarkCount(page: Page, timeoutMs = 20_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let last = -1;
  let stableSince = Date.now();
  for (;;) {
    const count = await page.locator('[data-faro-level]').count();
    if (count !== last) {
      last = count;
      stableSince = Date.now();
    } else if (count > 0 && Date.now() - stableSince > 1000) return count;
    if (Date.now() > deadline) return count;
    await page.waitForTimeout(200);
  }
}
