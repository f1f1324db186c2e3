import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PrefixIndex } from '../../engine/prefix-index';

/** Every offset where `word` occurs, overlapping ones included: what the index must answer. */
function scan(text: string, word: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) out.push(i);
  return out;
}

describe('PrefixIndex', () => {
  it('finds every occurrence, overlapping ones too, in order', () => {
    const index = new PrefixIndex('nananana banana');
    expect(index.positions('nana')).toEqual([0, 2, 4, 11]);
    expect(index.positions('na')).toEqual([0, 2, 4, 6, 11, 13]);
    expect(index.positions('b')).toEqual([9]);
    expect(index.positions('xyz')).toEqual([]);
  });

  it('finds words in Cyrillic and Greek, whose trigram keys may collide', () => {
    const text = 'паспорт παπακι пошлина паспорта';
    const index = new PrefixIndex(text);
    for (const word of ['паспорт', 'παπακι', 'пош', 'орт']) expect(index.positions(word)).toEqual(scan(text, word));
  });

  it('answers as a plain scan would, for any text and word', () => {
    const alphabet = fc.constantFrom('a', 'b', ' ', 'п', 'а', 'π', 'α', 'é', '1');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), fc.array(alphabet, { minLength: 1, maxLength: 5 }), (chars, wordChars) => {
        const text = chars.join('');
        const word = wordChars.join('');
        expect(new PrefixIndex(text).positions(word)).toEqual(scan(text, word));
      }),
    );
  });
});
