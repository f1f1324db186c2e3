import { afterAll, describe, expect, it } from 'vitest';
import { MAX_AD_TEXT } from '../../utils/extract/text';
import { CLI_TIMEOUT, faro, jsonLines, RISKY_EN, tempFiles } from './run';

/**
 * Issue 12, point 4, in the command line: a saved page's ad longer than Faro reads is read at both ends
 * by the extractor (as in the extension), and its report says it was not read whole, though the text the
 * engine got is within its cap (so the engine alone would not know).
 */
const page = (text: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Warehouse job</title></head><body><main><article><h1>Warehouse job</h1><p>${text}</p></article></main></body></html>`;
const files = tempFiles({
  'long.html': page(`${RISKY_EN} ${'lorem ipsum dolor sit amet '.repeat(Math.ceil((MAX_AD_TEXT * 1.5) / 27))} Apply today.`),
  'short.html': page(`${RISKY_EN} Apply today.`),
});
afterAll(() => files.remove());

describe('faro scan: a saved page’s ad not read whole', { timeout: CLI_TIMEOUT }, () => {
  it('marks the long ad’s report as truncated (the engine got no more than it reads), not the short one’s', async () => {
    const run = await faro(['scan', files.path('long.html'), files.path('short.html')]);
    expect(run.code).toBe(0);
    const reports = jsonLines(run.stdout);
    expect(reports.map((r) => [String(r['id']).split('#')[0], r['truncated'] === true])).toEqual([
      [files.path('long.html'), true],
      [files.path('short.html'), false],
    ]);
  });

  it('says so in the text summary, in the reader’s language', async () => {
    const run = await faro(['scan', '--format', 'text', '--locale', 'it', files.path('long.html')]);
    expect(run.stdout).toContain('Non letto per intero');
  });
});
