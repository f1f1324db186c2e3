import type { LexiconLang } from './lexicon';

/**
 * Cyrillic and Greek written in Latin letters, as people chat when their keyboard or phone has no
 * other ("rabotata e v Gurciq, bileta 6te go plati", "h douleia sto Londino, steile mou foto apo to
 * diavathrio"). Each Latin word gets its readings in the other script; the text is read that way
 * only when those readings are lexicon words far more often than the Latin spellings are.
 * Bulgarian chat writes ш as 6 and ч as 4, ъ as u or y, я as q; Greeklish writes η as h, ω as w,
 * θ as th or 8. The readings are folded like the lexicons (й reads и, no accents).
 */
interface Table {
  /** Letter groups read as one, longest first. */
  groups: readonly (readonly [string, readonly string[]])[];
  letters: Readonly<Record<string, readonly string[]>>;
  /** The letter a word ends in when it ends in this one (Greek final sigma). */
  final?: readonly [string, string];
}

const CYRILLIC: Table = {
  groups: [
    ['shch', ['щ']], ['sht', ['щ']], ['sch', ['щ']], ['6t', ['щ']],
    ['sh', ['ш']], ['ch', ['ч']], ['zh', ['ж']], ['kh', ['х']], ['ts', ['ц']], ['tz', ['ц']],
    ['ya', ['я']], ['ja', ['я']], ['yu', ['ю']], ['ju', ['ю']], ['iu', ['ю']], ['yo', ['е']],
  ],
  letters: {
    a: ['а'], b: ['б'], c: ['ц', 'ч'], d: ['д'], e: ['е'], f: ['ф'], g: ['г'], h: ['х'], i: ['и'], j: ['и'],
    k: ['к'], l: ['л'], m: ['м'], n: ['н'], o: ['о'], p: ['п'], q: ['я'], r: ['р'], s: ['с'], t: ['т'],
    u: ['у', 'ъ'], v: ['в'], w: ['в'], x: ['х', 'кс'], y: ['ъ', 'и', 'ы'], z: ['з'], '4': ['ч'], '6': ['ш'],
  },
};

const GREEK: Table = {
  groups: [
    ['th', ['θ', 'τη']], ['ps', ['ψ']], ['ks', ['ξ']], ['ch', ['χ']], ['kh', ['χ']],
    ['ou', ['ου']], ['ei', ['ει']], ['oi', ['οι']], ['ai', ['αι']], ['au', ['αυ']], ['eu', ['ευ']],
    ['af', ['αφ', 'αυ']], ['ef', ['εφ', 'ευ']],
  ],
  letters: {
    a: ['α'], b: ['β', 'μπ'], c: ['κ'], d: ['δ', 'ντ'], e: ['ε'], f: ['φ'], g: ['γ'], h: ['η'], i: ['ι', 'η'],
    j: ['τζ'], k: ['κ'], l: ['λ'], m: ['μ'], n: ['ν'], o: ['ο', 'ω'], p: ['π'], r: ['ρ'], s: ['σ'], t: ['τ'],
    u: ['υ'], v: ['β'], w: ['ω'], x: ['χ', 'ξ'], y: ['υ'], z: ['ζ'], '8': ['θ'], '3': ['ξ'],
  },
  final: ['σ', 'ς'],
};

export const TRANSLIT_TABLES: readonly { langs: readonly LexiconLang[]; table: Table }[] = [
  { langs: ['bg', 'ru', 'uk'], table: CYRILLIC },
  { langs: ['el'], table: GREEK },
];
export type TranslitTable = Table;

/** Readings tried per word at most. */
const MAX_READINGS = 8;
/** Longer runs are not words. */
const MAX_WORD = 30;

/** The readings of a Latin word in the table's script; none when a character has no reading. */
export function translitReadings(word: string, table: Table): string[] {
  if (word.length > MAX_WORD) return [];
  let readings = [''];
  for (let i = 0; i < word.length; ) {
    let options: readonly string[] | undefined;
    let step = 1;
    for (const [group, read] of table.groups) {
      if (word.startsWith(group, i)) {
        options = read;
        step = group.length;
        break;
      }
    }
    options ??= table.letters[word[i] as string];
    if (!options) return [];
    const next: string[] = [];
    for (const r of readings) for (const o of options) if (next.length < MAX_READINGS) next.push(r + o);
    readings = next;
    i += step;
  }
  const final = table.final;
  return final ? readings.map((r) => (r.endsWith(final[0]) ? r.slice(0, -1) + final[1] : r)) : readings;
}

