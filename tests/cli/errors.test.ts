import { afterAll, describe, expect, it } from 'vitest';
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { CLI_TIMEOUT, faro, jsonLines, RISKY_EN, rulesOf, tempFiles } from './run';

const files = tempFiles({
  'mixed.jsonl': [
    JSON.stringify({ id: 'ok1', text: RISKY_EN }),
    '{"text": "unterminated',
    JSON.stringify({ id: 'empty', text: '   ' }),
    JSON.stringify({ id: 'notext', body: 'x' }),
    '[1, 2]',
    JSON.stringify({ id: 'ok2', text: RISKY_EN }),
  ].join('\n'),
  'good.jsonl': JSON.stringify({ id: 'g', text: RISKY_EN }),
  'empty.txt': '  \n',
  'ad.pdf': 'binary',
  'nocolumn.csv': 'name,body\nx,y\n',
  'broken.csv': 'text\n"ok ad text"\n"unterminated quote\nmore of it\n\nand more\n',
  'zero.jsonl': '',
  'blank.jsonl': '\n  \n\n',
  'header-only.csv': 'id,text\n',
});
// Written apart: tempFiles writes UTF-8 text, and these hold other bytes (the start of a PNG; Latin-1).
writeFileSync(files.path('photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
writeFileSync(files.path('latin1.csv'), Buffer.from('text\n"Caf\xe9 cherche serveuse, logement fourni"\n', 'latin1'));
afterAll(() => files.remove());

describe('faro scan: bad input', { timeout: CLI_TIMEOUT }, () => {
  it('names the file and line of each bad JSONL line, scores the rest, exits 1', async () => {
    const run = await faro(['scan', files.path('mixed.jsonl')]);
    expect(run.code).toBe(1);
    expect(jsonLines(run.stdout).map((r) => r['id'])).toEqual(['ok1', 'ok2']);
    const f = files.path('mixed.jsonl');
    expect(run.stderr).toContain(`${f}:2: invalid JSON`);
    expect(run.stderr).toContain(`${f}:3: empty text`);
    expect(run.stderr).toContain(`${f}:4: no "text" field`);
    expect(run.stderr).toContain(`${f}:5: expected a JSON object`);
  });

  it('reports missing files, unknown formats, empty texts and bad CSV headers, and still scans the good inputs', async () => {
    const names = ['missing.jsonl', 'ad.pdf', 'empty.txt', 'nocolumn.csv', 'good.jsonl'];
    const run = await faro(['scan', ...names.map(files.path)]);
    expect(run.code).toBe(1);
    expect(jsonLines(run.stdout).map((r) => r['id'])).toEqual(['g']);
    expect(run.stderr).toContain(`${files.path('missing.jsonl')}: no such file or directory`);
    expect(run.stderr).toContain(`${files.path('ad.pdf')}: unknown format ".pdf"`);
    expect(run.stderr).toContain(`${files.path('empty.txt')}: empty text`);
    expect(run.stderr).toContain(`${files.path('nocolumn.csv')}: no "text" column`);
  });

  it('keeps the CSV records before a quote that is never closed, and names the line where it opens', async () => {
    const run = await faro(['scan', files.path('broken.csv')]);
    expect(run.code).toBe(1);
    expect(jsonLines(run.stdout)).toHaveLength(1);
    expect(run.stderr).toContain(`${files.path('broken.csv')}:3: invalid CSV (a quote opened here is never closed)`);
  });

  it.each([
    ['zero.jsonl', 'empty file'],
    ['blank.jsonl', 'no ad in this file'],
    ['header-only.csv', 'no ad in this file'],
    ['photo.txt', 'binary data, not text'],
    ['latin1.csv', 'not UTF-8 text'],
  ])('reports %s as a failed input naming it (%s), exits 1', async (name, message) => {
    const run = await faro(['scan', files.path(name), files.path('good.jsonl')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${files.path(name)}: ${message}`);
    expect(jsonLines(run.stdout).map((r) => r['id'])).toEqual(['g']);
  });

  it('refuses binary data on standard input', async () => {
    const run = await faro(['scan', '-'], { stdin: '\u0000\u0001PK binary' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('stdin: binary data, not text');
    expect(run.stdout).toBe('');
  });

  it.each([
    [['scan'], 'no input'],
    [[], 'missing command'],
    [['check', 'x.jsonl'], 'unknown command'],
    [['scan', '--format', 'xml', 'x.jsonl'], 'unknown format "xml"'],
    [['scan', '--lang', 'xx', 'x.jsonl'], 'unknown language "xx"'],
    [['scan', '--frobnicate', 'x.jsonl'], 'unknown option "--frobnicate"'],
    [['scan', '--formt', 'text', 'x.jsonl'], 'unknown option "--formt"; did you mean --format?'],
    [['scan', '--lcoale', 'it', 'x.jsonl'], 'unknown option "--lcoale"; did you mean --locale?'],
    [['scan', '--job', '2', 'x.jsonl'], 'unknown option "--job"; did you mean --jobs?'],
    [['scna', 'x.jsonl'], 'unknown command "scna"; did you mean scan?'],
    [['scan', '--format', 'jsnol', 'x.jsonl'], 'unknown format "jsnol"; did you mean jsonl?'],
    [['scan', '--locale', 'xx', 'x.jsonl'], 'unknown locale "xx"'],
    [['scan', '--country', 'Italy', 'x.jsonl'], '--country takes a two-letter country code'],
    [['scan', '--jobs', '0', 'x.jsonl'], '--jobs takes a whole number from 1 to 64'],
  ])('wrong usage %j exits 2 with the usage text', async (args, message) => {
    const run = await faro(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('Usage: faro scan');
  });

  it('--help prints the usage on standard output and exits 0', async () => {
    const run = await faro(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: faro scan');
  });
});

describe('faro scan: huge inputs', { timeout: CLI_TIMEOUT }, () => {
  it('streams a JSONL file larger than its whole heap, line by line', async () => {
    // The file is as large as the heap the CLI gets: read whole, as one string, it could not fit.
    const heapMb = 128;
    const big = tempFiles({});
    const path = big.path('big.jsonl');
    const fd = openSync(path, 'w');
    const filler = `${' '.repeat(1023)}\n`.repeat(1024); // 1 MB of blank lines: read and skipped, never scored
    for (let i = 0; i < heapMb; i++) writeSync(fd, filler);
    writeSync(fd, `${JSON.stringify({ id: 'last', text: RISKY_EN })}\n`);
    closeSync(fd);
    const run = await faro(['scan', path], { env: { NODE_OPTIONS: `--max-old-space-size=${heapMb}` } });
    big.remove();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(jsonLines(run.stdout).map((r) => r['id'])).toEqual(['last']);
  });

  it('reads a 1 MB single ad (JSONL and .txt): the engine reads its start and marks it truncated', async () => {
    const text = `${RISKY_EN} ${'lorem ipsum dolor sit amet '.repeat(40_000)}`;
    const big = tempFiles({ 'big.jsonl': `${JSON.stringify({ id: 'big', text })}\n`, 'big.txt': text });
    const run = await faro(['scan', big.path('big.jsonl'), big.path('big.txt')]);
    big.remove();
    expect(run.code).toBe(0);
    const reports = jsonLines(run.stdout);
    expect(reports).toMatchObject([{ id: 'big', truncated: true }, { id: big.path('big.txt'), truncated: true }]);
    for (const r of reports) expect(rulesOf(r)).toContain('upfront-fee');
    expect(run.stderr).toContain('only the start was analysed');
  });

  it('skips a JSONL line longer than the record limit and goes on', async () => {
    const big = tempFiles({});
    const path = big.path('long.jsonl');
    const fd = openSync(path, 'w');
    writeSync(fd, '{"text": "');
    const block = 'x'.repeat(1024 * 1024);
    for (let i = 0; i < 17; i++) writeSync(fd, block);
    writeSync(fd, `"}\n${JSON.stringify({ id: 'after', text: RISKY_EN })}\n`);
    closeSync(fd);
    const run = await faro(['scan', path]);
    big.remove();
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${path}:1: line longer than 16 MB`);
    expect(jsonLines(run.stdout).map((r) => r['id'])).toEqual(['after']);
  });
});
