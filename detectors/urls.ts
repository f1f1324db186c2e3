import { toSpan, type NormalizedText } from '../engine/normalize';
import type { Range } from '../engine/types';

/**
 * Top-level domains accepted without "http" or "www": generic ones, the countries of our languages and
 * their neighbours. "co" alone is left out ("Mr.Co"); it still counts inside "co.uk".
 */
const TLDS =
  'com|net|org|info|biz|eu|io|jobs|careers|work|agency|app|online|site|shop|store|pro|me|tv|' +
  'uk|ie|us|ca|au|nz|it|es|pt|pl|sk|cz|bg|gr|ro|md|ua|ru|by|kz|fr|be|lu|ch|de|at|nl|dk|se|no|fi|' +
  'hu|si|hr|rs|ba|mk|al|lt|lv|ee|tr|cy|mt|ae|qa|рф|бг|укр|ελ';

const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?';

/** A web address, with or without scheme; never the domain part of an e-mail address. */
const URL = new RegExp(
  `(?<![\\p{L}\\p{N}@._%+/-])(?:https?:\\/\\/)?(?:${LABEL}\\.){1,4}(?:${TLDS})(?![\\p{L}\\p{N}-])(?::\\d{2,5})?(?:[/?#][^\\s<>"'«»“”]{0,200})?`,
  'gu',
);
/** What every address has: a dot and a top-level domain. Most ads have none, and the scan for them costs little. */
const DOT_TLD = new RegExp(`\\.(?:${TLDS})(?![\\p{L}\\p{N}-])`, 'u');
/** Technology names that look like domains ("ASP.NET"). */
const NOT_A_SITE = /^(?:asp|vb|ado)\.net$/;
/** The top-level domain as written, when it starts with a capital. */
const CAPITALISED_TLD = /\.\p{Lu}[^.]*$/u;
const TRAILING_PUNCTUATION = /[.,;:!?)\]]+$/;

export interface UrlMatch {
  range: Range;
  /** Lower case, without scheme and "www.", without trailing punctuation. */
  value: string;
  /** The host name, e.g. "careers.example.com". */
  host: string;
}

/** Web addresses in a normalized text. */
export function findUrls(n: NormalizedText): UrlMatch[] {
  const out: UrlMatch[] = [];
  if (!DOT_TLD.test(n.text)) return out;
  const originalOf = (start: number, end: number) => toSpan(n, { start, end }).text;
  for (const m of n.text.matchAll(URL)) {
    const written = m[0].replace(TRAILING_PUNCTUATION, '');
    const value = written.replace(/^https?:\/\//, '').replace(/^www\./, '');
    const host = value.split(/[/?#:]/)[0] as string;
    if (NOT_A_SITE.test(host)) continue;
    // "needs.Be", "screen.Work": two sentences glued without a space, not an address.
    if (!/^(?:https?:|www\.)/.test(written) && CAPITALISED_TLD.test(originalOf(m.index, m.index + written.length))) continue;
    out.push({ range: { start: m.index, end: m.index + written.length }, value, host });
  }
  return out;
}
