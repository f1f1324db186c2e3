import { withLinks } from '@/engine/link';
import type { TabAd } from '@/utils/messaging';

/**
 * The ads of one tab linked to each other (issue 5, "on a listing page this works even with history
 * off"): ads that share a phone, e-mail or handle get `shared-contact`, near-identical texts get
 * `duplicate-text`, and their levels are recomputed. Runs again after every batch: earlier cross-ad
 * flags are replaced, never stacked. An ad without a kept text is linked by its contacts only.
 */
export function linkPageAds(ads: readonly TabAd[]): TabAd[] {
  const reports = withLinks(ads.map((ad) => ({ id: ad.key, text: ad.text ?? '', report: ad.report })));
  return ads.map((ad, i) => ({ ...ad, report: reports[i] ?? ad.report }));
}

/** What the page draws of a report: an ad whose fingerprint is unchanged needs no redrawing. */
function drawn(ad: TabAd): string {
  const { level, score, flags } = ad.report;
  return JSON.stringify([level, score, flags.map((f) => [f.rule, f.evidence.map((e) => [e.start, e.end])])]);
}

/** The ads of `after` that `before` already had, drawn differently now (a new link changed them). */
export function redrawnAds(before: readonly TabAd[], after: readonly TabAd[]): TabAd[] {
  const previous = new Map(before.map((ad) => [ad.key, drawn(ad)]));
  return after.filter((ad) => {
    const was = previous.get(ad.key);
    return was !== undefined && was !== drawn(ad);
  });
}
