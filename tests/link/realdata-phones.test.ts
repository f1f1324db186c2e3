import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../engine/analyze';

const JOBS = join(import.meta.dirname, '..', '..', '..', 'shared', 'realdata', 'jobs.jsonl');

describe('shared-contact links on the real job ads (issue 11)', () => {
  it('no phone is shared between two ads of jobs.jsonl: none of its ads gives another one’s number, so any link would come from digits that are not a phone', () => {
    const adsByPhone = new Map<string, Set<string>>();
    for (const line of readFileSync(JOBS, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const ad = JSON.parse(line) as { id: string; text: string };
      for (const c of analyze(ad.text, { id: ad.id }).contacts) {
        if (c.type !== 'phone') continue;
        adsByPhone.set(c.value, (adsByPhone.get(c.value) ?? new Set()).add(ad.id));
      }
    }
    expect(adsByPhone.size).toBeGreaterThan(0);
    expect([...adsByPhone].filter(([, ids]) => ids.size > 1).map(([phone]) => phone)).toEqual([]);
  }, 300_000);
});
