import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../engine/analyze';
import type { Report } from '../../engine/types';
import { CLI_TIMEOUT, faro, jsonLines, PLAIN, RISKY_EN, RISKY_IT, rulesOf, tempFiles } from './run';

const files = tempFiles({
  'ads.jsonl': [
    JSON.stringify({ id: 'a1', text: RISKY_EN, url: 'https://example.org/1', extra: { ignored: true } }),
    JSON.stringify({ text: PLAIN }),
    '',
    JSON.stringify({ id: 42, text: RISKY_IT, lang: 'it' }),
  ].join('\n'),
  'export.csv': `id,title,description,lang\nc1,"Hostess, travel paid","${RISKY_EN.replace(/\./g, '.\n')}",en\n,Florist,"${PLAIN}",\n`,
  'text.csv': `text\n"${RISKY_IT}"\n`,
  // Spreadsheets where the comma is the decimal mark save CSV with semicolons; .tsv is tab-separated.
  'semicolon.csv': `id;lang;text\ns1;en;"${RISKY_EN}"\ns2;en;Hostess wanted, ${RISKY_EN}\n`,
  'tabs.tsv': `id\ttext\nt1\t${RISKY_EN}\nt2\t${PLAIN}\n`,
  'tabs.csv': `id\ttext\nt1\t${RISKY_EN}\n`,
  'formulas.jsonl': [
    JSON.stringify({ id: '=HYPERLINK("http://evil.example","click")', text: RISKY_EN, url: '@SUM(A1)' }),
    JSON.stringify({ id: '+393296041177', text: PLAIN }),
  ].join('\n'),
  'one.txt': RISKY_EN,
  'nested/b/z.txt': PLAIN,
  'nested/a.jsonl': `${JSON.stringify({ id: 'n1', text: RISKY_EN })}\n`,
  'nested/notes.md': '# not an ad format',
  'nested/.hidden.txt': RISKY_EN,
});
afterAll(() => files.remove());

