import { francAll } from 'franc';
import { LANGUAGES, type Lang } from './types';

/** franc speaks ISO 639-3; the rules and the UI speak ISO 639-1. */
const ISO3: Record<Lang, string> = {
  en: 'eng', it: 'ita', es: 'spa', pl: 'pol', sk: 'slk', bg: 'bul',
  el: 'ell', ro: 'ron', uk: 'ukr', ru: 'rus', fr: 'fra', de: 'deu',
};
const FROM_ISO3 = new Map(Object.entries(ISO3).map(([k, v]) => [v, k as Lang]));

type Script = 'latin' | 'cyrillic' | 'greek';

/** The languages that have rules, by script. */
const SCRIPT_LANGS: Record<Script, readonly Lang[]> = {
  latin: ['en', 'it', 'es', 'pl', 'sk', 'ro', 'fr', 'de'],
  cyrillic: ['bg', 'uk', 'ru'],
  greek: ['el'],
};

/** The candidates franc weighs, by the ad's script: fewer candidates, faster and fewer confusions. */
const BY_SCRIPT = {
  latin: SCRIPT_LANGS.latin.map((l) => ISO3[l]),
  cyrillic: SCRIPT_LANGS.cyrillic.map((l) => ISO3[l]),
} as const;

/** Below this many letters franc guesses; the hint and the close candidates decide instead. */
export const SHORT_TEXT_LETTERS = 40;
/** Candidates whose franc score is within this share of the best one also run their rules (mixed-language ads). */
export const CLOSE_CANDIDATE = 0.85;
/**
 * From this many letters on, franc's ranking is reliable (on the devset the ad's own language ranks
 * first on every ad above about 200 letters), while its scores stay close for any two languages of
 * a script (an English job ad gives French 0.93 on the median): running every language within 0.85
 * ran six languages' rules on a typical English ad, for nothing. Long ads run near-ties only, and
 * the best language of each part of the sample, which is how a bilingual ad shows.
 */
export const LONG_TEXT_LETTERS = 250;
const LONG_TEXT_CLOSE = 0.95;
/** Parts of the sample ranked apart: long enough for franc, short enough to isolate a paragraph in another language. */
const PART_CHARS = 200;
/** franc reads only the first 2,048 characters and its cost grows with the sample: a start and a middle slice do. */
const SAMPLE = 300;

export interface LanguageGuess {
  /** The language reported for the ad. */
  lang: Lang | 'und';
  /** Languages whose rules run: the detected one, the hint, and close candidates. */
  run: Lang[];
  /**
   * Every language of the ad's scripts when the ad is too short for franc to be trusted: the
   * lexicons of all of them are read (engine/lexicon.ts), which costs no more than reading one.
   */
  neighbours: Lang[];
}

export function asLang(code: string | undefined): Lang | undefined {
  if (!code) return undefined;
  const base = code.toLowerCase().split(/[-_]/)[0] ?? '';
  if (base === 'gr') return 'el';
  if (base === 'ua') return 'uk';
  if (base === 'mo') return 'ro'; // Moldovan is written as Romanian
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Lang) : undefined;
}

/** Letters only: URLs, e-mail, numbers and handles say nothing about the language. */
function languageSample(text: string): string {
  // Tokens are matched from their start only: `\S*[@/]` tried at every position of a long token is quadratic.
  const cleaned = text.replace(/(?<!\S)\S*[@/]\S*|[\p{N}\p{P}\p{S}]+/gu, ' ');
  if (cleaned.length <= SAMPLE * 2) return cleaned;
  const middle = Math.floor(cleaned.length / 2);
  return `${cleaned.slice(0, SAMPLE)} ${cleaned.slice(middle, middle + SAMPLE)}`;
}

/** The sample cut at spaces into parts of about PART_CHARS characters (the last one up to half longer). */
function parts(sample: string): string[] {
  const out: string[] = [];
  for (let from = 0; from < sample.length; ) {
    const space = sample.length - from < PART_CHARS * 1.5 ? -1 : sample.indexOf(' ', from + PART_CHARS);
    const to = space < 0 ? sample.length : space;
    out.push(sample.slice(from, to));
    from = to;
  }
  return out;
}

/**
 * A long sample ranked part by part (franc's cost grows with the text, so this costs what one
 * ranking of the whole does): each part's best language runs (a paragraph in another language
 * shows there), and the ranking returned sums the parts' scores weighted by their length.
 */
