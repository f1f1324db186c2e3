import { describe, expect, it } from 'vitest';
import { analyze } from '@/engine';
import { answer } from '@/utils/analysis/worker-side';
import type { AnalysisOutcome, AnalysisRequest } from '@/utils/analysis/protocol';
import { analyseAds } from '@/utils/analysis/tab-ads';
import { MAX_AD_TEXT } from '@/utils/extract/text';
import type { AdInput } from '@/utils/messaging';

const RISKY = 'No experience needed, 3000 euro a month. Travel and room arranged by the agency, to be repaid from your first salaries. Send a photo of your passport on WhatsApp.';

/** The worker's own answer, in this thread. */
const inProcess = async (request: AnalysisRequest): Promise<AnalysisOutcome> => {
  const reply = answer({ seq: 1, request });
  return 'report' in reply ? { ok: true, report: reply.report } : { ok: false, reason: 'failed' };
};

describe('analyseAds (issue 12, point 4: an ad not read whole says so)', () => {
  it('gives each ad the engine’s report, as analyze() makes it', async () => {
    const [ad] = await analyseAds([{ key: 'k1', text: RISKY, title: 'Job', lang: 'en' }], inProcess);
    expect(ad).toEqual({ key: 'k1', text: RISKY, title: 'Job', report: analyze(RISKY, { id: 'k1', lang: 'en' }) });
    expect(ad!.report.truncated).toBeUndefined();
  });

  it('marks as truncated the ad the page read in part (its start and end), and one longer than the engine reads', async () => {
    const long = `${RISKY} ${'filler words here '.repeat(MAX_AD_TEXT / 16)}`;
    const [cut, tooLong] = await analyseAds([{ key: 'cut', text: RISKY, truncated: true }, { key: 'long', text: long }], inProcess);
    expect(cut!.report).toEqual({ ...analyze(RISKY, { id: 'cut' }), truncated: true });
    expect(tooLong!.report.truncated).toBe(true);
    expect(tooLong!.text).toHaveLength(MAX_AD_TEXT);
  });

  it('an ad the engine could not read gets an empty low report and says why; the others of the batch are read', async () => {
    const analyse = async (request: AnalysisRequest): Promise<AnalysisOutcome> => (request.id === 'slow' ? { ok: false, reason: 'timeout' } : inProcess(request));
    const [slow, ok] = await analyseAds([{ key: 'slow', text: RISKY, truncated: true }, { key: 'ok', text: RISKY }], analyse);
    expect(slow).toMatchObject({ key: 'slow', unread: 'timeout', report: { id: 'slow', level: 'low', score: 0, flags: [] } });
    expect(slow!.report.truncated).toBeUndefined();
    expect(ok!.report.level).not.toBe('low');
  });

  it('trusts nothing of the message’s shape: strings are made of what came, titles cut, a non-string language left out', async () => {
    const hostile = { key: 7, text: RISKY, title: 'x'.repeat(1000), lang: { evil: true } } as unknown as AdInput;
    const [ad] = await analyseAds([hostile], inProcess);
    expect(ad!.key).toBe('7');
    expect(ad!.title).toHaveLength(300);
  });
});
