import { francAll } from 'franc';
import { LANGUAGES, type Lang } from './types';

/** franc speaks ISO 639-3; the rules and the UI speak ISO 639-1. */
const ISO3: Record<Lang, string> = {
  en: 'eng', it: 'ita', es: 'spa', pl: 'pol', sk: 'slk', bg: 'bul',
  el: 'ell', ro: 'ron', uk: 'ukr', ru: 'rus', fr: 'fra', de: 'deu',
};
const FROM_ISO3 = new Map(Object.entries(ISO3).map(([k, v]) => [v, k as Lang]));
const ONLY = Object.values(ISO3);

/** Below this many letters franc guesses; the hint and the close candidates decide instead. */
export const SHORT_TEXT_LETTERS = 40;
/** Candidates whose franc score is within this share of the best one also run their rules (mixed-language ads). */
export const CLOSE_CANDIDATE = 0.85;
/** franc reads only the first 2,048 characters; we give it a sample from the start and the middle. */
const SAMPLE = 1500;

export interface LanguageGuess {
  /** The language reported for the ad. */
  lang: Lang | 'und';
  /** Languages whose rules run: the detected one, the hint, and close candidates. */
  run: Lang[];
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
  const cleaned = text.replace(/\S*[@/]\S*|[\p{N}\p{P}\p{S}]+/gu, ' ');
  if (cleaned.length <= SAMPLE * 2) return cleaned;
  const middle = Math.floor(cleaned.length / 2);
  return `${cleaned.slice(0, SAMPLE)} ${cleaned.slice(middle, middle + SAMPLE)}`;
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
  const letters = sample.replace(/[^\p{L}]/gu, '').length;
  const ranked = francAll(sample, { only: ONLY, minLength: 3 })
    .map(([code, score]) => [FROM_ISO3.get(code), score] as const)
    .filter((c): c is readonly [Lang, number] => c[0] !== undefined);
  const best = ranked[0];
  const run = new Set<Lang>();
  if (hinted) run.add(hinted);
  if (!best) return { lang: hinted ?? 'und', run: [...run] };

  const short = letters < SHORT_TEXT_LETTERS;
  const closeShare = short ? 0.7 : CLOSE_CANDIDATE;
  for (const [lang, s] of ranked) if (s >= best[1] * closeShare) run.add(lang);
  // A short ad with a page hint is most likely in the page's language; franc is a guess there.
  const byLetters = ['ru', 'uk', 'bg'].includes(best[0]) ? cyrillicByLetters(sample) : undefined;
  const lang = short && hinted ? hinted : (byLetters ?? best[0]);
  run.add(lang);
  return { lang, run: [...run] };
}
