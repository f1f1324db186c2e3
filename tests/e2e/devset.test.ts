import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, SHARED, blockOtherNetwork, launch, serveDirectories, type ExtensionBrowser, type StaticServer } from '../../scripts/extension-browser';
import { levelsOf } from './levels';

type Level = 'low' | 'medium' | 'high';
const RANK: Record<Level, number> = { low: 0, medium: 1, high: 2 };

interface Label {
  id: string;
  id_attr: string;
  title: string;
  label: 'risky' | 'benign';
  min_level?: Level;
  max_level?: Level;
}

const PAGES = join(SHARED, 'devset', 'pages');
const labels = JSON.parse(readFileSync(join(PAGES, 'labels.json'), 'utf8')) as Record<string, Label[]>;

interface Row {
  page: string;
  id: string;
  title: string;
  label: string;
  expected: string;
  found: string;
  ok: boolean;
}
const rows: Row[] = [];

let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveDirectories({ devset: PAGES });
  browser = await launch();
  await blockOtherNetwork(browser.context, server.origin);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (rows.length === 0) return;
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, 'e2e-devset.json'), JSON.stringify(rows, null, 2));
  const ok = rows.filter((r) => r.ok).length;
  const risky = rows.filter((r) => r.label === 'risky');
  const benign = rows.filter((r) => r.label === 'benign');
  console.log(
    `devset pages: ${ok}/${rows.length} cards as labelled; risky at min_level or above ${risky.filter((r) => r.ok).length}/${risky.length}; ` +
      `benign low ${benign.filter((r) => r.ok).length}/${benign.length}; unmarked ${rows.filter((r) => r.found === 'unmarked').length}`,
  );
  for (const r of rows.filter((row) => !row.ok)) console.log(`  ✗ ${r.page} ${r.id} "${r.title}": expected ${r.expected}, found ${r.found}`);
});

describe('devset pages: each card marked at its labelled level', () => {
  it.each(Object.keys(labels))('%s', async (file) => {
    const cards = labels[file]!;
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.origin}/devset/${file}`);
    // Infinite scroll: the page adds cards as it is scrolled; keep scrolling until every labelled card is there.
    for (let i = 0; i < 40 && (await page.locator(cards.map((c) => `[${c.id_attr}="${c.id}"]`).join(',')).count()) < cards.length; i++) {
      await page.mouse.wheel(0, 3000);
      await page.waitForTimeout(200);
    }
    const found = await levelsOf(page, cards.map((c) => `[${c.id_attr}="${c.id}"]`));
    const pageRows = cards.map((card, i): Row => {
      const level = found[i] as Level | null;
      const expected = card.label === 'risky' ? `≥ ${card.min_level ?? 'medium'}` : `≤ ${card.max_level ?? 'low'}`;
      const ok =
        level !== null &&
        (card.label === 'risky' ? RANK[level] >= RANK[card.min_level ?? 'medium'] : RANK[level] <= RANK[card.max_level ?? 'low']);
      return { page: file, id: card.id, title: card.title, label: card.label, expected, found: level ?? 'unmarked', ok };
    });
    rows.push(...pageRows);
    await page.close();
    expect(errors).toEqual([]);
    // Every card found and marked, whatever the rules say of it.
    expect(pageRows.filter((r) => r.found === 'unmarked').map((r) => r.id)).toEqual([]);
    // Levels as labelled: depends on the rules (engine issue), reported in the summary above.
    expect(pageRows.filter((r) => !r.ok).map((r) => `${r.id} expected ${r.expected}, found ${r.found}`)).toEqual([]);
  });
});
