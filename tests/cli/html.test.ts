import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { CLI_TIMEOUT, faro, jsonLines, PLAIN, RISKY_EN, rulesOf, tempFiles } from './run';

const PAGES = join(import.meta.dirname, '..', '..', '..', 'shared', 'devset', 'pages');
const labels = JSON.parse(readFileSync(join(PAGES, 'labels.json'), 'utf8')) as Record<string, { id: string }[]>;

const jsonLd = JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Hostess', description: RISKY_EN });
const files = tempFiles({
  'posting.html': `<!DOCTYPE html><html lang="en"><head><script type="application/ld+json">${jsonLd}</script></head><body><main><h1>Hostess</h1><p>${RISKY_EN}</p></main></body></html>`,
  'fragment.html': `<div><h2>Flowers</h2><p>${PLAIN} ${PLAIN}</p></div>`,
  'blank.html': '<html><body></body></html>',
  'listing.html': `<!DOCTYPE html><html lang="en"><head><link rel="canonical" href="https://jobs.example/search?q=hostess"></head><body><main><ul>${[
    ['Hostess abroad', `/ad/1`, RISKY_EN],
    ['Florist', `https://flowers.example/jobs/2`, PLAIN],
    ['Bakery help', '#', `${PLAIN} Bread and cakes.`],
  ]
    .map(([title, href, text]) => `<li class="card"><h3><a href="${href}">${title}</a></h3><p>${text}</p></li>`)
    .join('')}</ul></main></body></html>`,
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

  it('page reports carry the title, address and an excerpt of each ad, in every format', async () => {
    const page = files.path('listing.html');
    const run = await faro(['scan', page]);
    expect(run.code).toBe(0);
    const reports = jsonLines(run.stdout);
    expect(reports.map((r) => [r['title'], r['url']])).toEqual([
      ['Hostess abroad', 'https://jobs.example/ad/1'],
      ['Florist', 'https://flowers.example/jobs/2'],
      ['Bakery help', `https://jobs.example/search?q=hostess#${encodeURIComponent(String(reports[2]?.['id']).split('#')[1] ?? '')}`],
    ]);
    expect(String(reports[0]?.['excerpt'])).toMatch(/^Hostess abroad Pay a \$200 processing fee/);
    // The engine's fields first, byte for byte, then the page's.
    expect(Object.keys(reports[0] ?? {}).slice(-3)).toEqual(['url', 'title', 'excerpt']);

    const csv = parse((await faro(['scan', '--format', 'csv', page])).stdout, { columns: true }) as Record<string, string>[];
    expect(csv.map((row) => [row['title'], row['url'], row['excerpt']])).toEqual(reports.map((r) => [r['title'], r['url'], r['excerpt']]));

    const text = (await faro(['scan', '--format', 'text', page])).stdout;
    for (const r of reports) {
      expect(text).toContain(`\n  ${String(r['title'])}\n  "${String(r['url'])}"\n  “${String(r['excerpt'])}”\n`);
    }

    const json = JSON.parse((await faro(['scan', '--format', 'json', page])).stdout) as Record<string, unknown>[];
    expect(json).toEqual(reports);
  });

  it('a page saved without its address: each ad points into the saved file', async () => {
    const run = await faro(['scan', files.path('posting.html')]);
    expect(jsonLines(run.stdout)[0]).toMatchObject({ title: 'Hostess', url: pathToFileURL(files.path('posting.html')).href });
  });
});