function rankByParts(script: Script, sample: string, run: Set<Lang>): (readonly [Lang, number])[] {
  const total = new Map<Lang, number>();
  for (const part of parts(sample)) {
    const ranked = rankScript(script, part);
    if (ranked[0]) run.add(ranked[0][0]);
    for (const [lang, score] of ranked) total.set(lang, (total.get(lang) ?? 0) + score * part.length);
  }
  return [...total].sort((a, b) => b[1] - a[1]);
}

/** A script with at least this share of the letters also has its languages' rules run (mixed ads). */
const SECOND_SCRIPT_SHARE = 0.2;

function scriptCounts(sample: string): Record<Script, number> {
  const counts: Record<Script, number> = { latin: 0, cyrillic: 0, greek: 0 };
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x400 && c <= 0x4ff) counts.cyrillic++;
    else if (c >= 0x370 && c <= 0x3ff) counts.greek++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) counts.latin++;
  }
  return counts;
}

/** franc's ranking among one script's languages; Greek is the only supported language in its script. */
function rankScript(script: Script, sample: string): (readonly [Lang, number])[] {
  if (script === 'greek') return [['el', 1]];
  return francAll(sample, { only: [...BY_SCRIPT[script]], minLength: 3 })
    .map(([code, score]) => [FROM_ISO3.get(code), score] as const)
    .filter((c): c is readonly [Lang, number] => c[0] !== undefined);
}

/**
 * Letters that only one of the Cyrillic languages uses settle franc's frequent confusion between
 * Russian, Ukrainian and Bulgarian on short ads.
 */
function cyrillicByLetters(sample: string): Lang | undefined {
  const count = (re: RegExp) => sample.match(re)?.length ?? 0;
  const uk = count(/[іїєґІЇЄҐ]/g);
  const ru = count(/[ыэёЫЭЁ]/g);
  if (uk > 0 && ru === 0) return 'uk';
  if (ru > 0 && uk === 0) return 'ru';
  return undefined;
}

export function detectLanguage(text: string, hint?: string): LanguageGuess {
  const hinted = asLang(hint);
  const sample = languageSample(text);
  const counts = scriptCounts(sample);
  const letters = counts.latin + counts.cyrillic + counts.greek;
  const run = new Set<Lang>();
  if (hinted) run.add(hinted);
  if (letters === 0) return { lang: hinted ?? 'und', run: [...run], neighbours: [] };

  const scripts = (Object.keys(counts) as Script[]).sort((a, b) => counts[b] - counts[a]);
  const main = scripts[0] as Script;
  const short = letters < SHORT_TEXT_LETTERS;
  const long = letters >= LONG_TEXT_LETTERS;
  const ranked = long ? rankByParts(main, sample, run) : rankScript(main, sample);
  const best = ranked[0];
  const neighbours = long ? [] : scriptNeighbours(counts, letters);
  if (!best) return { lang: hinted ?? 'und', run: [...run], neighbours };

  const closeShare = short ? 0.7 : long ? LONG_TEXT_CLOSE : CLOSE_CANDIDATE;
  for (const [lang, s] of ranked) if (s >= best[1] * closeShare) run.add(lang);
  // English is the lingua franca of these ads: its phrases ("new in town", "incall") turn up in ads
  // written in any language, a sentence too short to move franc's ranking.
  if (counts.latin >= letters * SECOND_SCRIPT_SHARE) run.add('en');
  for (const other of scripts.slice(1)) {
    if (counts[other] < letters * SECOND_SCRIPT_SHARE) continue;
    const top = rankScript(other, sample)[0];
    if (top) run.add(top[0]);
  }
  // A short ad with a page hint is most likely in the page's language; franc is a guess there.
  const byLetters = main === 'cyrillic' ? cyrillicByLetters(sample) : undefined;
  const lang = short && hinted ? hinted : (byLetters ?? best[0]);
  run.add(lang);
  return { lang, run: [...run], neighbours };
}


/** The languages of every script that holds a fair share of the letters. */
function scriptNeighbours(counts: Record<Script, number>, letters: number): Lang[] {
  return (Object.keys(counts) as Script[]).filter((s) => counts[s] >= letters * SECOND_SCRIPT_SHARE).flatMap((s) => SCRIPT_LANGS[s]);
}
