import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../engine/analyze';
import { useFullScan } from '../../engine/match';

// The one pass (an automaton finds the rules' literals, each pattern is tried only near them) must
// change no report: the same ads are scored with every pattern scanned through the whole text, and
// the reports compared byte for byte. Both paths run on today's rules, so the proof needs no frozen
// baseline while the rules change.
const SHARED = join(import.meta.dirname, '..', '..', '..', 'shared');
/** Every this-many-th ad of multilang.jsonl (979 ads in 8 languages; the whole file takes a minute more). */
const MULTILANG_STEP = 3;

interface Ad {
  id?: string;
  lang?: string;
  text: string;
}

const read = (path: string): Ad[] =>
  readFileSync(join(SHARED, path), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Ad);

function reports(ads: readonly Ad[], fullScan: boolean): string[] {
  useFullScan(fullScan);
  try {
    return ads.map((ad) => JSON.stringify(analyze(ad.text, { id: ad.id, lang: ad.lang })));
  } finally {
    useFullScan(false);
  }
}

describe('one pass over the text', () => {
  afterEach(() => useFullScan(false));

  it.each([
    ['the devset', () => read('devset/ads.jsonl')],
    ['the real job ads', () => read('realdata/jobs.jsonl')],
    ['a sample of the real ads in other languages', () => read('realdata/multilang.jsonl').filter((_, i) => i % MULTILANG_STEP === 0)],
  ])('gives the same reports as a full scan of every pattern on %s', { timeout: 600_000 }, (_, load) => {
    const ads = load();
    const fast = reports(ads, false);
    const full = reports(ads, true);
    const differ = ads.flatMap((ad, i) => (fast[i] === full[i] ? [] : [ad.id ?? String(i)]));
    expect(differ).toEqual([]);
    expect(fast.length).toBeGreaterThan(100);
  });
});
