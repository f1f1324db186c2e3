import type { NormalizedText } from './normalize';

/**
 * The normalized text cut into words once, for the concept grammar (engine/grammar.ts). Offsets are
 * those of the normalized text, so a match maps back to the original through `toSpan`.
 *
 * Letters and digits mixed in one word are read two ways: as leetspeak ("r0ses" → "roses",
 * "д3вушки" → "девушки") when that reading is a word of a lexicon, otherwise split at the change from
 * digits to letters ("30min" → "30" "min", "1h" → "1" "h"). The caller decides with `isWord`.
 */
export interface Token {
  /** Normalized-text offsets, `end` exclusive. */
  start: number;
  end: number;
  /** The word as read: lower case, no diacritics, leetspeak undone where that gives a known word. */
  text: string;
  /** The value of a number token ("1.500" → 1500); NaN for words. */
  value: number;
  /** Index of the sentence (. ! ? ; newline) the token stands in. */
  sentence: number;
  /** Index of the clause (a sentence cut further at , : – and brackets). */
  clause: number;
}

/** Word characters of the normalized text: letters of any script, digits, and @ or $ inside words (leetspeak). */
const isLetterCode = (c: number) =>
  (c >= 0x61 && c <= 0x7a) || c === 0xb5 || (c >= 0xdf && c <= 0x24f) || (c >= 0x370 && c <= 0x3ff) || (c >= 0x400 && c <= 0x52f) || (c >= 0x1e00 && c <= 0x1eff);
const isDigitCode = (c: number) => c >= 0x30 && c <= 0x39;
const isLeetSymbol = (c: number) => c === 0x40 /* @ */ || c === 0x24; /* $ */

const SENTENCE_END = new Set(['!', '?', ';', '\n', '¡', '¿']);
// A colon introduces a value ("Gebühr: 59 €", "Salary: 2,000"): it does not end the clause.
const CLAUSE_END = new Set([',', '(', ')', '[', ']', '–', '—', '|', '"', '«', '»', '“', '”']);

/** Marks of minutes after a number ("30'", "30′"). */
const MINUTE_MARKS = new Set(["'", '’', '′']);

/** Digit and symbol readings of leetspeak, by the script of the word's letters. */
const LEET: Record<'latin' | 'cyrillic' | 'greek', Record<string, readonly string[]>> = {
  latin: { '0': ['o'], '1': ['i', 'l'], '3': ['e'], '4': ['a'], '5': ['s'], '7': ['t'], '@': ['a'], $: ['s'] },
  // A Cyrillic 3 is з or е, a 4 ч or а ("в3чірки", "0ст4л0сь").
  cyrillic: { '0': ['о'], '3': ['е', 'з'], '4': ['а', 'ч'], '6': ['б'], '@': ['а'], '1': ['і', 'л'] },
  greek: { '0': ['ο'], '1': ['ι'], '3': ['ε'], '4': ['α'], '@': ['α'] },
};

/** A word of Latin letters and digits only: the words a transliteration rereads. */
const LATIN_WORD = /^[a-z0-9]+$/;

/** No lexicon word is longer: a longer run of letters and digits is not read as leetspeak. */
const MAX_LEET_WORD = 40;

/** Readings tried per word at most: a word of many ambiguous digits is not worth more. */
const MAX_READINGS = 8;

function scriptOf(word: string): 'latin' | 'cyrillic' | 'greek' {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x400 && c <= 0x52f) return 'cyrillic';
    if (c >= 0x370 && c <= 0x3ff) return 'greek';
    if (isLetterCode(c)) return 'latin';
  }
  return 'latin';
}

/** The end of a number written with thousands separators or decimals: "1.500", "2,000.50". */
function readNumber(text: string, from: number): number {
  let i = from;
  while (i < text.length && isDigitCode(text.charCodeAt(i))) i++;
  for (;;) {
    const sep = text[i];
    if (sep !== '.' && sep !== ',') return i;
    let j = i + 1;
    while (j < text.length && isDigitCode(text.charCodeAt(j))) j++;
    const digits = j - i - 1;
    if (digits === 3) i = j; // thousands: read on
    else return digits >= 1 && digits <= 2 ? j : i; // decimals end the number
  }
}

function numberValue(raw: string): number {
  const decimal = /[.,](\d{1,2})$/.exec(raw);
  const whole = (decimal ? raw.slice(0, decimal.index) : raw).replace(/[.,]/g, '');
  return Number(whole) + (decimal ? Number(`0.${decimal[1]}`) : 0);
}

/**
 * Cuts the text into tokens. `isWord(reading)` tells whether a leetspeak reading of a mixed word is
 * a word worth keeping whole. Linear in the text: every character is looked at a bounded number of times.
 */
