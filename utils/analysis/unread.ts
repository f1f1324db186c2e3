import type { Report } from '@/engine/types';

/**
 * The report of an ad the engine could not read (utils/messaging.ts TabAd.unread): no flag, so nothing is
 * drawn on the page and the toolbar count is not raised by a guess, and the popup says the ad was not read.
 */
export function unreadReport(id: string): Report {
  return { id, lang: 'und', kind: 'other', score: 0, level: 'low', flags: [], mitigations: [], contacts: [] };
}