describe('faro scan: inputs', { timeout: CLI_TIMEOUT }, () => {
  it('reads JSONL: ids carried over or file:line, lang and url kept, other fields ignored, input order', async () => {
    const run = await faro(['scan', files.path('ads.jsonl')]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const reports = jsonLines(run.stdout);
    expect(reports.map((r) => r['id'])).toEqual(['a1', `${files.path('ads.jsonl')}:2`, '42']);
    expect(reports[0]).toMatchObject({ url: 'https://example.org/1' });
    expect(rulesOf(reports[0])).toContain('upfront-fee');
    expect(reports[0]).not.toHaveProperty('extra');
    expect(reports[1]).toMatchObject({ level: 'low', flags: [] });
    expect(reports[2]).toMatchObject({ lang: 'it' });
    expect(rulesOf(reports[2])).toContain('upfront-fee');
  });

  it('reads CSV with a text column, or title and description columns, quoted commas and newlines included', async () => {
    const run = await faro(['scan', files.path('export.csv'), files.path('text.csv')]);
    expect(run.code).toBe(0);
    const reports = jsonLines(run.stdout) as unknown as Report[];
    expect(reports.map((r) => r.id)).toEqual(['c1', `${files.path('export.csv')}:5`, `${files.path('text.csv')}:2`]);
    expect(reports[0]?.flags.map((f) => f.rule)).toContain('upfront-fee');
    // Title and description are read as one text, title first: evidence offsets point into it.
    const joined = `Hostess, travel paid\n${RISKY_EN.replace(/\./g, '.\n')}`;
    for (const e of reports[0]?.flags.flatMap((f) => f.evidence) ?? []) expect(joined.slice(e.start, e.end)).toBe(e.text);
    expect(reports[1]?.level).toBe('low');
    expect(reports[2]?.flags.map((f) => f.rule)).toContain('upfront-fee');
  });

  it('reads CSV separated by semicolons or tabs (found from the header), and .tsv files', async () => {
    const run = await faro(['scan', files.path('semicolon.csv'), files.path('tabs.tsv'), files.path('tabs.csv')]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const reports = jsonLines(run.stdout) as unknown as Report[];
    expect(reports.map((r) => r.id)).toEqual(['s1', 's2', 't1', 't2', 't1']);
    for (const i of [0, 1, 2, 4]) expect(reports[i]?.flags.map((f) => f.rule)).toContain('upfront-fee');
    expect(reports[3]?.level).toBe('low');
    // The commas of an unquoted field are text, not separators: the evidence sits after "Hostess wanted, ".
    const fee = reports[1]?.flags.find((f) => f.rule === 'upfront-fee')?.evidence[0];
    expect(fee?.start).toBe('Hostess wanted, '.length);
  });

  it('reads a .txt file as one ad named by its path', async () => {
    const run = await faro(['scan', files.path('one.txt')]);
    expect(run.code).toBe(0);
    const reports = jsonLines(run.stdout);
    expect(reports).toMatchObject([{ id: files.path('one.txt') }]);
    expect(rulesOf(reports[0])).toContain('upfront-fee');
  });

  it('walks a directory recursively in sorted order, leaving out hidden files and unknown formats (with a note)', async () => {
    const run = await faro(['scan', join(files.dir, 'nested')]);
    expect(run.code).toBe(0);
    expect(jsonLines(run.stdout).map((r) => r['id'])).toEqual(['n1', files.path('nested/b/z.txt')]);
    expect(run.stderr).toContain('skipped 1 file(s) of unknown format');
  });

  it('reads JSONL from standard input', async () => {
    const stdin = `${JSON.stringify({ id: 's1', text: RISKY_EN })}\n${JSON.stringify({ text: PLAIN })}\n`;
    const run = await faro(['scan', '-'], { stdin });
    expect(run.code).toBe(0);
    expect(jsonLines(run.stdout).map((r) => r['id'])).toEqual(['s1', 'stdin:2']);
  });

  it('reads plain text from standard input as one ad', async () => {
    const run = await faro(['scan', '-'], { stdin: `\n${RISKY_EN}\n` });
    expect(run.code).toBe(0);
    const reports = jsonLines(run.stdout);
    expect(reports).toMatchObject([{ id: 'stdin' }]);
    expect(rulesOf(reports[0])).toContain('upfront-fee');
  });

  it('applies --lang only to ads without their own language', async () => {
    const run = await faro(['scan', '--lang', 'it', files.path('ads.jsonl')]);
    expect(run.code).toBe(0);
    expect(jsonLines(run.stdout).map((r) => r['lang'])[2]).toBe('it');
  });

  it.each([1, 3])('scans the whole devset with --jobs %i: in input order, each line byte for byte JSON.stringify(analyze())', async (jobs) => {
    const devset = join(import.meta.dirname, '..', '..', '..', 'shared', 'devset', 'ads.jsonl');
    const ads = readFileSync(devset, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; text: string; lang?: string });
    const run = await faro(['scan', '--jobs', String(jobs), devset]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n').filter((l) => l !== '');
    expect(lines).toEqual(ads.map((ad) => JSON.stringify(analyze(ad.text, { id: ad.id, lang: ad.lang }))));
    (jsonLines(run.stdout) as unknown as Report[]).forEach((r, i) => {
      const text = ads[i]?.text ?? '';
      for (const span of r.flags.flatMap((f) => f.evidence)) expect(text.slice(span.start, span.end)).toBe(span.text);
    });
  });

  it('streams: the first reports reach standard output while the batch is still being scored', async () => {
    const ads = Array.from({ length: 150 }, (_, i) => JSON.stringify({ id: `s${i}`, text: `${i % 2 ? RISKY_EN : PLAIN} ${i}` })).join('\n');
    const chunks: number[] = [];
    const run = await faro(['scan', '--jobs', '1', '-'], { stdin: ads, onStdout: (chunk) => chunks.push(chunk.split('\n').length - 1) });
    expect(run.code).toBe(0);
    expect(jsonLines(run.stdout)).toHaveLength(150);
    // 150 reports are far below one 64 KB block: buffered until the end, they would come in one piece.
    expect(chunks[0]).toBeLessThan(150);
  });
});

describe('faro scan: output formats', { timeout: CLI_TIMEOUT }, () => {
  it('json: one array of the same reports', async () => {
    const [jsonl, json] = await Promise.all([faro(['scan', files.path('ads.jsonl')]), faro(['scan', '--format', 'json', files.path('ads.jsonl')])]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(jsonLines(jsonl.stdout));
  });

  it('json: an empty batch is an empty array', async () => {
    const run = await faro(['scan', '--format=json', '-'], { stdin: '{"text": ""}\n' });
    expect(JSON.parse(run.stdout)).toEqual([]);
  });

  it('csv: id, lang, kind, level, score, categories, rules, evidence, url, title, excerpt', async () => {
    const run = await faro(['scan', '--format', 'csv', files.path('ads.jsonl')]);
    expect(run.code).toBe(0);
    const rows = parse(run.stdout, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toEqual(['id', 'lang', 'kind', 'level', 'score', 'categories', 'rules', 'evidence', 'url', 'title', 'excerpt']);
    expect(rows[0]?.url).toBe('https://example.org/1');
    const [first] = jsonLines((await faro(['scan', files.path('ads.jsonl')])).stdout) as unknown as Report[];
    expect(rows[0]).toMatchObject({ id: 'a1', level: first?.level, score: String(first?.score), rules: first?.flags.map((f) => f.rule).join('; ') });
    expect(rows[0]?.categories).toContain('debt-fees');
    expect(rows[0]?.kind).toBe(first?.kind);
    expect(rows[0]?.evidence).toBe(first?.flags.flatMap((f) => f.evidence.map((e) => `${f.rule}: ${JSON.stringify(e.text)}`)).join('; '));
    expect(rows[1]).toMatchObject({ level: 'low', score: '0', rules: '' });
  });

  it('csv: a cell a spreadsheet would run as a formula is defused, as in the dashboard export; phone numbers stay numbers', async () => {
    const run = await faro(['scan', '--format', 'csv', files.path('formulas.jsonl')]);
    expect(run.code).toBe(0);
    const rows = parse(run.stdout, { columns: true }) as Record<string, string>[];
    expect(rows[0]?.id).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(rows[0]?.url).toBe(`'@SUM(A1)`);
    expect(rows[1]?.id).toBe('+393296041177');
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=@\t\r]|^[+-](?![\d\s.,]+$)/);
  });

  it('text: level, score, flags and quoted evidence for a person, terminal controls escaped', async () => {
    const stdin = JSON.stringify({ id: 'x\u001b[31m', text: `${RISKY_EN} \u001b[2J` });
    const [run, jsonl] = await Promise.all([faro(['scan', '--format', 'text', '-'], { stdin }), faro(['scan', '-'], { stdin })]);
    expect(run.code).toBe(0);
    const [report] = jsonLines(jsonl.stdout) as unknown as Report[];
    expect(run.stdout).toContain(`${report?.level.toUpperCase()} · score ${report?.score}/100`);
    for (const f of report?.flags ?? []) expect(run.stdout).toContain(` [${f.rule}]: `);
    for (const e of report?.flags.flatMap((f) => f.evidence) ?? []) expect(run.stdout).toContain(JSON.stringify(e.text));
    expect(run.stdout).toContain('e-mail: "recruiter@gmail.com" (free webmail)');
    expect(run.stdout).not.toContain('\u001b');
  });
});
