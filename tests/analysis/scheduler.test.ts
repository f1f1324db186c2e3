import { describe, expect, it } from 'vitest';
import type { Report } from '@/engine/types';
import type { AnalysisOutcome, AnalysisRequest } from '@/utils/analysis/protocol';
import { AnalysisScheduler, type AnalysisHost } from '@/utils/analysis/scheduler';

const report = (id: string): Report => ({ id, lang: 'en', kind: 'job', score: 0, level: 'low', flags: [], mitigations: [], contacts: [] });

/** A host whose texts take the time their text says ("300"), on a clock the test owns. */
function fakeHost() {
  const clock = { now: 0 };
  const ran: string[] = [];
  let idle = 0;
  const host: AnalysisHost = {
    run: async (request: AnalysisRequest): Promise<AnalysisOutcome> => {
      ran.push(request.id ?? '');
      await Promise.resolve();
      clock.now += Number(request.text);
      if (request.text === 'throw') throw new Error('offscreen document gone');
      return { ok: true, report: report(request.id ?? '') };
    },
    idle: () => void idle++,
  };
  return { host, clock, ran, idled: () => idle };
}

describe('AnalysisScheduler', () => {
  it('runs one text at a time, tabs in fair turns, and tells the host when idle', async () => {
    const { host, clock, ran, idled } = fakeHost();
    const scheduler = new AnalysisScheduler(host, () => clock.now);
    const heavy = Array.from({ length: 4 }, (_, i) => scheduler.analyze(1, { id: `h${i}`, text: '300' }));
    const light = [scheduler.analyze(2, { id: 'l0', text: '10' }), scheduler.analyze(2, { id: 'l1', text: '10' })];
    const outcomes = await Promise.all([...heavy, ...light]);
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(ran).toEqual(['h0', 'l0', 'l1', 'h1', 'h2', 'h3']);
    expect(idled()).toBe(1);
  });

  it('answers a dropped tab’s queued texts `dropped` and a host failure `failed`, and goes on', async () => {
    const { host, clock, ran } = fakeHost();
    const scheduler = new AnalysisScheduler(host, () => clock.now);
    const first = scheduler.analyze(1, { id: 'a0', text: 'throw' });
    const queued = scheduler.analyze(1, { id: 'a1', text: '10' });
    const other = scheduler.analyze(2, { id: 'b0', text: '10' });
    scheduler.drop(1);
    expect(await first).toEqual({ ok: false, reason: 'failed' });
    expect(await queued).toEqual({ ok: false, reason: 'dropped' });
    expect(await other).toEqual({ ok: true, report: report('b0') });
    expect(ran).toEqual(['a0', 'b0']);
  });
});
