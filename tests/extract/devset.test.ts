import { describe, expect, it } from 'vitest';
import { extractAds } from '../../utils/extract/index';
import { DEVSET_PAGES, PARSERS, readPage } from './pages';

interface CardLabel {
  id: string;
  id_attr: string;
  title: string;
}

const labels = JSON.parse(readPage(DEVSET_PAGES, 'labels.json')) as Record<string, CardLabel[]>;
const LISTINGS = ['jobs-listing.html', 'classifieds-listing.html', 'infinite-scroll.html'];

describe.each(Object.entries(PARSERS))('devset pages, generic path only (%s)', (_name, parse) => {
  it.each(LISTINGS)('%s: exactly the labelled static cards, keyed by their id attribute', (page) => {
    const doc = parse(readPage(DEVSET_PAGES, page));
    const ads = extractAds(doc, { adapters: false });
    // infinite-scroll.html adds its other cards from a script, which is never run here.
    const expected = labels[page]!.filter((card) => doc.querySelector(`[${card.id_attr}="${card.id}"]`));
    expect(expected.length).toBeGreaterThanOrEqual(5);
    expect(ads.map((ad) => ad.key)).toEqual(expected.map((card) => card.id));
    for (const [i, ad] of ads.entries()) {
      const card = expected[i]!;
      expect(ad.source).toBe('card');
      expect(ad.element?.getAttribute(card.id_attr)).toBe(card.id);
      expect(ad.text).toContain(card.title);
      expect(ad.title).toBe(card.title);
    }
  });

  it('job-detail.html: the JSON-LD posting with its description, employer and salary, linked to its article', () => {
    const doc = parse(readPage(DEVSET_PAGES, 'job-detail.html'));
    const ads = extractAds(doc, { adapters: false });
    expect(ads).toHaveLength(1);
    const ad = ads[0]!;
    expect(ad.source).toBe('jsonld');
    expect(ad.key).toBe('91547');
    expect(ad.title).toBe('Care Assistant – UK Visa Sponsorship (CoS available now)');
    expect(ad.text).toContain('Prime Care Pathways');
    expect(ad.text).toContain('Sponsorship and processing fee £4,500');
    expect(ad.text).toContain('12.71 GBP per hour');
    expect(ad.text).toContain('Birmingham');
    expect(ad.text).not.toMatch(/<\/?[a-z]/i);
    // Block-aware: list items of the HTML description are separate lines.
    expect(ad.text).toContain('IELTS not needed\nReady to travel within 3 weeks');
    expect(ad.lang).toBe('en-GB');
    expect(ad.element?.tagName.toLowerCase()).toBe('article');
    expect(ad.element?.getAttribute('data-job-id')).toBe('91547');
    // Nothing from the page's furniture.
    expect(ad.text).not.toMatch(/Similar jobs|Company reviews|Privacy/);
  });
});
