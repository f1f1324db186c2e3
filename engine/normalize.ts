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

/** Appends text with its original ranges; the maps are typed arrays that grow by doubling. */
class Builder {
  private parts: string[] = [];
  length = 0;
  from: Uint32Array;
  to: Uint32Array;

  constructor(capacity: number) {
    this.from = new Uint32Array(Math.max(16, capacity));
    this.to = new Uint32Array(Math.max(16, capacity));
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.from.length) return;
    const size = Math.max(this.from.length * 2, this.length + extra);
    const from = new Uint32Array(size);
    const to = new Uint32Array(size);
    from.set(this.from.subarray(0, this.length));
    to.set(this.to.subarray(0, this.length));
    this.from = from;
    this.to = to;
  }

  /** Every unit of `s` maps to the one original range [start, end). */
  push(s: string, start: number, end: number): void {
    this.reserve(s.length);
    this.from.fill(start, this.length, this.length + s.length);
    this.to.fill(end, this.length, this.length + s.length);
    this.parts.push(s);
    this.length += s.length;
  }

  /** A run copied from the original as is: unit k maps to original unit start + k. */
  pushRun(original: string, start: number, end: number): void {
    const n = end - start;
    this.reserve(n);
    for (let k = 0; k < n; k++) {
      this.from[this.length + k] = start + k;
      this.to[this.length + k] = start + k + 1;
    }
    this.parts.push(original.slice(start, end));
    this.length += n;
  }

  /** `s` maps unit by unit onto the given ranges (a run copied as is, or changed without changing length). */
  pushMapped(s: string, from: Uint32Array, to: Uint32Array): void {
    this.reserve(s.length);
    this.from.set(from, this.length);
    this.to.set(to, this.length);
    this.parts.push(s);
    this.length += s.length;
  }

  text(): string {
    const text = this.parts.join('');
    this.parts = [text];
    return text;
  }

  finish(): { text: string; from: Uint32Array; to: Uint32Array } {
    return { text: this.text(), from: this.from.subarray(0, this.length), to: this.to.subarray(0, this.length) };
  }
}

interface Mapped {
  text: string;
  from: Uint32Array;
  to: Uint32Array;
}

/** Printable ASCII except the space: copied as a run, one unit to one unit. */
const isPlainAscii = (c: number) => c > 0x20 && c < 0x7f;

/** Step 1: drop invisibles, NFKC each code point, emoji to words, collapse white space. Case is kept. */
function foldCodePoints(original: string): Mapped {
  const out = new Builder(original.length + 16);
  let spaceStart = -1;
  let spaceEnd = -1;
  let spaceNewline = false;
  // A run of white space becomes one unit that maps to the whole run: joinSpacedLetters reads its width.
  const extendSpace = (newline: boolean, start: number, end: number) => {
    if (spaceStart < 0) spaceStart = start;
    spaceEnd = end;
    spaceNewline ||= newline;
  };
  const flushSpace = () => {
    if (spaceStart >= 0 && out.length > 0) out.push(spaceNewline ? '\n' : ' ', spaceStart, spaceEnd);
    spaceStart = -1;
    spaceNewline = false;
  };
  for (let i = 0; i < original.length; ) {
    const c = original.charCodeAt(i);
    if (isPlainAscii(c)) {
      let j = i + 1;
      while (j < original.length && isPlainAscii(original.charCodeAt(j))) j++;
      flushSpace();
      out.pushRun(original, i, j);
      i = j;
      continue;
    }
    const cp = original.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    const start = i;
    i += width;
    if (cp < 0x80) {
      if (cp === 0x20 || (cp >= 0x09 && cp <= 0x0d)) extendSpace(cp === 0x0a || cp === 0x0d, start, i);
      continue; // other C0 controls and DEL are dropped
    }
    const ch = original.slice(start, i);
    if (INVISIBLE.test(ch)) continue;
    if (SPACE.test(ch)) {
      extendSpace(ch === '\u2028' || ch === '\u2029' || ch === '\u0085', start, i);
      continue;
    }
    const word = emojiWord(ch);
    if (word === '') {
      extendSpace(false, start, i);
      continue;
    }
    if (word !== undefined) {
      // Meaningful emoji read as a word of their own: " rose ".
      extendSpace(false, start, start);
      flushSpace();
      out.push(word, start, i);
      extendSpace(false, i, i);
      continue;
    }
    flushSpace();
    out.push(ch.normalize('NFKC'), start, i);
  }
  return out.finish();
}

const NON_ASCII = /[^\x00-\x7F]/;

const CYRILLIC_OR_GREEK = /[\u0370-\u03ff\u0400-\u052f]/;
const LATIN = /[a-zA-Z\u00c0-\u024f]/;

/** Step 2: homoglyph folding, word by word; keeps the length. */
function foldHomoglyphs(text: string): string {
  // Look-alikes need two scripts in one text: most texts have one, and skip the word scan.
  if (!CYRILLIC_OR_GREEK.test(text) || !LATIN.test(text)) return text;
  return text.replace(/[\p{L}\p{M}]+/gu, foldWord);
}

/** Step 3: lower case and strip diacritics (lengths may change: İ → i); ASCII runs in bulk. */
function lowerAndStrip(text: string, from: Uint32Array, to: Uint32Array): Mapped {
  if (!NON_ASCII.test(text)) return { text: text.toLowerCase(), from, to };
  const out = new Builder(text.length + 16);
  for (let i = 0; i < text.length; ) {
    if (text.charCodeAt(i) < 0x80) {
      let j = i + 1;
      while (j < text.length && text.charCodeAt(j) < 0x80) j++;
      out.pushMapped(text.slice(i, j).toLowerCase(), from.subarray(i, j), to.subarray(i, j));
      i = j;
      continue;
    }
    const cp = text.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    const s = text.slice(i, i + width).toLowerCase().normalize('NFD').replace(COMBINING_MARK, '');
    // A unit keeps the original range of its whole code point.
    out.push(s, from[i] as number, to[i + width - 1] as number);
    i += width;
  }
  return out.finish();
}

