import { describe, expect, it } from 'vitest';
import { ARRIVAL_ALLOWANCE_MS, FairQueue, type Owner } from '@/utils/analysis/fair-queue';

/** Runs the queue to the end, charging each job the cost its name gives (`a1:300` costs 300 ms). */
function order(queue: FairQueue<string>, then?: (served: string[]) => void): string[] {
  const served: string[] = [];
  for (let next = queue.next(); next; next = queue.next()) {
    served.push(next.job);
    queue.charge(next.owner, Number(next.job.split(':')[1] ?? 1));
    then?.(served);
  }
  return served;
}

const fill = (queue: FairQueue<string>, owner: Owner, jobs: string[]) => jobs.forEach((job) => queue.push(owner, job));

describe('FairQueue (issue 12: one tab cannot delay another)', () => {
  it('keeps one owner’s jobs in order', () => {
    const queue = new FairQueue<string>();
    fill(queue, 1, ['a', 'b', 'c']);
    expect(order(queue)).toEqual(['a', 'b', 'c']);
    expect(queue.size).toBe(0);
  });

  it('alternates between tabs whose jobs cost the same (round-robin by tab)', () => {
    const queue = new FairQueue<string>();
    fill(queue, 1, ['a1:10', 'a2:10', 'a3:10']);
    fill(queue, 2, ['b1:10', 'b2:10', 'b3:10']);
    expect(order(queue)).toEqual(['a1:10', 'b1:10', 'a2:10', 'b2:10', 'a3:10', 'b3:10']);
  });

  it('serves a tab that arrives after another tab’s backlog next, not behind it', () => {
    const queue = new FairQueue<string>();
    fill(queue, 1, Array.from({ length: 12 }, (_, i) => `heavy${i}:300`));
    const served = order(queue, (so) => {
      if (so.length === 3) fill(queue, 2, ['light0:10']);
    });
    expect(served.indexOf('light0:10')).toBe(3);
  });

  it('weighs turns by time used: a dozen short ads are read behind the slow ad already running, not between a dozen', () => {
    const queue = new FairQueue<string>();
    fill(queue, 1, Array.from({ length: 12 }, (_, i) => `heavy${i}:300`));
    const served = order(queue, (so) => {
      if (so.length === 2) fill(queue, 2, Array.from({ length: 12 }, (_, i) => `light${i}:10`));
    });
    expect(served.slice(2, 14)).toEqual(Array.from({ length: 12 }, (_, i) => `light${i}:10`));
  });

  it('an arriving tab runs no more than its allowance before the tab waiting gets its turn', () => {
    const queue = new FairQueue<string>();
    fill(queue, 1, Array.from({ length: 40 }, (_, i) => `a${i}:100`));
    const served = order(queue, (so) => {
      if (so.length === 5) fill(queue, 2, Array.from({ length: 20 }, (_, i) => `b${i}:100`));
    });
    const run = served.slice(5, served.indexOf('a5:100'));
    expect(run.every((job) => job.startsWith('b'))).toBe(true);
    expect(run.length).toBeLessThanOrEqual(ARRIVAL_ALLOWANCE_MS / 100 + 1);
    // Then the two alternate.
    expect(served.slice(5 + run.length, 5 + run.length + 4).map((job) => job[0])).toEqual(['a', 'b', 'a', 'b']);
  });

  it('a tab back from a pause keeps the time it used: it goes ahead of none that used less', () => {
    const queue = new FairQueue<string>();
    fill(queue, 1, ['a0:2000']);
    fill(queue, 2, Array.from({ length: 40 }, (_, i) => `b${i}:100`));
    const served = order(queue, (so) => {
      // Tab 1 had one slow ad; tab 2 has had ten short ones since, 1 s in all.
      if (so.length === 11) fill(queue, 1, ['a1:100', 'a2:100']);
    });
    expect(served[0]).toBe('a0:2000');
    // Tab 2 catches up on the second it is behind before tab 1 gets another turn.
    expect(served.indexOf('a1:100')).toBeGreaterThanOrEqual(21);
  });

  it('drops a tab’s queued jobs, and the tab is forgotten', () => {
    const queue = new FairQueue<string>();
    fill(queue, 1, ['a1', 'a2']);
    fill(queue, 'popup', ['p1']);
    expect(queue.drop(1)).toEqual(['a1', 'a2']);
    expect(queue.drop(3)).toEqual([]);
    expect(order(queue)).toEqual(['p1']);
  });
});
