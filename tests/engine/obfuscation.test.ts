import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../engine/analyze';

interface Fixture {
  pairs: { lang: string; plain: string; obfuscated: string }[];
  negatives: { lang: string; text: string }[];
}
const fixture = JSON.parse(readFileSync(new URL('../fixtures/obfuscated.json', import.meta.url), 'utf8')) as Fixture;

describe('text that tries to hide', () => {
  it.each(fixture.pairs.map((p) => [p.lang, p.obfuscated.slice(0, 50), p] as const))('%s: «%s…» scores like its plain twin', (_lang, _label, pair) => {
    const plain = analyze(pair.plain);
    const hidden = analyze(pair.obfuscated);
    expect(plain.level, 'the plain twin itself must be flagged').not.toBe('low');
    expect(hidden.level).toBe(plain.level);
    const hiddenCategories = new Set(hidden.flags.map((f) => f.category));
    for (const category of new Set(plain.flags.map((f) => f.category))) expect(hiddenCategories).toContain(category);
    for (const flag of hidden.flags) {
      for (const e of flag.evidence) expect(pair.obfuscated.slice(e.start, e.end)).toBe(e.text);
    }
  });

  it.each(fixture.negatives.map((n) => [n.lang, n.text.slice(0, 50), n] as const))('%s: «%s…» stays low', (_lang, _label, negative) => {
    expect(analyze(negative.text).level).toBe('low');
  });
});

describe('look-alike letters: a letter with no Latin twin tells the script', () => {
  it.each([
    ['TPIANTAΦYΛΛA ΩPA', 'τριανταφυλλα ωρα'],
    ['poзи чac', 'рози час'],
    ['pаssport', 'passport'],
  ])('%s → %s', async (text, expected) => {
    const { normalize } = await import('../../engine/normalize');
    expect(normalize(text).text).toBe(expected);
  });
});
