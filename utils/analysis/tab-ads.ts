import { MAX_AD_TEXT } from '@/utils/extract/text';
import type { AdInput, TabAd } from '@/utils/messaging';
import type { AnalysisOutcome, AnalysisRequest } from './protocol';
import { unreadReport } from './unread';

/** Longest title kept of an ad. */
const MAX_TITLE = 300;

/** One ad of a content script's message, as far as the background trusts it: strings, cut to size. */
function fromPage(ad: AdInput): AdInput {
  const text = String(ad.text);
  return {
    key: String(ad.key),
    text: text.slice(0, MAX_AD_TEXT),
    ...(typeof ad.title === 'string' ? { title: ad.title.slice(0, MAX_TITLE) } : {}),
    ...(typeof ad.lang === 'string' ? { lang: ad.lang } : {}),
    // Not read whole: the page cut it (its start and end were sent), or it is longer than the engine reads.
    ...(ad.truncated === true || text.length > MAX_AD_TEXT ? { truncated: true } : {}),
  };
}

/**
 * The ad as its tab keeps it. An ad read in part says so in its report (`truncated`), whoever cut it; an
 * ad the engine could not read gets an empty low report and says why (`unread`).
 */
function toTabAd(ad: AdInput, outcome: AnalysisOutcome): TabAd {
  const kept = { key: ad.key, text: ad.text, ...(ad.title !== undefined ? { title: ad.title } : {}) };
  if (!outcome.ok) return { ...kept, report: unreadReport(ad.key), unread: outcome.reason === 'timeout' ? 'timeout' : 'failed' };
  return { ...kept, report: ad.truncated ? { ...outcome.report, truncated: true } : outcome.report };
}

/** The ads of one message from a content script, each analysed by `analyse` (the tab's turn in the queue). */
export async function analyseAds(ads: readonly AdInput[], analyse: (request: AnalysisRequest) => Promise<AnalysisOutcome>): Promise<TabAd[]> {
  const inputs = ads.map(fromPage);
  const outcomes = await Promise.all(inputs.map((ad) => analyse({ text: ad.text, id: ad.key, ...(ad.lang !== undefined ? { lang: ad.lang } : {}) })));
  return inputs.map((ad, i) => toTabAd(ad, outcomes[i] as AnalysisOutcome));
}
