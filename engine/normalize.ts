import type { Range, Span } from './types';
import { emojiWord } from './emoji';
import { foldWord } from './homoglyphs';

/**
 * The text the rules read, with a map back to the original.
 *
 * `text` is NFKC-folded, lower-cased, without diacritics, without invisible characters, with
 * look-alike letters folded into each word's script, letters spaced out to dodge filters joined
 * ("r o s e s", "w.h.a.t.s.a.p.p"), meaningful emoji as words and runs of white space as one
 * space (or one newline), and the letter O read as zero inside numbers ("5OOO€"). `from[i]`/`to[i]` is the original range that text unit `i` came from,
 * so every match maps back to characters of the page.
 */
export interface NormalizedText {
  readonly original: string;
  readonly text: string;
  readonly from: Uint32Array;
  readonly to: Uint32Array;
}

/** Zero-width, bidi controls, soft hyphen, variation selectors, tags and other invisible characters. */
const INVISIBLE = /^[\p{Cf}\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u3164\uFE00-\uFE0F\uFFA0\u{E0100}-\u{E01EF}]$/u;
const SPACE = /^[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]$/u;
const COMBINING_MARK = /\p{M}/gu;

class Builder {
  text = '';
  from: number[] = [];
  to: number[] = [];
  push(s: string, start: number, end: number): void {
    this.text += s;
    for (let i = 0; i < s.length; i++) {
      this.from.push(start);
      this.to.push(end);
    }
  }
}

/** Step 1: drop invisibles, NFKC each code point, emoji to words, collapse white space. Case is kept. */
function foldCodePoints(original: string): Builder {
  const out = new Builder();
  let pendingSpace: { newline: boolean; start: number; end: number } | undefined;
  const flushSpace = () => {
    if (pendingSpace && out.text.length > 0) out.push(pendingSpace.newline ? '\n' : ' ', pendingSpace.start, pendingSpace.end);
    pendingSpace = undefined;
  };
  // A run of white space becomes one unit that maps to the whole run: joinSpacedLetters reads its width.
  const extendSpace = (newline: boolean, start: number, end: number) => {
    pendingSpace = pendingSpace ? { newline: pendingSpace.newline || newline, start: pendingSpace.start, end } : { newline, start, end };
  };
  for (let i = 0; i < original.length; ) {
    const cp = original.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    const ch = original.slice(i, i + width);
    const start = i;
    i += width;
    if (cp < 0x80) {
      if (cp <= 0x20) {
        if (cp === 0x20 || (cp >= 0x09 && cp <= 0x0d)) {
          const newline = cp === 0x0a || cp === 0x0d;
          extendSpace(newline, start, i);
        }
        continue; // other C0 controls are dropped
      }
      flushSpace();
      out.push(ch, start, i);
      continue;
    }
    if (INVISIBLE.test(ch)) continue;
    if (SPACE.test(ch)) {
      extendSpace(ch === '\u2028' || ch === '\u2029' || ch === '\u0085', start, i);
      continue;
    }
    const word = emojiWord(ch);
    if (word !== undefined) {
      if (word === '') {
        pendingSpace ??= { newline: false, start, end: i };
        continue;
      }
      if (!pendingSpace) pendingSpace = { newline: false, start, end: start };
      flushSpace();
      out.push(word, start, i);
      pendingSpace = { newline: false, start: i, end: i };
      continue;
    }
    flushSpace();
    out.push(ch.normalize('NFKC'), start, i);
  }
  return out;
}

/** Step 2: homoglyph folding, word by word; keeps the length. */
function foldHomoglyphs(text: string): string {
  // Pure ASCII or single-script text has nothing to fold: skip the word scan.
  if (!/[^\x00-\x7F]/.test(text)) return text;
  return text.replace(/[\p{L}\p{M}]+/gu, foldWord);
}