const SEPARATORS = new Set([' ', '.', '-', '_', '*', '·', '•', '|', '/']);
const NON_ASCII_LETTER = /^\p{L}$/u;

function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0x61 && c <= 0x7a) return true; // the text is lower-cased already
  return c >= 0xc0 && NON_ASCII_LETTER.test(text[i] as string);
}

function isWordChar(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return (c >= 0x30 && c <= 0x39) || isLetter(text, i);
}

/**
 * Runs of at least three one-letter tokens joined by single separators, e.g. "r o s e s",
 * "w.h.a.t.s.a.p.p". A linear scan: a look-behind regular expression costs more than the rest of
 * the normalization together.
 */
function spacedLetterRuns(text: string): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isLetter(text, i) || isWordChar(text, i - 1) || isWordChar(text, i + 1)) continue;
    let last = i;
    let letters = 1;
    while (SEPARATORS.has(text[last + 1] as string) && isLetter(text, last + 2) && !isWordChar(text, last + 3)) {
      last += 2;
      letters++;
    }
    if (letters >= 3) runs.push([i, last + 1]);
    i = last;
  }
  return runs;
}

/** Step 4: join spaced-out letters by dropping their separators. */
function joinSpacedLetters(b: Mapped): Mapped {
  const runs = spacedLetterRuns(b.text);
  if (runs.length === 0) return b;
  const drop = new Uint8Array(b.text.length);
  const width = (k: number) => (b.to[k] as number) - (b.from[k] as number);
  for (const [start, end] of runs) {
    const separators: number[] = [];
    for (let k = start + 1; k < end; k += 2) separators.push(k);
    // "P R A C A   W   N I E M C Z E C H": a gap wider than the gaps between letters is a word break.
    const letterGap = Math.min(...separators.map(width));
    for (const k of separators) if (width(k) <= letterGap) drop[k] = 1;
  }
  const kept: number[] = [];
  for (let k = 0; k < b.text.length; k++) if (!drop[k]) kept.push(k);
  return {
    text: kept.map((k) => b.text[k]).join(''),
    from: Uint32Array.from(kept, (k) => b.from[k] as number),
    to: Uint32Array.from(kept, (k) => b.to[k] as number),
  };
}

/**
 * A number that may be written with the letter O for zero ("5OOO€", "1.OOO"): a token of digits,
 * o, dots and commas that starts with a digit. One pass, no backtracking inside the token.
 */
const NUMBER_WITH_LETTER_O = /(?<![\p{L}\p{N}])\d[\d.,o]*(?![\p{L}\p{N}])/gu;

/** Step 5: read the letter O as zero inside numbers of at least three characters; keeps the length. */
function digitsForLetterO(text: string): string {
  if (!text.includes('o')) return text;
  return text.replace(NUMBER_WITH_LETTER_O, (token) => {
    const number = token.replace(/[.,]+$/, '');
    return number.length >= 3 && number.includes('o') ? number.replace(/o/g, '0') + token.slice(number.length) : token;
  });
}

export function normalize(original: string): NormalizedText {
  const step1 = foldCodePoints(original);
  const step3 = lowerAndStrip(foldHomoglyphs(step1.text), step1.from, step1.to);
  const step4 = joinSpacedLetters(step3);
  return { original, text: digitsForLetterO(step4.text), from: step4.from, to: step4.to };
}

const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '@': 'a', $: 's' };
const LEET_CHAR = /[01345@$]/g;
/** A leet character touching a letter: the cheap test that most texts fail. */
const LEET_NEXT_TO_LETTER = /\p{L}[01345@$]|[01345@$]\p{L}/u;
const TOKEN = /[\p{L}\p{N}@$]+/gu;
const LETTER = /\p{L}/gu;

/** The leetspeak view, with the ranges where it differs from the plain view. */
export interface LeetText extends NormalizedText {
  readonly changed: readonly Range[];
}

const leetCache = new WeakMap<NormalizedText, LeetText | null>();

/**
 * The leetspeak reading of a normalized text ("r0ses" → "roses", "p@ssp0rt" → "passport"), for a
 * second matching pass. Only tokens with at least two letters are read this way, so amounts ("5k",
 * "$900") keep their digits. Same length and map as the input; undefined when nothing changes.
 * Computed once per text: the engine and the detectors share it.
 */
export function deleet(n: NormalizedText): LeetText | undefined {
  const cached = leetCache.get(n);
  if (cached !== undefined) return cached ?? undefined;
  const view = readLeet(n);
  leetCache.set(n, view ?? null);
  return view;
}

function readLeet(n: NormalizedText): LeetText | undefined {
  if (!LEET_NEXT_TO_LETTER.test(n.text)) return undefined;
  const changed: Range[] = [];
  const text = n.text.replace(TOKEN, (token, offset: number) => {
    LEET_CHAR.lastIndex = 0;
    if (!LEET_CHAR.test(token) || (token.match(LETTER)?.length ?? 0) < 2) return token;
    changed.push({ start: offset, end: offset + token.length });
    return token.replace(LEET_CHAR, (c) => LEET[c] as string);
  });
  return changed.length > 0 ? { ...n, text, changed } : undefined;
}

/** Maps a range of the normalized text to the original text. */
export function toSpan(n: NormalizedText, range: Range): Span {
  const start = n.from[range.start] ?? n.original.length;
  const end = range.end > range.start ? (n.to[range.end - 1] ?? n.original.length) : start;
  return { start, end, text: n.original.slice(start, end) };
}
