import { describe, expect, it } from 'vitest';
import { extractAds } from '../../../utils/extract/index';
import kleinanzeigen from '../../../utils/extract/sites/kleinanzeigen';
import { PARSERS, REAL_PAGES, readPage } from '../pages';

describe.each(Object.entries(PARSERS))('kleinanzeigen adapter (%s)', (_name, parse) => {
  it('recognises the saved results page by URL and by markup, and not the ad page', () => {
    const listing = parse(readPage(REAL_PAGES, 'kleinanzeigen.html'));
    const detail = parse(readPage(REAL_PAGES, 'kleinanzeigen_detail.html'));
    expect(kleinanzeigen.matches(undefined, listing)).toBe(true);
    expect(kleinanzeigen.matches('https://www.kleinanzeigen.de/s-duesseldorf/wohnung/k0l2068', listing)).toBe(true);
    expect(kleinanzeigen.matches('https://example.org/kleinanzeigen.de/', listing)).toBe(false);
    expect(kleinanzeigen.matches(undefined, detail)).toBe(false);
  });

  it('gives the 27 ads, the same cards and texts as the generic path, marked as adapter ads', () => {
    const doc = parse(readPage(REAL_PAGES, 'kleinanzeigen.html'));
    const viaAdapter = extractAds(doc, { adapters: [kleinanzeigen] });
    const generic = extractAds(doc, { adapters: false });
    expect(viaAdapter).toHaveLength(27);
    expect(viaAdapter.every((ad) => ad.source === 'adapter')).toBe(true);
    expect(viaAdapter.map((ad) => [ad.key, ad.text, ad.element])).toEqual(generic.map((ad) => [ad.key, ad.text, ad.element]));
  });
});