/** Step 3: lower case and strip diacritics, code point by code point (lengths may change: İ → i). */
function lowerAndStrip(text: string, from: number[], to: number[]): Builder {
  const out = new Builder();
  if (!/[^\x00-\x7F]/.test(text)) {
    out.text = text.toLowerCase();
    out.from = from;
    out.to = to;
    return out;
  }
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    const ch = text.slice(i, i + width);
    const s = cp < 0x80 ? ch.toLowerCase() : ch.toLowerCase().normalize('NFD').replace(COMBINING_MARK, '');
    // A unit keeps the original range of the first unit of its code point.
    out.push(s, from[i] as number, to[i + width - 1] as number);
    i += width;
  }
  return out;
}

/** Letters spaced out by single separators: at least three letters, e.g. "r o s e s", "w.h.a.t.s.a.p.p". */
const SPACED_LETTERS = /(?<![\p{L}\p{N}])\p{L}(?:[ .\-_*·•|/]\p{L}){2,}(?![\p{L}\p{N}])/gu;
const SEPARATOR = /[ .\-_*·•|/]/u;

/** Step 4: join spaced-out letters by dropping their separators. */
function joinSpacedLetters(b: Builder): Builder {
  const matches = [...b.text.matchAll(SPACED_LETTERS)];
  if (matches.length === 0) return b;
  const drop = new Uint8Array(b.text.length);
  for (const m of matches) {
    const separators: number[] = [];
    for (let k = m.index; k < m.index + m[0].length; k++) if (SEPARATOR.test(b.text[k] as string)) separators.push(k);
    // "P R A C A   W   N I E M C Z E C H": a gap wider than the gaps between letters is a word break.
    const width = (k: number) => (b.to[k] as number) - (b.from[k] as number);
    const letterGap = Math.min(...separators.map(width));
    for (const k of separators) if (width(k) <= letterGap) drop[k] = 1;
  }
  const out = new Builder();
  let text = '';
  for (let k = 0; k < b.text.length; k++) {
    if (drop[k]) continue;
    text += b.text[k];
    out.from.push(b.from[k] as number);
    out.to.push(b.to[k] as number);
  }
  out.text = text;
  return out;
}

/** A number written with the letter O for zero ("5OOO€", "1.OOO"): starts with a digit, at least three characters. */
const NUMBER_WITH_LETTER_O = /(?<![\p{L}\p{N}])\d[\d.,o]*o[\d.,o]*(?![\p{L}\p{N}])/gu;

/** Step 5: read the letter O as zero inside numbers; keeps the length. */
function digitsForLetterO(text: string): string {
  return text.replace(NUMBER_WITH_LETTER_O, (token) => (token.length >= 3 && !/[.,]$/.test(token) ? token.replace(/o/g, '0') : token));
}

export function normalize(original: string): NormalizedText {
  const step1 = foldCodePoints(original);
  const folded = foldHomoglyphs(step1.text);
  const step3 = lowerAndStrip(folded, step1.from, step1.to);
  const step4 = joinSpacedLetters(step3);
  const text = digitsForLetterO(step4.text);
  return { original, text, from: Uint32Array.from(step4.from), to: Uint32Array.from(step4.to) };
}

const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '@': 'a', $: 's' };
const LEET_TOKEN = /[\p{L}\p{N}@$]*[01345@$][\p{L}\p{N}@$]*/gu;
const LETTER = /\p{L}/gu;

/**
 * The leetspeak reading of a normalized text ("r0ses" → "roses", "p@ssp0rt" → "passport"), for a
 * second matching pass. Only tokens with at least two letters are read this way, so amounts ("5k",
 * "$900") keep their digits. Same length and map as the input; undefined when nothing changes.
 */
export function deleet(n: NormalizedText): NormalizedText | undefined {
  let changed = false;
  const text = n.text.replace(LEET_TOKEN, (token) => {
    if ((token.match(LETTER)?.length ?? 0) < 2) return token;
    changed = true;
    return token.replace(/[01345@$]/g, (c) => LEET[c] as string);
  });
  return changed ? { ...n, text } : undefined;
}

/** Maps a range of the normalized text to the original text. */
export function toSpan(n: NormalizedText, range: Range): Span {
  const start = n.from[range.start] ?? n.original.length;
  const end = range.end > range.start ? (n.to[range.end - 1] ?? n.original.length) : start;
  return { start, end, text: n.original.slice(start, end) };
}
