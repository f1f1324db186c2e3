import { describe, expect, it } from 'vitest';
import { computeStats } from '../../utils/extract/stats';
import { CHARS_PER_STEP, type Steps } from '../../utils/extract/steps';
import { PARSERS } from './pages';

/** Runs resumable work to its end, counting its pauses. */
function stepsOf<T>(steps: Steps<T>): { value: T; pauses: number } {
  for (let pauses = 0; ; pauses++) {
    const next = steps.next();
    if (next.done) return { value: next.value, pauses };
  }
}

describe.each(Object.entries(PARSERS))('one huge text node (%s)', (_name, parse) => {
  it('is counted a share at a time, with a pause between shares, and counted exactly as a whole', () => {
    // Whitespace runs that straddle the shares' borders must not be counted twice.
    const unit = 'ab \n  c ';
    const text = unit.repeat(Math.ceil((CHARS_PER_STEP * 6) / unit.length));
    const doc = parse(`<html><body><div id="ad">${text}</div></body></html>`);
    const { value: stats, pauses } = stepsOf(computeStats(doc.body!));
    expect(pauses).toBeGreaterThanOrEqual(5);
    // What a reader sees: "ab c " per unit, the last space of the node included.
    expect(stats.get(doc.getElementById('ad')!)!.text).toBe(text.replace(/\s+/g, ' ').trimStart().length);
  });
});
