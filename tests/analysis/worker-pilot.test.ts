import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Report } from '@/engine/types';
import type { FromAnalysisWorker, ToAnalysisWorker } from '@/utils/analysis/protocol';
import { workerHost } from '@/utils/analysis/hosts';
import { WorkerPilot, type WorkerLike } from '@/utils/analysis/worker-pilot';

const report = (id: string): Report => ({ id, lang: 'en', kind: 'job', score: 0, level: 'low', flags: [], mitigations: [], contacts: [] });

/** A worker that answers what `behave` says: a report, an error, or nothing at all (a hang). */
class FakeWorker implements WorkerLike {
  onmessage: ((event: { data: FromAnalysisWorker }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  terminated = false;
  received: ToAnalysisWorker[] = [];
  constructor(private readonly behave: (message: ToAnalysisWorker) => 'report' | 'throw' | 'hang') {}
  postMessage(message: ToAnalysisWorker): void {
    this.received.push(message);
    const how = this.behave(message);
    if (how === 'hang') return;
    const data: FromAnalysisWorker = how === 'report' ? { seq: message.seq, report: report(message.request.id ?? '') } : { seq: message.seq, error: 'engine failed' };
    queueMicrotask(() => this.onmessage?.({ data }));
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('WorkerPilot (issue 12: a text that hangs costs its worker, not the queue)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('answers with the worker’s report, one worker for many texts', async () => {
    const workers: FakeWorker[] = [];
    const pilot = new WorkerPilot(() => (workers.push(new FakeWorker(() => 'report')), workers.at(-1)!), 1000);
    expect(await pilot.run({ text: 'a', id: 'a' })).toEqual({ ok: true, report: report('a') });
    expect(await pilot.run({ text: 'b', id: 'b' })).toEqual({ ok: true, report: report('b') });
    expect(workers).toHaveLength(1);
  });

  it('past the budget: terminates the worker, reports the text as not read (timeout), starts a new worker for the next', async () => {
    const workers: FakeWorker[] = [];
    const pilot = new WorkerPilot(() => (workers.push(new FakeWorker((m) => (m.request.id === 'slow' ? 'hang' : 'report'))), workers.at(-1)!), 1000);
    const slow = pilot.run({ text: 'slow', id: 'slow' });
    await vi.advanceTimersByTimeAsync(999);
    expect(workers[0]!.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await slow).toEqual({ ok: false, reason: 'timeout' });
    expect(workers[0]!.terminated).toBe(true);
    expect(await pilot.run({ text: 'next', id: 'next' })).toEqual({ ok: true, report: report('next') });
    expect(workers).toHaveLength(2);
  });

  it('an engine error fails that text only; the worker stays', async () => {
    const workers: FakeWorker[] = [];
    const pilot = new WorkerPilot(() => (workers.push(new FakeWorker((m) => (m.request.id === 'bad' ? 'throw' : 'report'))), workers.at(-1)!), 1000);
    expect(await pilot.run({ text: 'bad', id: 'bad' })).toEqual({ ok: false, reason: 'failed' });
    expect(await pilot.run({ text: 'ok', id: 'ok' })).toMatchObject({ ok: true });
    expect(workers).toHaveLength(1);
  });

  it('a worker that dies (a script that does not load) fails its text and is replaced', async () => {
    const workers: FakeWorker[] = [];
    const pilot = new WorkerPilot(() => (workers.push(new FakeWorker(() => 'hang')), workers.at(-1)!), 1000);
    const text = pilot.run({ text: 'a' });
    workers[0]!.onerror?.(new Event('error'));
    expect(await text).toEqual({ ok: false, reason: 'failed' });
    expect(workers[0]!.terminated).toBe(true);
    void pilot.run({ text: 'b' });
    expect(workers).toHaveLength(2);
  });

  it('a worker that cannot be made fails the text; a late answer of a replaced worker is ignored', async () => {
    const pilot = new WorkerPilot(() => {
      throw new Error('no Worker here');
    });
    expect(await pilot.run({ text: 'a' })).toEqual({ ok: false, reason: 'failed' });

    const workers: FakeWorker[] = [];
    const late = new WorkerPilot(() => (workers.push(new FakeWorker(() => 'hang')), workers.at(-1)!), 1000);
    const first = late.run({ text: 'a', id: 'a' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(await first).toEqual({ ok: false, reason: 'timeout' });
    const second = late.run({ text: 'b', id: 'b' });
    workers[0]!.onmessage?.({ data: { seq: 1, report: report('a') } });
    workers[1]!.onmessage?.({ data: { seq: 2, report: report('b') } });
    expect(await second).toEqual({ ok: true, report: report('b') });
  });

  it('stop() ends the worker; the next text starts another', async () => {
    const workers: FakeWorker[] = [];
    const pilot = new WorkerPilot(() => (workers.push(new FakeWorker(() => 'report')), workers.at(-1)!), 1000);
    await pilot.run({ text: 'a' });
    pilot.stop();
    expect(workers[0]!.terminated).toBe(true);
    await pilot.run({ text: 'b' });
    expect(workers).toHaveLength(2);
  });

  it('workerHost (Firefox’s background page): frees the worker once idle for the time given, and starts another for the next text', async () => {
    const workers: FakeWorker[] = [];
    const host = workerHost(() => (workers.push(new FakeWorker(() => 'report')), workers.at(-1)!), 20_000);
    await host.run({ text: 'a' });
    host.idle();
    await vi.advanceTimersByTimeAsync(19_999);
    expect(workers[0]!.terminated).toBe(false);
    // Work before the end of the wait keeps the worker.
    await host.run({ text: 'b' });
    host.idle();
    await vi.advanceTimersByTimeAsync(19_999);
    expect(workers[0]!.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(workers[0]!.terminated).toBe(true);
    await host.run({ text: 'c' });
    expect(workers).toHaveLength(2);
  });
});
