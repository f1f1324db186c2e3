import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractAds } from '../../utils/extract/index';
import { DEVSET_PAGES, REAL_PAGES, happyDocument, linkedomDocument, readPage } from './pages';

const pages = [DEVSET_PAGES, REAL_PAGES].flatMap((dir) =>
  readdirSync(fileURLToPath(dir))
    .filter((name) => name.endsWith('.html'))
    .map((name) => [name, dir] as const),
);

/** What the engine receives; elements differ between implementations, so they are compared by tag. */
function summary(doc: Document) {
  return extractAds(doc).map((ad) => ({ ...ad, element: ad.element?.tagName.toLowerCase() }));
}

describe('the CLI (linkedom) and happy-dom read the same ads from the same HTML', () => {
  it.each(pages)('%s', (name, dir) => {
    const html = readPage(dir, name);
    const fromLinkedom = summary(linkedomDocument(html));
    expect(fromLinkedom.length).toBeGreaterThan(0);
    expect(summary(happyDocument(html))).toEqual(fromLinkedom);
  });
});
