import { LEVEL_RANK } from '@/engine/types';
import type { TabAd } from './messaging';

/**
 * What one tab may keep of its results (issue 12). A page decides how many ads it shows and how long they
 * are; without a cap, one page that adds cards forever fills the background's memory and storage.session
 * (10 MB in Chrome, shared by every tab and by the history's problem notice), and the other tabs' results
 * are no longer kept there.
 */
export const TAB_CAPS = {
  /** Ads per tab: a listing shows tens; an endless feed keeps its riskiest and newest. */
  ads: 1_000,
  /** The tab's results as JSON, in characters: about 1 MB, so that several tabs fit in storage.session. */
  chars: 1_000_000,
} as const;

const sizeOf = (value: unknown) => JSON.stringify(value)?.length ?? 0;

/**
 * The ads a tab keeps, in page order. The ads of the batch just analysed (`fresh`) are always kept whole:
 * they are drawn, counted and recorded now. Beyond the count, the oldest low ads go first, then the
 * oldest medium ones. Beyond the size, the oldest ads first lose their text (kept only to link the page's
 * ads to each other; an ad without it is linked by its contacts), then go, low ones first.
 */
export function capTabAds(ads: readonly TabAd[], fresh: ReadonlySet<string>): TabAd[] {
  // Dropped first: not fresh, lowest level, oldest.
  const byExpendability = ads
    .map((ad, position) => ({ ad, position }))
    .filter(({ ad }) => !fresh.has(ad.key))
    .sort((a, b) => LEVEL_RANK[a.ad.report.level] - LEVEL_RANK[b.ad.report.level] || a.position - b.position);
  const dropped = new Set<number>();
  for (const { position } of byExpendability.slice(0, Math.max(0, ads.length - TAB_CAPS.ads))) dropped.add(position);

  const kept = ads.map((ad, position) => (dropped.has(position) ? undefined : { ...ad }));
  let size = kept.reduce((sum, ad) => sum + (ad ? sizeOf(ad) : 0), 0);
  // Texts go oldest first, whatever the level: the reports, and so the verdicts, stay.
  for (let position = 0; position < kept.length && size > TAB_CAPS.chars; position++) {
    const ad = kept[position];
    if (!ad || fresh.has(ad.key) || ad.text === undefined) continue;
    size -= sizeOf(ad.text) + ',"text":'.length;
    delete ad.text;
  }
  for (const { position } of byExpendability) {
    if (size <= TAB_CAPS.chars) break;
    const ad = kept[position];
    if (!ad) continue;
    size -= sizeOf(ad);
    kept[position] = undefined;
  }
  return kept.filter((ad): ad is TabAd => ad !== undefined);
}