export function tokenize(norm: NormalizedText, isWord: (reading: string) => boolean, reread?: (latinWord: string) => string): Token[] {
  const text = norm.text;
  const out: Token[] = [];
  let sentence = 0;
  let clause = 0;
  let lastBreak = -1;
  const push = (start: number, end: number, reading: string, value: number) => {
    out.push({ start, end, text: reading, value, sentence, clause });
  };
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (isDigitCode(c) && !(i > 0 && isLetterCode(text.charCodeAt(i - 1)))) {
      // A number, unless letters follow at once (then it is a mixed word, read below).
      const end = readNumber(text, i);
      if (!(end < text.length && (isLetterCode(text.charCodeAt(end)) || isLeetSymbol(text.charCodeAt(end))))) {
        push(i, end, text.slice(i, end), numberValue(text.slice(i, end)));
        // "30'" is thirty minutes in a price list: the apostrophe reads as the word.
        if (MINUTE_MARKS.has(text[end] as string) && !isLetterCode(text.charCodeAt(end + 1))) push(end, end + 1, 'min', NaN);
        i = end;
        continue;
      }
    }
    if (isLetterCode(c) || isDigitCode(c) || (isLeetSymbol(c) && isLetterCode(text.charCodeAt(i + 1)))) {
      let j = i + 1;
      let letters = isLetterCode(c) ? 1 : 0;
      let others = letters === 1 ? 0 : 1;
      for (; j < text.length; j++) {
        const d = text.charCodeAt(j);
        if (isLetterCode(d)) letters++;
        else if (isDigitCode(d) || (isLeetSymbol(d) && isLetterCode(text.charCodeAt(j + 1)))) others++;
        else break;
      }
      const word = text.slice(i, j);
      // A transliterated text (engine/translit.ts) reads its Latin words, digits included ("6te"), in the other script.
      const reading = reread && letters > 0 && LATIN_WORD.test(word) ? reread(word) : undefined;
      if (reading !== undefined && (others === 0 || reading !== word)) push(i, j, reading, NaN);
      else if (others === 0) push(i, j, word, NaN);
      else splitMixed(word, i, letters, push, isWord);
      i = j;
      continue;
    }
    const ch = text[i] as string;
    if (ch === '.' && !isDigitCode(text.charCodeAt(i + 1)) && !isLetterCode(text.charCodeAt(i + 1))) {
      if (continuesInLowerCase(norm, i + 1)) clause += 1;
      else if (lastBreak !== out.length) ((sentence += 1), (clause += 1), (lastBreak = out.length));
    } else if (SENTENCE_END.has(ch)) {
      if (lastBreak !== out.length) ((sentence += 1), (clause += 1), (lastBreak = out.length));
    } else if (CLAUSE_END.has(ch) || (ch === '-' && text[i - 1] === ' ' && text[i + 1] === ' ')) {
      clause += 1;
    }
    i++;
  }
  return out;
}

/** The leetspeak readings of a word, at most MAX_READINGS; none when a character has no reading. */
function leetReadings(word: string): string[] {
  const map = LEET[scriptOf(word)];
  let readings = [''];
  for (const ch of word) {
    const options = isLetterCode(ch.charCodeAt(0)) ? [ch] : map[ch];
    if (!options) return [];
    const next: string[] = [];
    for (const r of readings) for (const o of options) if (next.length < MAX_READINGS) next.push(r + o);
    readings = next;
  }
  return readings;
}

/**
 * Whether the text after a dot goes on in lower case as written ("300 лв. се удържа", "ul. Długa
 * 5"): the dot ended an abbreviation, not a sentence. The normalized text is lower case; the
 * original tells.
 */
function continuesInLowerCase(norm: NormalizedText, from: number): boolean {
  let j = from;
  while (j < norm.text.length && norm.text[j] === ' ') j++;
  if (j >= norm.text.length || !isLetterCode(norm.text.charCodeAt(j))) return false;
  const written = norm.original[norm.from[j] as number] ?? '';
  return written !== written.toUpperCase() && written === written.toLowerCase();
}

function splitMixed(
  word: string,
  offset: number,
  letters: number,
  push: (start: number, end: number, reading: string, value: number) => void,
  isWord: (reading: string) => boolean,
): void {
  if (letters >= 2 && word.length <= MAX_LEET_WORD) {
    const reading = leetReadings(word).find(isWord);
    if (reading !== undefined) {
      push(offset, offset + word.length, reading, NaN);
      return;
    }
  }
  // Runs of digits and runs of letters as tokens of their own: "30min", "1h", "150roses".
  let k = 0;
  while (k < word.length) {
    const digit = isDigitCode(word.charCodeAt(k));
    let m = k + 1;
    while (m < word.length && isDigitCode(word.charCodeAt(m)) === digit) m++;
    const part = word.slice(k, m);
    if (digit) push(offset + k, offset + m, part, Number(part));
    else if (!(part.length === 1 && isLeetSymbol(part.charCodeAt(0)))) push(offset + k, offset + m, part.replace(/[@$]/g, ''), NaN);
    k = m;
  }
}
