import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { extractAds } from '../../utils/extract/index';
import { DEVSET_PAGES, readPage } from './pages';

interface CardLabel {
  id: string;
}

const labels = JSON.parse(readPage(DEVSET_PAGES, 'labels.json')) as Record<string, CardLabel[]>;

describe('incremental scanning of a page that adds cards as you scroll', () => {
  it('infinite-scroll.html: each scan finds the cards added since the last one, 30 in all', async () => {
    // The devset page's own inline script adds 5 cards every 300 ms (trusted fixture: scripts on here).
    const window = new Window({
      settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
    });
    const document = window.document as unknown as Document;
    document.write(readPage(DEVSET_PAGES, 'infinite-scroll.html'));
    const scanned = new WeakSet<Element>();
    const batches: string[][] = [];
    const scan = () => {
      // What the content script does by key: the cards already seen are not new.
      const ads = extractAds(document).filter((ad) => ad.element && !scanned.has(ad.element));
      for (const ad of ads) if (ad.element) scanned.add(ad.element);
      if (ads.length > 0) batches.push(ads.map((ad) => ad.key));
    };
    scan();
    for (let i = 0; i < 60 && document.body.getAttribute('data-feed-complete') !== 'true'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      scan();
    }
    scan();
    await window.happyDOM.close();

    expect(batches[0]).toEqual(['is-01', 'is-02', 'is-03', 'is-04', 'is-05']);
    expect(batches.length).toBeGreaterThan(2);
    const all = batches.flat();
    expect(all).toEqual(labels['infinite-scroll.html']!.map((card) => card.id));
    expect(new Set(all).size).toBe(30);
  });

  it('a root option limits the scan to one list', () => {
    const window = new Window();
    const document = window.document as unknown as Document;
    document.write(readPage(DEVSET_PAGES, 'jobs-listing.html'));
    const list = document.getElementById('job-results')!;
    const ads = extractAds(document, { root: list });
    expect(ads).toHaveLength(12);
    expect(ads.every((ad) => ad.element && list.contains(ad.element))).toBe(true);
  });
});
