import { describe, expect, it } from 'vitest';
import { extractAds, type ExtractedAd } from '../../utils/extract/index';
import { PARSERS, REAL_PAGES, readPage } from './pages';

/**
 * Words of the pages' navigation, footers and banners that must never end up in an ad's text, nor
 * what the sites add to every ad: Kleinanzeigen's status veils, gallery counter and message box,
 * WG-Gesucht's print-only copy of each card, its guide to the city, Craigslist's safety notice and flag links.
 */
const FURNITURE =
  /Impressum|Datenschutz|Nutzungsbedingungen|Cookie|Über uns|Karriere|Hilfe & Kontakt|Copyright|terms of use|privacy policy|Gelöscht|Reserviert|\b\d+\/18\b|Nachricht schreiben|Diese Anzeige ist erreichbar|so funktioniert|Avoid scams|flag with care|email this posting/i;

function noFurniture(ads: ExtractedAd[]): void {
  for (const ad of ads) expect(ad.text, ad.key).not.toMatch(FURNITURE);
}

describe.each(Object.entries(PARSERS))('real saved pages, generic path only (%s)', (_name, parse) => {
  it('kleinanzeigen.html: the 27 ad cards, keyed by data-adid', () => {
    const doc = parse(readPage(REAL_PAGES, 'kleinanzeigen.html'));
    const ads = extractAds(doc, { adapters: false });
    const ids = Array.from(doc.querySelectorAll('article[data-adid]')).map((el) => el.getAttribute('data-adid'));
    expect(ids).toHaveLength(27);
    expect(ads.map((ad) => ad.key)).toEqual(ids);
    for (const ad of ads) {
      expect(ad.source).toBe('card');
      expect(ad.title && ad.text.includes(ad.title)).toBe(true);
      expect(ad.text.length).toBeGreaterThan(60);
      // The cards' JSON-LD image data is script content, not text.
      expect(ad.text).not.toContain('creditText');
    }
    noFurniture(ads);
  });

  it('listing_search_ppa_nyc_121212.html (Craigslist): one ad per result row', () => {
    const doc = parse(readPage(REAL_PAGES, 'listing_search_ppa_nyc_121212.html'));
    const ads = extractAds(doc, { adapters: false });
    const rows = Array.from(doc.querySelectorAll('p.row'));
    expect(rows).toHaveLength(100);
    expect(ads.map((ad) => ad.element)).toEqual(rows);
    expect(ads[1]!.text).toBe('Dec 12 - Kenmore 5200 BTU Air Conditioner - $30 (Upper West Side) appliances - by owner pic');
    expect(new Set(ads.map((ad) => ad.key)).size).toBe(100);
    noFurniture(ads);
  });

  it('schwarzesbrett.html: the result cards', () => {
    const doc = parse(readPage(REAL_PAGES, 'schwarzesbrett.html'));
    const ads = extractAds(doc, { adapters: false });
    expect(ads).toHaveLength(10);
    expect(ads[0]!.title).toBe('Garage in Findorff / Weidedamm zum 01.09.26');
    expect(ads.every((ad) => ad.element?.closest('#results'))).toBe(true);
    noFurniture(ads);
  });

  it('wgGesucht.html: every offer card, the premium box included', () => {
    const doc = parse(readPage(REAL_PAGES, 'wgGesucht.html'));
    const ads = extractAds(doc, { adapters: false });
    const offers = Array.from(doc.querySelectorAll('.offer_list_item[data-id]')).map((el) => el.getAttribute('data-id'));
    expect(offers.length).toBeGreaterThanOrEqual(26);
    const keys = ads.map((ad) => ad.key);
    for (const id of offers) expect(keys).toContain(id);
    // Beyond the offers, at most a few sponsored cards of the same list.
    expect(ads.length).toBeLessThanOrEqual(offers.length + 4);
    noFurniture(ads);
  });

  it('kleinanzeigen_detail.html: one ad, the ad page itself (title, price, description), not its rails', () => {
    const doc = parse(readPage(REAL_PAGES, 'kleinanzeigen_detail.html'));
    const ads = extractAds(doc, { adapters: false });
    expect(ads).toHaveLength(1);
    const ad = ads[0]!;
    expect(ad.source).toBe('main');
    expect(ad.lang).toBe('de');
    expect(ad.text).toContain('Traumhaftes Dachgeschoss-Loft mit offener Galerie und Einbauküche');
    expect(ad.text).toContain('Ein Galerie-Loft mit ca. 89 m² Wohnfläche');
    // Neither the promotion dialogs nor the similar-ads rail (whose first card is this one).
    expect(ad.text).not.toMatch(/Warum Galerie buchen|Großzügige Etagenwohnung in Stadtnähe/);
    noFurniture(ads);
  });

  it('posting1808219423.html (Craigslist posting): one ad, the posting body', () => {
    const doc = parse(readPage(REAL_PAGES, 'posting1808219423.html'));
    const ads = extractAds(doc, { adapters: false });
    expect(ads).toHaveLength(1);
    const ad = ads[0]!;
    expect(ad.source).toBe('main');
    expect(ad.element?.id).toBe('userbody');
    expect(ad.text.startsWith('Need software?')).toBe(true);
    expect(ad.text).not.toMatch(/email this posting|please flag with care|Avoid scams/);
    noFurniture(ads);
  });
});
