import type { SiteAdapter } from '../adapter';
import { findAll, tagOf } from '../dom';

/**
 * kleinanzeigen.de (formerly eBay Kleinanzeigen), Germany's largest classifieds site. Its result list
 * (#srchrslt-adtable) holds one article.aditem[data-adid] per ad, besides banner slots; the generic
 * detector finds the same cards, this pins them to the article that carries the ad id. Only where the
 * result list is: an ad's own page carries the same cards in its "other ads" rail, and taking them
 * there would lose the ad itself.
 * Test page: ../shared/realdata/pages/kleinanzeigen.html (tests/extract/sites/kleinanzeigen.test.ts).
 */
const kleinanzeigen: SiteAdapter = {
  id: 'kleinanzeigen',
  matches(url, doc) {
    if (url && !/^https?:\/\/(?:[\w-]+\.)*kleinanzeigen\.de\//i.test(url)) return false;
    return doc.getElementById('srchrslt-adtable') !== null;
  },
  cards(root) {
    return findAll(root, (el) => tagOf(el) === 'ARTICLE' && el.classList.contains('aditem') && el.hasAttribute('data-adid'));
  },
};

export default kleinanzeigen;
