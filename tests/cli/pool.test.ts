import { describe, expect, it } from 'vitest';
import { Ordered } from '../../cli/ordered';
import { Pool, type Outcome } from '../../cli/pool';

const FAKE = new URL('./workers/fake.mjs', import.meta.url);
const BROKEN = new URL('./workers/broken.mjs', import.meta.url);
const job = (id: string, text: string) => ({ id, text });
const ids = (outcomes: Outcome[]) => outcomes.map((o) => (o.ok ? (JSON.parse(o.json) as { id: string }).id : `failed: ${o.message}`));

describe('Pool: worker threads that score ads', () => {
  it('gives every ad its own outcome, across workers', async () => {
    const pool = new Pool({ size: 3, workerUrl: FAKE, heapMb: 64, timeoutMs: 10_000 });
    const outcomes = await Promise.all(Array.from({ length: 30 }, (_, i) => pool.run(job(`a${i}`, i % 3 === 0 ? 'sleep:20' : 'x'))));
    const stats = await pool.close();
    expect(ids(outcomes)).toEqual(Array.from({ length: 30 }, (_, i) => `a${i}`));
    expect(stats.length).toBeGreaterThan(1);
    expect(stats.reduce((n, s) => n + s.ads, 0)).toBe(30);
    expect(Math.max(...stats.map((s) => s.peakHeap))).toBe(1024 * 1024);
  });

  it('starts one worker for a handful of ads, not one per core', async () => {
    const pool = new Pool({ size: 8, workerUrl: FAKE, heapMb: 64, timeoutMs: 10_000 });
    await Promise.all([pool.run(job('a', 'x')), pool.run(job('b', 'x'))]);
    expect(await pool.close()).toHaveLength(1);
  });

  it('reports an ad the engine throws on, and scores the next ones', async () => {
    const pool = new Pool({ size: 1, workerUrl: FAKE, heapMb: 64, timeoutMs: 10_000 });
    const outcomes = await Promise.all([pool.run(job('a', 'x')), pool.run(job('b', 'throw')), pool.run(job('c', 'x'))]);
    await pool.close();
    expect(ids(outcomes)).toEqual(['a', 'failed: the engine failed on this ad (no such rule)', 'c']);
  });

  it('a worker that ends fails only the ad it was on; the ads sent behind it go to a new worker', async () => {
    const pool = new Pool({ size: 1, workerUrl: FAKE, heapMb: 64, timeoutMs: 10_000 });
    const outcomes = await Promise.all([pool.run(job('a', 'x')), pool.run(job('b', 'exit')), pool.run(job('c', 'x')), pool.run(job('d', 'x'))]);
    const stats = await pool.close();
    expect(ids(outcomes)).toEqual(['a', "failed: the engine's worker stopped (exit code 3)", 'c', 'd']);
    expect(stats.map((s) => s.ads)).toEqual([1, 2]);
  });

  it('gives up an ad that hangs after the timeout and goes on', async () => {
    const pool = new Pool({ size: 1, workerUrl: FAKE, heapMb: 64, timeoutMs: 1_000 });
    const outcomes = await Promise.all([pool.run(job('a', 'hang')), pool.run(job('b', 'x'))]);
    await pool.close();
    expect(ids(outcomes)).toEqual(['failed: not scored within 1 s; skipped', 'b']);
  });

  it('bounds each worker heap: an ad that fills it fails alone', async () => {
    const pool = new Pool({ size: 1, workerUrl: FAKE, heapMb: 32, timeoutMs: 30_000 });
    const outcomes = await Promise.all([pool.run(job('a', 'oom')), pool.run(job('b', 'x'))]);
    await pool.close();
    expect(ids(outcomes)).toEqual(['failed: the engine ran out of memory on this ad (limit 32 MB per worker); skipped', 'b']);
  });

  it('stops trying when no worker can load the engine, and says so once per ad as fatal', async () => {
    const pool = new Pool({ size: 2, workerUrl: BROKEN, heapMb: 64, timeoutMs: 10_000 });
    const outcomes = await Promise.all(Array.from({ length: 6 }, (_, i) => pool.run(job(`a${i}`, 'x'))));
    await pool.close();
    expect(outcomes.every((o) => !o.ok && o.fatal && o.message.startsWith('cannot start the engine: the engine failed (cannot load the engine)'))).toBe(true);
  });
});

describe('Ordered: results in the order they were started', () => {
  const later = <T>(value: T, ms: number) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

  it('hands results on in push order however they finish', async () => {
    const seen: number[] = [];
    const ordered = new Ordered<number>({ count: 10, weight: Infinity }, async (n) => void seen.push(n));
    for (const [n, ms] of [[1, 60], [2, 5], [3, 30], [4, 0]] as const) await ordered.push(later(n, ms));
    await ordered.close();
    expect(seen).toEqual([1, 2, 3, 4]);
  });

  it('makes push wait while the bound is reached, by count and by weight', async () => {
    const most = async (count: number, weight: number, weigh: (i: number) => number) => {
      let pushed = 0;
      let consumed = 0;
      let queued = 0;
      const ordered = new Ordered<number>({ count, weight }, async () => void consumed++);
      for (let i = 0; i < 20; i++) {
        await ordered.push(later(i, 2), weigh(i));
        pushed++;
        queued = Math.max(queued, pushed - consumed);
      }
      await ordered.close();
      expect(consumed).toBe(20);
      return queued;
    };
    expect(await most(3, Infinity, () => 1)).toBe(3);
    expect(await most(3, 130, () => 60)).toBe(2);
    expect(await most(3, 10, () => 60)).toBe(1);
  });

  it('rethrows what the consumer threw, to the producer', async () => {
    const ordered = new Ordered<number>({ count: 1, weight: Infinity }, async () => {
      throw new Error('stdout closed');
    });
    await ordered.push(Promise.resolve(1));
    await expect(
      (async () => {
        for (let i = 0; i < 3; i++) await ordered.push(Promise.resolve(i));
      })(),
    ).rejects.toThrow('stdout closed');
  });
});
