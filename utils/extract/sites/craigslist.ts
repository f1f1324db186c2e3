import type { SiteAdapter } from '../adapter';
import { findAll, tagOf } from '../dom';

/** Result rows across Craigslist's layouts: p.row (to 2013), li.result-row (to 2022), li.cl-static-search-result (since). */
const ROW_CLASSES = ['row', 'result-row', 'cl-static-search-result', 'cl-search-result'];

/**
 * craigslist.org search results: one row per posting. The generic detector finds the 2012 rows too;
 * this adapter also covers the later layouts by name.
 * Test page: ../shared/realdata/pages/listing_search_ppa_nyc_121212.html (tests/extract/sites/craigslist.test.ts).
 */
const craigslist: SiteAdapter = {
  id: 'craigslist',
  matches(url) {
    return url !== undefined && /^https?:\/\/(?:[\w-]+\.)*craigslist\.org\/search\//i.test(url);
  },
  cards(root) {
    return findAll(root, (el) => {
      const tag = tagOf(el);
      return (tag === 'P' || tag === 'LI') && ROW_CLASSES.some((c) => el.classList.contains(c)) && el.querySelector('a[href]') !== null;
    });
  },
};

export default craigslist;
