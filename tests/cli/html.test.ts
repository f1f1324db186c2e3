import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI_TIMEOUT, faro, jsonLines, PLAIN, RISKY_EN, rulesOf, tempFiles } from './run';

const PAGES = join(import.meta.dirname, '..', '..', '..', 'shared', 'devset', 'pages');
const labels = JSON.parse(readFileSync(join(PAGES, 'labels.json'), 'utf8')) as Record<string, { id: string }[]>;

const jsonLd = JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Hostess', description: RISKY_EN });
const files = tempFiles({
  'posting.html': `<!DOCTYPE html><html lang="en"><head><script type="application/ld+json">${jsonLd}</script></head><body><main><h1>Hostess</h1><p>${RISKY_EN}</p></main></body></html>`,
  'fragment.html': `<div><h2>Flowers</h2><p>${PLAIN} ${PLAIN}</p></div>`,
  'blank.html': '<html><body></body></html>',
});
afterAll(() => files.remove());

describe('faro scan: HTML pages', { timeout: CLI_TIMEOUT }, () => {
  it.each(Object.keys(labels))('finds the labelled ads of %s, with the page name and ad key as id', async (page) => {
    const run = await faro(['scan', join(PAGES, page)]);
    expect(run.code).toBe(0);
    const ids = jsonLines(run.stdout).map((r) => String(r['id']));
    // infinite-scroll.html adds most of its ads by script later; a saved page holds only the first ones.
    const html = readFileSync(join(PAGES, page), 'utf8');
    const inMarkup = (labels[page] ?? []).filter((ad) => html.includes(`="${ad.id}"`));
    expect(inMarkup.length).toBeGreaterThan(0);
    for (const ad of inMarkup) expect(ids).toContain(`${join(PAGES, page)}#${ad.id}`);
  });

  it('reads a JSON-LD JobPosting page and a bare fragment; a page without ads is reported', async () => {
    const run = await faro(['scan', files.path('posting.html'), files.path('fragment.html'), files.path('blank.html')]);
    expect(run.code).toBe(1);
    const reports = jsonLines(run.stdout);
    expect(reports).toHaveLength(2);
    expect(String(reports[0]?.['id'])).toMatch(new RegExp(`^${files.path('posting.html')}#`));
    expect(rulesOf(reports[0])).toContain('upfront-fee');
    expect(reports[1]).toMatchObject({ level: 'low' });
    expect(run.stderr).toContain(`${files.path('blank.html')}: no ad found on the page`);
  });
});
