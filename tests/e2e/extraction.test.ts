import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, blockOtherNetwork, launch, serveDirectories, type ExtensionBrowser, type StaticServer } from '../../scripts/extension-browser';
import { levelsOf } from './levels';

/** The built extension on pages that hide their red flags, and on pages of posts (issue 11 point 3, issue 12 point 4). */
let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveDirectories({ fixtures: join(ROOT, 'tests', 'e2e', 'fixtures'), extract: join(ROOT, 'tests', 'extract', 'fixtures') });
  browser = await launch();
  await blockOtherNetwork(browser.context, server.origin);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function levelsOn(path: string, selectors: string[]): Promise<Array<string | null>> {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/${path}`);
  const levels = await levelsOf(page, selectors);
  await page.close();
  return levels;
}

describe('what the extension reads of a page', () => {
  it('red flags behind 23,000 characters of filler hidden by the page’s style sheet are read: each padded card is flagged, the others are not', async () => {
    const padded = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
    const plain = ['s1', 's2', 's3', 's5', 's4'];
    const levels = await levelsOn('fixtures/hidden-padding.html', [...padded, ...plain].map((id) => `[data-job-id="${id}"]`));
    expect(levels.slice(0, padded.length).every((level) => level === 'medium' || level === 'high'), String(levels)).toBe(true);
    expect(levels.slice(padded.length)).toEqual(plain.map(() => 'low'));
  });

  it('a forum thread is read post by post: the request is flagged, the warning and the answer under it are not', async () => {
    const levels = await levelsOn('extract/forum-thread.html', ['#p101', '#p102', '#p103']);
    expect(levels[0]).toMatch(/^(medium|high)$/);
    expect(levels.slice(1)).toEqual(['low', 'low']);
  });

  it('comments under an ad are read one by one: a recruiter’s comment is flagged, the ad and the other comments are not', async () => {
    const levels = await levelsOn('extract/ad-with-comments.html', ['[data-ad-id="c-7781"]', '#cm-1', '#cm-2', '#cm-3']);
    expect(levels.slice(0, 3)).toEqual(['low', 'low', 'low']);
    expect(levels[3]).toMatch(/^(medium|high)$/);
  });
});
