import { describe, expect, it } from 'vitest';
import { parse, printAlternatives, split } from './redos-split';

const pieces = (source: string) => {
  const cut = split(source);
  if (!('pieces' in cut)) throw new Error(cut.unsupported);
  return cut.pieces;
};

describe('cutting a pattern into pieces for recheck', () => {
  it('prints back what it parsed', () => {
    for (const source of ['a|b(?:c|d)*?e{2,}f{3}[^\\]x]\\p{L}+(?<n>g)(?<=h)(?!i)\\u{1F339}\\u00e9🌹\\b$', '[]x{,2}', '']) {
      expect(printAlternatives(parse(source))).toBe(source);
    }
  });

  it('refuses what it does not cover', () => {
    expect(split('(a)\\1')).toEqual({ unsupported: expect.stringContaining('backreference') });
    expect(split('(?<=a+)b')).toEqual({ unsupported: 'lookbehind with a loop' });
  });

  it('gives no piece for a pattern without loops, bounded gaps included', () => {
    expect(pieces('\\b(?:rooms?|beds?)\\b[^.;\\n]{0,60}?\\b(?:deducted|taken)\\b')).toEqual([]);
  });

  it('judges each alternative apart, loops in a group spread into alternatives', () => {
    expect(pieces('a+b|c(?:d+|e)f')).toEqual(['(?:a+)[]', '(?:cd+)[]']);
  });

  it('keeps the elements before the first loop as context and leaves out what follows the last', () => {
    expect(pieces('from (?:\\w+ ){0,2}?(?:wages|pay)\\b')).toEqual(['(?:from (?:\\w+ ){0,2}?)[]']);
  });

  it('leaves out an end that always succeeds once reached', () => {
    // Greedy loop over one class at the end; before (?!class); lazy repetition; optional part without loops.
    expect(pieces('tax\\w*')).toEqual([]);
    expect(pieces('tax[a-z]*(?![a-z])')).toEqual([]);
    expect(pieces('tax(?:\\w+ )*?')).toEqual([]);
    expect(pieces('x\\d+(?:[.,]\\d{1,2})?')).toEqual([]);
    // A boundary that can refuse the run keeps the loop: \p{L} stops at a digit, which is a word character.
    expect(pieces('tax\\p{L}*(?![a-z0-9])')).toEqual(['(?:tax\\p{L}*)[]']);
  });

  it('takes lookarounds out, a leading one-character lookbehind as a character consumed before', () => {
    expect(pieces('(?<![a-z])\\d[\\d.,]*(?=x)')).toEqual(['(?:[^a-z]\\d[\\d.,]*)[]']);
    expect(pieces('(?<!\\p{L})stem\\p{L}*x')).toEqual(['(?:\\P{L}stem\\p{L}*)[]']);
  });

  it('judges a lookahead whose body loops as its body consumed where it stands', () => {
    expect(pieces('\\d{2}(?![\\d.,]*-\\d)')).toEqual(['(?:\\d{2}[\\d.,]*)[]']);
  });
});
