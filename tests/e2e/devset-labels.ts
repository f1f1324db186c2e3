import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect } from 'vitest';
import { ARTIFACTS, SHARED } from '../../scripts/extension-browser';
import { levelsOf, type Found, type PageLike } from './levels';

/** The devset pages and their labels, judged the same way in every browser the extension is tested in. */
type Level = 'low' | 'medium' | 'high';
const RANK: Record<Level, number> = { low: 0, medium: 1, high: 2 };

export interface Label {
  id: string;
  id_attr: string;
  title: string;
  label: 'risky' | 'benign';
  min_level?: Level;
  max_level?: Level;
}

export interface Row {
  page: string;
  id: string;
  title: string;
  label: string;
  expected: string;
  found: string;
  ok: boolean;
}

export const DEVSET_PAGES = join(SHARED, 'devset', 'pages');
export const labels = JSON.parse(readFileSync(join(DEVSET_PAGES, 'labels.json'), 'utf8')) as Record<string, Label[]>;

export function cardSelector(card: Label): string {
  return `[${card.id_attr}="${card.id}"]`;
}

/** Each card's found level against its label: risky ones at their `min_level` or above, benign ones at most their `max_level`. */
export function judge(file: string, cards: Label[], found: Found[]): Row[] {
  return cards.map((card, i): Row => {
    const level = found[i] as Level | null;
    const expected = card.label === 'risky' ? `≥ ${card.min_level ?? 'medium'}` : `≤ ${card.max_level ?? 'low'}`;
    const ok =
      level !== null &&
      (card.label === 'risky' ? RANK[level] >= RANK[card.min_level ?? 'medium'] : RANK[level] <= RANK[card.max_level ?? 'low']);
    return { page: file, id: card.id, title: card.title, label: card.label, expected, found: level ?? 'unmarked', ok };
  });
}

/**
 * Every labelled card of an open devset page, judged. The infinite-scroll page adds cards as it is
 * scrolled: `wheel` (each browser driver has its own) scrolls until every labelled card is there.
 */
export async function judgePage(page: PageLike, file: string, wheel: () => Promise<unknown>): Promise<Row[]> {
  const cards = labels[file]!;
  const selectors = cards.map(cardSelector);
  const present = () => page.evaluate((sel) => document.querySelectorAll(sel).length, selectors.join(','));
  for (let i = 0; i < 40 && (await present()) < cards.length; i++) {
    await wheel();
    await sleep(200);
  }
  return judge(file, cards, await levelsOf(page, selectors));
}

/** What every browser must show of a page's rows: each card found and marked, and at its labelled level. */
export function expectAsLabelled(rows: Row[]): void {
  expect(rows.filter((r) => r.found === 'unmarked').map((r) => r.id)).toEqual([]);
  expect(rows.filter((r) => !r.ok).map((r) => `${r.id} expected ${r.expected}, found ${r.found}`)).toEqual([]);
}

/** Writes the rows to test-artifacts/<artifact> and prints the summary and every miss. */
export function reportDevset(rows: Row[], artifact: string, heading: string): void {
  if (rows.length === 0) return;
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, artifact), JSON.stringify(rows, null, 2));
  const ok = rows.filter((r) => r.ok).length;
  const risky = rows.filter((r) => r.label === 'risky');
  const benign = rows.filter((r) => r.label === 'benign');
  console.log(
    `${heading}: ${ok}/${rows.length} cards as labelled; risky at min_level or above ${risky.filter((r) => r.ok).length}/${risky.length}; ` +
      `benign low ${benign.filter((r) => r.ok).length}/${benign.length}; unmarked ${rows.filter((r) => r.found === 'unmarked').length}`,
  );
  for (const r of rows.filter((row) => !row.ok)) console.log(`  ✗ ${r.page} ${r.id} "${r.title}": expected ${r.expected}, found ${r.found}`);
}
