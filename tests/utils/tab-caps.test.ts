import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Level, Report } from '@/engine/types';
import type { TabAd } from '@/utils/messaging';
import { capTabAds, TAB_CAPS } from '@/utils/tab-caps';
import { TabStore } from '@/utils/tab-store';

/** Issue 12, per-tab caps: a page that adds cards forever cannot fill storage.session or the background's memory. */
const report = (level: Level): Report => ({ id: 'r', lang: 'en', kind: 'job', score: level === 'high' ? 70 : level === 'medium' ? 40 : 0, level, flags: [], mitigations: [], contacts: [] });
const ad = (key: string, level: Level = 'low', text = `Ad ${key}: warehouse work, good pay.`): TabAd => ({ key, text, report: report(level) });
const keys = (ads: readonly TabAd[]) => ads.map((a) => a.key);
const size = (ads: readonly TabAd[]) => JSON.stringify({ url: 'https://example.org/', ads }).length;

describe('capTabAds', () => {
  it('keeps a page within its cap unchanged', () => {
    const ads = [ad('a', 'high'), ad('b'), ad('c', 'medium')];
    expect(capTabAds(ads, new Set(['c']))).toEqual(ads);
  });

  it('beyond the count, drops the oldest low ads first, never the fresh batch nor a risky ad, and keeps page order', () => {
    const risky = ad('risky-0', 'high');
    const old = Array.from({ length: TAB_CAPS.ads }, (_, i) => ad(`low-${i}`));
    const fresh = Array.from({ length: 5 }, (_, i) => ad(`new-${i}`));
    const kept = capTabAds([risky, ...old, ...fresh], new Set(keys(fresh)));
    expect(kept).toHaveLength(TAB_CAPS.ads);
    expect(kept[0]).toEqual(risky);
    expect(keys(kept.slice(-5))).toEqual(keys(fresh));
    expect(keys(kept).includes('low-0')).toBe(false);
    expect(keys(kept).includes(`low-${TAB_CAPS.ads - 1}`)).toBe(true);
  });

  it('beyond the size, takes the texts of the oldest ads first, then the ads, and keeps the fresh ones whole', () => {
    const long = 'x'.repeat(60_000);
    const old = Array.from({ length: 40 }, (_, i) => ad(`old-${i}`, i === 0 ? 'high' : 'low', long));
    const fresh = [ad('new', 'medium', long)];
    const kept = capTabAds([...old, ...fresh], new Set(['new']));
    expect(size(kept)).toBeLessThanOrEqual(TAB_CAPS.chars);
    expect(kept.at(-1)).toEqual(fresh[0]);
    // Verdicts stay: every ad is still there, the oldest without their texts.
    expect(kept).toHaveLength(41);
    expect(kept[0]).toMatchObject({ key: 'old-0', report: { level: 'high' } });
    expect(kept[0]?.text).toBeUndefined();
    expect(kept.at(-2)?.text).toBe(long);
  });

  it('takes whole ads when the reports alone are too big, low ones first', () => {
    const bulky = (key: string, level: Level): TabAd => ({ key, report: { ...report(level), flags: [{ rule: 'r', category: 'debt-fees', strength: 'strong', weight: 40, evidence: [{ start: 0, end: 1, text: 'y'.repeat(50_000) }] }] } });
    const ads = [bulky('high', 'high'), ...Array.from({ length: 30 }, (_, i) => bulky(`low-${i}`, 'low'))];
    const kept = capTabAds(ads, new Set());
    expect(size(kept)).toBeLessThanOrEqual(TAB_CAPS.chars);
    expect(kept[0]?.key).toBe('high');
  });
});

describe('TabStore with the cap, as the background uses it', () => {
  beforeEach(() => fakeBrowser.reset());

  it('an endless feed of long ads keeps its tab within the cap in storage.session, batch after batch', async () => {
    const tabs = new TabStore();
    for (let batch = 0; batch < 30; batch++) {
      const ads = Array.from({ length: 50 }, (_, i) => ad(`b${batch}-${i}`, i === 0 ? 'high' : 'low', `${'Lavoro in magazzino, paga buona. '.repeat(60)}${batch}-${i}`));
      const fresh = new Set(keys(ads));
      await tabs.put(3, 'https://example.org/feed', ads, batch === 0, (merged) => capTabAds(merged, fresh));
    }
    const stored = (await fakeBrowser.storage.session.get('tab:3'))['tab:3'] as { ads: TabAd[] };
    expect(JSON.stringify(stored).length).toBeLessThan(TAB_CAPS.chars * 1.1);
    expect(stored.ads.length).toBeLessThanOrEqual(TAB_CAPS.ads);
    // Every risky ad of the feed is still counted.
    expect(stored.ads.filter((a) => a.report.level === 'high')).toHaveLength(30);
  });
});
