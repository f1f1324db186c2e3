import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, serveDirectories, type StaticServer } from '../../scripts/extension-browser';
import { levelsOf } from '../e2e/levels';
import { launchFirefox, type FirefoxWithExtension } from './firefox';

/** Firefox's own reading of styles (its checkVisibility and computed style) on the page that hides red flags behind filler, and a forum thread read post by post. */
let firefox: FirefoxWithExtension;
let server: StaticServer;

beforeAll(async () => {
  server = await serveDirectories({ fixtures: join(ROOT, 'tests', 'e2e', 'fixtures'), extract: join(ROOT, 'tests', 'extract', 'fixtures') });
  firefox = await launchFirefox();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

async function levelsOn(path: string, selectors: string[]): Promise<Array<string | null>> {
  const page = await firefox.newPage();
  await page.goto(`${server.origin}/${path}`, { waitUntil: 'load' });
  const levels = await levelsOf(page, selectors);
  await page.close();
  return levels;
}

describe('Firefox: what the extension reads of a page', () => {
  it('red flags behind filler hidden by the page’s style sheet are read: each padded card is flagged, the others are not', async () => {
    const padded = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
    const plain = ['s1', 's2', 's3', 's5', 's4'];
    const levels = await levelsOn('fixtures/hidden-padding.html', [...padded, ...plain].map((id) => `[data-job-id="${id}"]`));
    expect(levels.slice(0, padded.length).every((level) => level === 'medium' || level === 'high'), String(levels)).toBe(true);
    expect(levels.slice(padded.length)).toEqual(plain.map(() => 'low'));
  });

  it('a forum thread is read post by post', async () => {
    const levels = await levelsOn('extract/forum-thread.html', ['#p101', '#p102', '#p103']);
    expect(levels[0]).toMatch(/^(medium|high)$/);
    expect(levels.slice(1)).toEqual(['low', 'low']);
  });
});
