import type { SiteAdapter } from '../adapter';
import { findAll, tagOf } from '../dom';

/**
 * kleinanzeigen.de (formerly eBay Kleinanzeigen), Germany's largest classifieds site. Its result list
 * (#srchrslt-adtable) holds one article.aditem[data-adid] per ad, besides banner slots; the generic
 * detector finds the same cards, this pins them to the article that carries the ad id.
 * Test page: ../shared/realdata/pages/kleinanzeigen.html (tests/extract/sites/kleinanzeigen.test.ts).
 */
const kleinanzeigen: SiteAdapter = {
  id: 'kleinanzeigen',
  matches(url, doc) {
    if (url) return /^https?:\/\/(?:[\w-]+\.)*kleinanzeigen\.de\//i.test(url);
    return doc.getElementById('srchrslt-adtable') !== null;
  },
  cards(root) {
    return findAll(root, (el) => tagOf(el) === 'ARTICLE' && el.classList.contains('aditem') && el.hasAttribute('data-adid'));
  },
};

export default kleinanzeigen;
