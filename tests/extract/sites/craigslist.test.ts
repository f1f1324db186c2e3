import { describe, expect, it } from 'vitest';
import { extractAds } from '../../../utils/extract/index';
import craigslist from '../../../utils/extract/sites/craigslist';
import { PARSERS, REAL_PAGES, readPage } from '../pages';

const SEARCH_URL = 'http://newyork.craigslist.org/search/ppa?query=kenmore';

describe.each(Object.entries(PARSERS))('craigslist adapter (%s)', (_name, parse) => {
  it('matches search pages only', () => {
    const doc = parse(readPage(REAL_PAGES, 'listing_search_ppa_nyc_121212.html'));
    expect(craigslist.matches(SEARCH_URL, doc)).toBe(true);
    expect(craigslist.matches('http://miami.craigslist.org/mdc/sys/1808219423.html', doc)).toBe(false);
    expect(craigslist.matches(undefined, doc)).toBe(false);
  });

  it('gives the 100 result rows of the saved 2012 search, as the generic path does', () => {
    const doc = parse(readPage(REAL_PAGES, 'listing_search_ppa_nyc_121212.html'));
    const viaAdapter = extractAds(doc, { url: SEARCH_URL, adapters: [craigslist] });
    expect(viaAdapter).toHaveLength(100);
    expect(viaAdapter.every((ad) => ad.source === 'adapter')).toBe(true);
    expect(viaAdapter.map((ad) => ad.text)).toEqual(extractAds(doc, { adapters: false }).map((ad) => ad.text));
  });

  it('also reads the later result-row layout', () => {
    const doc = parse(`<html><body><ul class="rows">${[1, 2]
      .map((i) => `<li class="result-row" data-pid="${i}"><a href="/d/x/${i}.html" class="result-title">Bike ${i}</a> <span class="result-price">$5</span></li>`)
      .join('')}</ul></body></html>`);
    const ads = extractAds(doc, { url: SEARCH_URL, adapters: [craigslist] });
    // Two rows are too few for the generic detector; the adapter knows them by name.
    expect(ads.map((ad) => [ad.key, ad.text])).toEqual([['1', 'Bike 1 $5'], ['2', 'Bike 2 $5']]);
  });
});
