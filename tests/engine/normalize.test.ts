import { describe, expect, it } from 'vitest';
import { deleet, normalize, toSpan } from '../../engine/normalize';

interface Row {
  name: string;
  input: string;
  /** The normalized text. */
  text: string;
  /** The leetspeak view; undefined when it is the same as the plain one. */
  leet?: string;
  /** A word of the normalized text (or of the leet view) and the original characters it must map back to. */
  maps?: [normalized: string, original: string];
}

const ROWS: Row[] = [
  { name: 'zero-width characters are removed', input: 'pa\u200Bss\u200Dport', text: 'passport', maps: ['passport', 'pa\u200Bss\u200Dport'] },
  { name: 'soft hyphen and bidi override are removed', input: 'soft\u00ADhyphen x\u202Ey', text: 'softhyphen xy', maps: ['softhyphen', 'soft\u00ADhyphen'] },
  { name: 'a Cyrillic а inside a Latin word is folded to Latin', input: 'Send your p\u0430ssport', text: 'send your passport', maps: ['passport', 'p\u0430ssport'] },
  { name: 'a Latin a inside a Cyrillic word is folded to Cyrillic', input: '\u043Fa\u0441\u043F\u043E\u0440\u0442', text: 'паспорт' },
  { name: 'genuine Cyrillic and Greek are left alone (accents stripped)', input: 'Пошлина διαβατήριο', text: 'пошлина διαβατηριο' },
  { name: 'й, ё, ї lose their marks', input: 'Йод ёж її', text: 'иод еж іі' },
  { name: 'diacritics are stripped, ł stays', input: 'Più zapłata', text: 'piu zapłata' },
  { name: 'combining marks are stripped', input: 'e\u0301te', text: 'ete', maps: ['ete', 'e\u0301te'] },
  { name: 'spaced letters are joined', input: 'fresh r o s e s here', text: 'fresh roses here', maps: ['roses', 'r o s e s'] },
  { name: 'dotted letters are joined', input: 'W.h.a.t.s.A.p.p me', text: 'whatsapp me', maps: ['whatsapp', 'W.h.a.t.s.A.p.p'] },
  { name: 'a wider gap between spaced letters stays a word break', input: 'P R A C A   W   N I E M C Z E C H', text: 'praca w niemczech', maps: ['niemczech', 'N I E M C Z E C H'] },
  { name: 'meaningful emoji become words', input: '🌹🌹 150', text: 'rose rose 150', maps: ['rose rose', '🌹🌹'] },
  { name: 'an emoji between words', input: 'new 🆕 in town, call 📱 now', text: 'new new in town, call phone now', maps: ['phone', '📱'] },
  { name: 'decorative emoji separate words', input: 'hot✨girls', text: 'hot girls' },
  { name: 'NFKC: ligatures', input: '\uFB01nance', text: 'finance', maps: ['finance', '\uFB01nance'] },
  { name: 'NFKC: fullwidth letters', input: 'ＷｈａｔｓＡｐｐ', text: 'whatsapp', maps: ['whatsapp', 'ＷｈａｔｓＡｐｐ'] },
  { name: 'NFKC: circled digits', input: '⑤⓪⓪ €', text: '500 €', maps: ['500', '⑤⓪⓪'] },
  { name: 'İ lowers to i', input: 'İstanbul', text: 'istanbul', maps: ['istanbul', 'İstanbul'] },
  { name: 'white space collapses, one newline kept', input: 'a  \t b\n\n c\u00A0d', text: 'a b\nc d' },
  { name: 'leetspeak is a second view', input: 'fresh r0ses', text: 'fresh r0ses', leet: 'fresh roses', maps: ['roses', 'r0ses'] },
  { name: 'leetspeak symbols', input: 'send p@ssp0rt', text: 'send p@ssp0rt', leet: 'send passport', maps: ['passport', 'p@ssp0rt'] },
  { name: 'amounts keep their digits in the leet view', input: '5k $900 weekly', text: '5k $900 weekly' },
  { name: 'empty text', input: '', text: '' },
  { name: 'only invisible characters', input: '\u200B\u200C\uFEFF', text: '' },
];

describe('normalize()', () => {
  it.each(ROWS)('$name', ({ input, text, leet, maps }) => {
    const n = normalize(input);
    expect(n.text).toBe(text);
    const l = deleet(n);
    expect(l?.text).toBe(leet);
    if (maps) {
      const [word, original] = maps;
      const view = l ?? n;
      const at = view.text.indexOf(word);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(toSpan(view, { start: at, end: at + word.length })).toEqual({ start: input.indexOf(original), end: input.indexOf(original) + original.length, text: original });
    }
  });

  it.each(ROWS)('keeps a consistent offset map: $name', ({ input }) => {
    const n = normalize(input);
    expect(n.from.length).toBe(n.text.length);
    expect(n.to.length).toBe(n.text.length);
    for (let i = 0; i < n.text.length; i++) {
      expect(n.from[i]).toBeLessThanOrEqual(n.to[i] as number);
      expect(n.to[i]).toBeLessThanOrEqual(input.length);
      if (i > 0) expect(n.from[i]).toBeGreaterThanOrEqual(n.from[i - 1] as number);
    }
    // Every range of the normalized text maps to a slice of the original.
    for (let s = 0; s < n.text.length; s++) {
      const span = toSpan(n, { start: s, end: n.text.length });
      expect(span.text).toBe(input.slice(span.start, span.end));
    }
  });
});
