import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AhoCorasick } from '../../engine/aho-corasick';
import { LiteralIndex, literalId } from '../../engine/literal-index';

/** Every offset where `word` occurs, overlapping ones included: what the automaton and the index must answer. */
function scan(text: string, word: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) out.push(i);
  return out;
}

/** The automaton's hits as [literal, start] pairs, sorted. */
function hits(literals: string[], text: string): [number, number][] {
  const out: [number, number][] = [];
  new AhoCorasick(literals).scan(text, (id, end) => out.push([id, end - (literals[id] as string).length]));
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

const expected = (literals: string[], text: string) =>
  literals.flatMap((l, id) => scan(text, l).map((at) => [id, at] as [number, number])).sort((a, b) => a[0] - b[0] || a[1] - b[1]);

describe('AhoCorasick', () => {
  it('finds every literal, overlapping and nested ones too', () => {
    const literals = ['he', 'she', 'his', 'hers', 'nana'];
    expect(hits(literals, 'ushers nananana')).toEqual(expected(literals, 'ushers nananana'));
    expect(hits(literals, 'ushers')).toEqual([[0, 2], [1, 1], [3, 2]]);
  });

  it('reads Cyrillic, Greek, emoji and signs as they are', () => {
    const literals = ['паспорт', 'παπακι', '€', '🌹', 'пош'];
    const text = 'паспорт παπακι пошлина 50€ 🌹🌹 паспорта';
    expect(hits(literals, text)).toEqual(expected(literals, text));
  });

  it('answers as a plain scan would, for any text and literals', () => {
    const alphabet = fc.constantFrom('a', 'b', ' ', 'п', 'а', 'π', 'α', 'é', '1');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), fc.uniqueArray(word, { minLength: 1, maxLength: 8 }), (chars, literals) => {
        const text = chars.join('');
        expect(hits(literals, text)).toEqual(expected(literals, text));
      }),
    );
  });
});

describe('LiteralIndex', () => {
  const positions = (index: LiteralIndex, literal: string) => {
    const out: number[] = [];
    index.forEach(literalId(literal), (at) => out.push(at));
    return out;
  };

  it('finds every occurrence of a registered literal, in order', () => {
    literalId('nana');
    const text = `nananana banana ${'x'.repeat(400)} nana`;
    const index = new LiteralIndex(text);
    expect(positions(index, 'nana')).toEqual([0, 2, 4, 11, 417]);
    expect(index.count(literalId('nana'))).toBe(5);
  });

  it('finds a literal registered after the text was read, without reading the text again', () => {
    const index = new LiteralIndex(`zzqq zzqq ${'x'.repeat(400)}`);
    const late = literalId('zzq');
    expect(index.count(late)).toBe(2);
    expect(positions(index, 'zzq')).toEqual([0, 5]);
    expect(positions(index, 'never-in-text')).toEqual([]);
  });

  it.each([
    ['short', 60],
    ['long', 900],
  ])('answers as a plain scan would, for any %s text and word', (_, length) => {
    const alphabet = fc.constantFrom('a', 'b', ' ', 'п', 'а', 'π', 'α', 'é', '1');
    fc.assert(
      fc.property(fc.array(alphabet, { minLength: length / 2, maxLength: length }), fc.array(alphabet, { minLength: 1, maxLength: 5 }), (chars, wordChars) => {
        const text = chars.join('');
        const word = wordChars.join('');
        literalId(word);
        expect(positions(new LiteralIndex(text), word)).toEqual(scan(text, word));
      }),
      { numRuns: 50 },
    );
  });
});