/** Runs of Latin letters and digits (the digits chat uses for letters), as the normalized text has them; one pass, no backtracking. */
const LATIN_RUN = /[a-z0-9]+/g;
const HAS_LETTER = /[a-z]/;
/** Words probed to decide: a chat message says what it is within its first sentences. */
const PROBE_WORDS = 40;
/** Common function words of en, it, es, fr, de, pl, sk, ro (three letters or more), none a transliteration of a Cyrillic or Greek word. */
const LATIN_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'and', 'you', 'for', 'with', 'your', 'are', 'this', 'that', 'will', 'our', 'have', 'from',
  'che', 'per', 'non', 'con', 'una', 'del', 'della', 'sono', 'anche',
  'que', 'los', 'las', 'por', 'para', 'una', 'con', 'del', 'muy',
  'les', 'des', 'pour', 'est', 'une', 'avec', 'dans', 'vous', 'sur',
  'der', 'die', 'das', 'und', 'ist', 'mit', 'sie', 'ein', 'eine', 'nicht', 'auf', 'fur',
  'nie', 'sie', 'jest', 'dla', 'oraz', 'lub', 'praca', 'pracy',
  'som', 'pre', 'ako', 'alebo', 'prace',
  'pentru', 'sau', 'sunt', 'care', 'este', 'din', 'mai', 'lucru',
]);

/** Words read before giving up on a table that gave no hit. */
const FIRST_WORDS = 12;
/** Readings that must be lexicon words, and how many times more often than the Latin spellings. */
const MIN_HITS = 3;
const MIN_RATIO = 1.5;

export interface Transliteration {
  langs: readonly LexiconLang[];
  /** The reading of a Latin word: the first that is a lexicon word, else the Latin word if it is one, else the first. */
  read: (word: string) => string;
}

/**
 * The script a Latin text was meant in, when its words read far better there. Bounded: at most
 * PROBE_WORDS words are probed, each with at most MAX_READINGS readings per table.
 */
export function detectTransliteration(text: string, isWord: (reading: string) => boolean): Transliteration | undefined {
  const words: string[] = [];
  for (const m of text.matchAll(LATIN_RUN)) {
    if (m[0].length >= 3 && m[0].length <= MAX_WORD && HAS_LETTER.test(m[0])) words.push(m[0]);
    if (words.length >= PROBE_WORDS) break;
  }
  if (words.length < MIN_HITS) return undefined;
  // Function words of the Latin-script languages tell at once that the text is written in one.
  let plain = 0;
  for (const w of words) if (LATIN_FUNCTION_WORDS.has(w) && ++plain >= MIN_HITS) return undefined;
  const latin = words.filter((w) => isWord(w)).length;
  const needed = Math.max(MIN_HITS, Math.ceil(MIN_RATIO * latin));
  // An ad whose Latin words read well as they are is in a Latin-script language: nothing to probe.
  if (needed > words.length) return undefined;
  let best: { langs: readonly LexiconLang[]; table: Table; hits: number } | undefined;
  for (const { langs, table } of TRANSLIT_TABLES) {
    let hits = 0;
    // A text meant in that script shows it in its first words; most ads are probed no further.
    for (let i = 0; i < words.length && hits + (words.length - i) >= needed && (hits > 0 || i < FIRST_WORDS); i++) {
      if (translitReadings(words[i] as string, table).some(isWord)) hits++;
    }
    if (hits >= needed && (!best || hits > best.hits)) best = { langs, table, hits };
  }
  if (!best) return undefined;
  const table = best.table;
  return {
    langs: best.langs,
    read: (word) => {
      const readings = translitReadings(word, table);
      return readings.find(isWord) ?? (isWord(word) ? word : (readings[0] ?? word));
    },
  };
}
