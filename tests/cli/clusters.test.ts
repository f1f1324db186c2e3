import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { CLI_TIMEOUT, faro, jsonLines, tempFiles } from './run';

const files = tempFiles({
  'batch.jsonl': [
    { id: 'a', text: 'Hostess work abroad, write to same.recruiter@gmail.com today' },
    { id: 'b', text: 'Dancers wanted in clubs, contact same.recruiter@gmail.com now' },
    { id: 'c', text: 'Florist shop needs an assistant, apply at our shop in the centre' },
    { id: '=HYPERLINK("http://evil.example")', text: 'Massage girls wanted, write to same.recruiter@gmail.com' },
  ].map((ad) => JSON.stringify(ad)).join('\n'),
});
afterAll(() => files.remove());

describe('faro scan --clusters', { timeout: CLI_TIMEOUT }, () => {
  it('json: one document of clusters instead of the reports, members named with their file and line', async () => {
    const run = await faro(['scan', '--clusters', '--format', 'json', files.path('batch.jsonl')]);
    expect(run.code).toBe(0);
    const { clusters } = JSON.parse(run.stdout) as { clusters: { kind: string; ads: { id: string; source: string }[] }[] };
    const shared = clusters.find((c) => c.kind === 'shared-contact');
    expect(shared?.ads.map((a) => a.id)).toEqual(['a', 'b', '=HYPERLINK("http://evil.example")']);
    expect(shared?.ads[0]?.source).toBe(`${files.path('batch.jsonl')}:1`);
  });

  it('text: the reports first, then the clusters', async () => {
    const run = await faro(['scan', '--clusters', '--format', 'text', files.path('batch.jsonl')]);
    expect(run.code).toBe(0);
    expect(run.stdout.indexOf('Shared contacts: 1')).toBeGreaterThan(run.stdout.indexOf('\nc  '));
  });

  it('csv: a cell a spreadsheet would run as a formula is defused', async () => {
    const run = await faro(['scan', '--clusters', '--format', 'csv', files.path('batch.jsonl')]);
    const rows = parse(run.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r['ad_id'])).toContain(`'=HYPERLINK("http://evil.example")`);
  });

  it('without the flag, no clusters', async () => {
    const run = await faro(['scan', files.path('batch.jsonl')]);
    expect(jsonLines(run.stdout)).toHaveLength(4);
  });
});
