import { fnv1a } from '../hash';
import { foldWord } from '../homoglyphs';

/**
 * Text → a set of hashed word shingles that ignores what copy-pasted ads usually change.
 *
 * Networks re-post one text with another name, another price, another phone and different punctuation
 * ("Mia – sweet 19yo girl … Zone 1. Tel 07700 900561" / "Lara – sweet 19yo girl … Zone 2. Tel …").
 * So: accents, case, punctuation, emoji and invisible characters are dropped, look-alike letters are folded,
 * every token with a digit becomes NUMBER and every capitalised word (a name, a town, a brand) becomes NAME;
 * a run of masks is one mask, so "+40 741 552 903" and "0741552903" read alike.
 * Capitalised words are masked wholesale (German nouns too): both copies are masked the same way, so
 * near-duplicates still match; it only costs a little discrimination between unrelated texts.
 */

/** Word n-gram length. Three words keep word order without letting one changed word spoil the match. */
export const SHINGLE_WORDS = 3;
/** Texts with fewer real words than this are not compared: "Call now" is not evidence of coordination. */
export const MIN_WORDS = 6;

const NUMBER = '\u0000#';
const NAME = '\u0000@';
const MARKS = /[\p{M}\p{Cf}]/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;

/**
 * Word-character test per UTF-16 unit, memoised: a Unicode property regex per character is the cost
 * that dominated clustering 10,000 ads, and ads use few distinct characters. Surrogate halves are not word
 * characters: that drops emoji, at the price of the rare letters outside the BMP.
 */
const wordUnit = new Uint8Array(0x10000); // 0 unknown, 1 word, 2 other
function isWordUnit(code: number): boolean {
  let known = wordUnit[code] as number;
  if (known === 0) {
    const ch = String.fromCharCode(code);
    known = code >= 0xd800 && code <= 0xdfff ? 2 : WORD_CHAR.test(ch) ? 1 : 2;
    wordUnit[code] = known;
  }
  return known === 1;
}

function isCapitalised(token: string): boolean {
  const first = token.charAt(0);
  if (first === first.toLowerCase()) return false;
  // All-caps words ("NEW IN TOWN", "URGENT") are shouting, not names; a lone capital ("I", "A") is a word.
  const rest = token.slice(1);
  return rest.length > 0 && rest !== rest.toUpperCase();
}

/** ASCII tokens, most of them, are classified by char codes without regexes or case-mapped copies. */
function maskAsciiToken(raw: string): string | undefined {
  let lower = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0x80) return undefined;
    if (c <= 0x39) return NUMBER;
    if (c >= 0x61) lower++;
  }
  const first = raw.charCodeAt(0);
  if (first < 0x61 && raw.length > 1 && lower > 0) return NAME;
  return lower === raw.length ? raw : raw.toLowerCase();
}

function maskToken(raw: string): string {
  const ascii = maskAsciiToken(raw);
  if (ascii !== undefined) return ascii;
  if (DIGIT.test(raw)) return NUMBER;
  if (isCapitalised(raw)) return NAME;
  return foldWord(raw.toLowerCase());
}

/** The masked token sequence of a text; exported for tests and for explaining a match. */
export function maskedTokens(text: string): string[] {
  const folded = text.normalize('NFKD').replace(MARKS, '');
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    const word = i < folded.length && isWordUnit(folded.charCodeAt(i));
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      const token = maskToken(folded.slice(start, i));
      start = -1;
      if ((token === NUMBER || token === NAME) && out[out.length - 1] === token) continue;
      out.push(token);
    }
  }
  return out;
}

/** MurmurHash3's finaliser: every input bit moves every output bit, which MinHash's cheap hash family relies on. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Sorted, de-duplicated 32-bit shingle hashes; empty when the text is too short to compare. */
export function shingleSet(text: string): Uint32Array {
  const tokens = maskedTokens(typeof text === 'string' ? text : '');
  let words = 0;
  for (const t of tokens) if (t !== NUMBER && t !== NAME) words++;
  if (words < MIN_WORDS) return new Uint32Array(0);
  const ids = tokens.map((t) => fnv1a(t));
  const set = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= ids.length; i++) {
    let h = 0x9747b28c;
    for (let j = 0; j < SHINGLE_WORDS; j++) h = Math.imul(h ^ (ids[i + j] as number), 0x5bd1e995) ^ (h >>> 15);
    set.add(fmix32(h));
  }
  return Uint32Array.from(set).sort();
}

/** Exact Jaccard similarity of two sorted shingle sets. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}
