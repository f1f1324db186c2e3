import type { LinkableAd } from '../../engine/link/index';
import type { AdRecord } from './schema';

/** A stored ad as engine/link reads it: the dashboard clusters the whole history with `linkAds(records.map(asLinkable))`. */
export function asLinkable(record: AdRecord): LinkableAd {
  return { id: record.id, text: record.text, report: { ...record.report, contacts: record.contacts } };
}
