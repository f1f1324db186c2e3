import type { Lang } from '../engine/types';

/**
 * Digits spelled out as words, as they appear in the NORMALIZED text (lower case, no diacritics:
 * "pięć" → "piec", "πέντε" → "πεντε", "п'ять" → "п'ять"). Ads spell phone numbers out to get
 * past the filters of classifieds sites ("three four seven one…", "tre quattro sette…").
 * Feminine and neuter forms are listed where the word changes; tens ("forty-seven") are not read.
 */
const WORDS: Record<Lang, readonly (readonly string[])[]> = {
  en: [['zero', 'oh', 'nil'], ['one'], ['two'], ['three'], ['four'], ['five'], ['six'], ['seven'], ['eight'], ['nine']],
  it: [['zero'], ['uno'], ['due'], ['tre'], ['quattro'], ['cinque'], ['sei'], ['sette'], ['otto'], ['nove']],
  es: [['cero'], ['uno'], ['dos'], ['tres'], ['cuatro'], ['cinco'], ['seis'], ['siete'], ['ocho'], ['nueve']],
  pl: [['zero'], ['jeden', 'jedna'], ['dwa', 'dwie'], ['trzy'], ['cztery'], ['piec'], ['szesc'], ['siedem'], ['osiem'], ['dziewiec']],
  sk: [['nula'], ['jeden', 'jedna'], ['dva', 'dve'], ['tri'], ['styri'], ['pat'], ['sest'], ['sedem'], ['osem'], ['devat']],
  bg: [['нула'], ['едно', 'един', 'една'], ['две', 'два'], ['три'], ['четири'], ['пет'], ['шест'], ['седем'], ['осем'], ['девет']],
  el: [['μηδεν'], ['ενα', 'ενας', 'μια'], ['δυο', 'δυο'], ['τρια', 'τρεις'], ['τεσσερα', 'τεσσερις'], ['πεντε'], ['εξι'], ['επτα', 'εφτα'], ['οκτω', 'οχτω'], ['εννεα', 'εννια']],
  ro: [['zero'], ['unu', 'una'], ['doi', 'doua'], ['trei'], ['patru'], ['cinci'], ['sase'], ['sapte'], ['opt'], ['noua']],
  uk: [['нуль'], ['один', 'одна'], ['два', 'дві'], ['три'], ['чотири'], ['пять', "п'ять", 'п’ять'], ['шість'], ['сім'], ['вісім'], ['девять', "дев'ять", 'дев’ять']],
  ru: [['ноль', 'нуль'], ['один', 'одна'], ['два', 'две'], ['три'], ['четыре'], ['пять'], ['шесть'], ['семь'], ['восемь'], ['девять']],
  fr: [['zero'], ['un', 'une'], ['deux'], ['trois'], ['quatre'], ['cinq'], ['six'], ['sept'], ['huit'], ['neuf']],
  de: [['null'], ['eins', 'ein'], ['zwei', 'zwo'], ['drei'], ['vier'], ['funf', 'fuenf'], ['sechs'], ['sieben'], ['acht'], ['neun']],
};

/** Every spelled-out digit of every language: a number may be spelled in a language other than the ad's. */
const DIGIT_OF_WORD: ReadonlyMap<string, string> = new Map(
  Object.values(WORDS).flatMap((digits) => digits.flatMap((words, digit) => words.map((w) => [w, String(digit)] as const))),
);

const LONGEST_WORD = Math.max(...[...DIGIT_OF_WORD.keys()].map((w) => w.length));
/** First two letters of every number word: most words of a text are ruled out by this alone. */
const PREFIXES: ReadonlySet<string> = new Set([...DIGIT_OF_WORD.keys()].map((w) => w.slice(0, 2)));

/** The digit a whole word spells, e.g. "sette" → "7". */
export function digitOfWord(word: string): string | undefined {
  return DIGIT_OF_WORD.get(word);
}

/** How a token was read as digits. */
export interface DigitReading {
  digits: string;
  /** Words or letters stood for some of the digits. */
  spelled: boolean;
}

function hasAsciiDigit(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

const DIGIT_OR_LETTERS = /\p{N}+|[^\p{N}]+/gu;

/** Splits glued number words ("threefour", "unodue") greedily, longest word first. */
function readGluedWords(letters: string): string | undefined {
  let out = '';
  for (let i = 0; i < letters.length; ) {
    let found: string | undefined;
    for (let len = Math.min(LONGEST_WORD, letters.length - i); len >= 2 && !found; len--) {
      const digit = DIGIT_OF_WORD.get(letters.slice(i, i + len));
      if (digit !== undefined) {
        found = digit;
        i += len;
      }
    }
    if (found === undefined) return undefined;
    out += found;
  }
  return out;
}

/**
 * Reads one word of the normalized text as digits: "347", "sette", "1two3", "threefour", "3o7".
 * The letter "o" is zero only next to digits ("1o3"); as a whole word it is read by the caller.
 */
export function readDigits(token: string): DigitReading | undefined {
  // Most words of a text hold no digit and start like no number word: ruled out before any regex.
  if (!hasAsciiDigit(token) && !PREFIXES.has(token.slice(0, 2))) return undefined;
  if (/^\p{N}+$/u.test(token)) return /^[0-9]+$/.test(token) ? { digits: token, spelled: false } : undefined;
  const whole = DIGIT_OF_WORD.get(token);
  if (whole !== undefined) return { digits: whole, spelled: true };
  const hasDigit = /\p{N}/u.test(token);
  if (!hasDigit && token.length > LONGEST_WORD * 3) return undefined;
  let digits = '';
  const parts = token.match(DIGIT_OR_LETTERS) ?? [];
  for (const part of parts) {
    if (/^[0-9]+$/.test(part)) {
      digits += part;
      continue;
    }
    if (/^o+$/.test(part) && parts.length > 1) {
      digits += '0'.repeat(part.length);
      continue;
    }
    const read = readGluedWords(part);
    if (read === undefined) return undefined;
    digits += read;
  }
  return digits.length > 0 ? { digits, spelled: true } : undefined;
}
