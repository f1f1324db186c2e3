// The "max" metadata, not "min": the rules need the line type (a bare MOBILE number as the only
// contact is a signal, a FIXED_LINE is tied to an address), and min metadata cannot tell them apart;
// max also validates against the full national number plans, which is what keeps prices, years
// and licence numbers out. It costs about 100 kB more in the bundle, loaded once in the background.
import { parsePhoneNumberFromString, type CountryCode, type NumberType, type PhoneNumber } from 'libphonenumber-js/max';
import type { ContactMention } from '../engine/context';
import { toSpan, type NormalizedText } from '../engine/normalize';
import type { Lang, Range } from '../engine/types';
import { detectLanguage } from '../engine/language';
import { readDigits } from './number-words';

/** Where a national number ("347 123 4567") is most likely dialled from, by the ad's language. */
const COUNTRIES_BY_LANG: Record<Lang, readonly CountryCode[]> = {
  en: ['GB', 'US'], it: ['IT'], es: ['ES'], pl: ['PL'], sk: ['SK'], bg: ['BG'],
  el: ['GR'], ro: ['RO'], uk: ['UA'], ru: ['RU'], fr: ['FR'], de: ['DE'],
};
const ALL_COUNTRIES: readonly CountryCode[] = [...new Set(Object.values(COUNTRIES_BY_LANG).flat())];

/** E.164 allows 15 digits; below 7 no national plan of our countries has a reachable number. */
const MIN_DIGITS = 7;
const MAX_DIGITS = 15;
/** Runs with more digit groups than this are skipped; two or three numbers in a row stay below it. */
const MAX_RUN_ATOMS = 32;
/** libphonenumber calls per text: generous for any real ad, a bound for texts made of digits. */
const MAX_PARSES_PER_TEXT = 2000;
/** Shorter national numbers ("555 0199", "241 6582") need a cue word: they are often ids or amounts. */
const MIN_UNCUED_DIGITS = 9;
/**
 * Countries whose national numbers are written with a trunk prefix ("07700 …", "0 6 12 …"): a number
 * without it is read there only when no country reads it as written ("(715) 568-2882" is American).
 */
const TRUNK_PREFIX: Partial<Record<CountryCode, string>> = { GB: '0', FR: '0', DE: '0', SK: '0', BG: '0', RO: '0', UA: '0' };
/** Separators between digit groups; longer gaps or other characters end a number. */
const MAX_GAP = 3;
const PLAIN_GAP = /^[ ./()-]*$/;
const OBSCURING_GAP = /^[ ./()*_|·•~+-]*$/;
/** A number broken into this many single digits ("3 4 7 1 2 …") is written to dodge filters. */
const MIN_SINGLE_DIGITS = 4;

/** A word of the normalized text (digits, letters, a number word) or a plus sign. */
const ATOM = /\+|[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu;

/** Words just before a number that make it a phone ("tel.", "call", "WhatsApp", "📱" → "phone"). */
const PHONE_CUE = /(?<!\p{L})(?:tel|phone|mobile?|mob|cell|call|ring|text|sms|whats\s?app|viber|telegram|signal|contact\p{L}*|kontakt\p{L}*|info|chiam\p{L}*|cellulare|numero|llam\p{L}*|movil|telefon\p{L}*|zadzwon|dzwon\p{L}*|volaj\p{L}*|тел\p{L}*|звон\p{L}*|обад\p{L}*|контакт\p{L}*|τηλ\p{L}*|κινητ\p{L}*|επικοινων\p{L}*|suna\p{L}*|apel\p{L}*|appel\p{L}*|portable|anruf\p{L}*|handy|ruf|mobil|номер|numer|cislo|ва[йи]б\p{L}*)(?!\p{L})[^\p{L}\n]{0,6}$/u;
/** Words just before a number that make it an identifier, not a phone ("IBAN", "no.", "№", "KRAZ"). */
const ID_CUE = /(?<![\p{L}\p{N}])(?:(?:req|job|requisition|ref|offer|annonce)\s?id|iban|konto|account|acct|ref|rif|nr|no|n|№|#|prot|kraz|cod|vat|iva|nip|regon|krs|ico|dic|cui|cif|nif|siret|siren|ust|isbn|order|invoice|zip|postcode|plz|id|licen\p{L}*|reg\p{L}*|aut|charity|upsvr|упсвр|ейк|бб|edrpou|єдрпоу|инн|огрн)\.?\s?[:.]?\s?$/u;
/** A currency or a unit right before or after makes the digits an amount or a measure. */
const AMOUNT_BEFORE = /(?:[€$£₽₴]|(?<!\p{L})(?:eur|euro|usd|gbp|pln|zł|zl|lei|ron|lv|лв|bgn|czk|kc|руб|грн|uah|rub|chf))\.?\s?$/u;
const AMOUNT_AFTER = /^\s?(?:[€$£₽₴%]|eur|euro|usd|gbp|pln|zł|zl|lei|ron|lv|лв|bgn|czk|kc|руб|грн|uah|rub|chf|km|kg|m2|m²)/u;
/** "12.03.2027", "2027-03-12", "12/03/27". */
const YEAR_FIRST = /^(?:19|20)\d\d[./-]/;
/**
 * A street named within three words after the digits: a postcode glued to a house number
 * ("Corpus Christi TX 7840115600 San Pedro Ave"), not a phone.
 */
const STREET_AFTER =
  /^\s(?:[\p{L}'-]{1,20}\s){0,3}(?:ave|avenue|st|street|rd|road|blvd|boulevard|dr|drive|ln|lane|way|hwy|highway|pkwy|parkway|ct|court|suite|ste|via|viale|piazza|corso|calle|avenida|rue|strasse|str|ulica|ul|улица|ул|strada|bulevardul|οδος)(?![\p{L}])/u;
const DATE_SHAPE = /^(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|\d{4})|\d{4}[./-]\d{1,2}[./-]\d{1,2})$/;

interface Atom extends Range {
  digits: string;
  spelled: boolean;
  plus: boolean;
}

export interface PhoneMention extends ContactMention {
  type: 'phone';
}

/** Stands for a stretch of words that hold no digit: they only end a run. */
const WORDS: Atom = { start: -1, end: -1, digits: '', spelled: false, plus: false };

/** The plus signs and digit words of a text, in order, with WORDS between them where other words are. */
function atomsOf(text: string): Atom[] {
  const out: Atom[] = [];
  for (const m of text.matchAll(ATOM)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0] === '+') {
      out.push({ start, end, digits: '', spelled: false, plus: true });
      continue;
    }
    const reading = readDigits(m[0]);
    if (reading) out.push({ start, end, digits: reading.digits, spelled: reading.spelled, plus: false });
    else if (out[out.length - 1] !== WORDS) out.push(WORDS);
  }
  return out;
}

const isDigitAtom = (a: Atom) => a.digits.length > 0;

/** Runs of digit atoms joined by short separators: the candidates for phone numbers. */
function runsOf(text: string, atoms: Atom[]): Atom[][] {
  const runs: Atom[][] = [];
  let run: Atom[] = [];
  const flush = () => {
    if (run.some(isDigitAtom)) runs.push(run);
    run = [];
  };
  for (const atom of atoms) {
    const last = run[run.length - 1];
    if (!atom.plus && !isDigitAtom(atom)) {
      flush();
      continue;
    }
    if (atom.plus) {
      flush();
      run.push(atom);
      continue;
    }
    if (last) {
      const gap = text.slice(last.end, atom.start);
      if (gap.length > MAX_GAP || !OBSCURING_GAP.test(gap)) flush();
    }
    run.push(atom);
  }
  flush();
  return runs;
}

interface Candidate {
  atoms: Atom[];
  digits: string;
  plus: boolean;
  obscured: boolean;
  /** Words stood for digits ("tre quattro", "1two3"). */
  spelled: boolean;
  singles: number;
}

function candidate(text: string, atoms: Atom[]): Candidate {
  const digitAtoms = atoms.filter(isDigitAtom);
  const gaps = digitAtoms.slice(1).map((a, i) => text.slice((digitAtoms[i] as Atom).end, a.start));
  const singles = digitAtoms.filter((a) => a.digits.length === 1 && !a.spelled).length;
  const spelled = digitAtoms.some((a) => a.spelled);
  const obscured = spelled || singles >= MIN_SINGLE_DIGITS || gaps.some((g) => !PLAIN_GAP.test(g));
  let digits = digitAtoms.map((a) => a.digits).join('');
  let plus = atoms[0]?.plus ?? false;
  if (!plus && digits.startsWith('00') && digits.length > MIN_DIGITS + 2) {
    digits = digits.slice(2);
    plus = true;
  }
  return { atoms: digitAtoms, digits, plus, obscured, spelled, singles };
}

/** Digits that read as an amount, a date, an identifier or a range rather than a phone. */
function looksLikeOtherNumber(text: string, c: Candidate, startOfRun: number): boolean {
  const first = c.atoms[0] as Atom;
  const last = c.atoms[c.atoms.length - 1] as Atom;
  const before = text.slice(Math.max(0, startOfRun - 16), startOfRun);
  const after = text.slice(last.end, last.end + 6);
  if (AMOUNT_BEFORE.test(before) || AMOUNT_AFTER.test(after) || ID_CUE.test(before)) return true;
  if (STREET_AFTER.test(text.slice(last.end, last.end + 80))) return true;
  const written = text.slice(first.start, last.end);
  if (DATE_SHAPE.test(written) || YEAR_FIRST.test(written)) return true;
  // "85000-120000", "2007/2010", "30000-30000": two amounts or years, the second not below the first.
  const groups = c.atoms.map((a) => a.digits);
  const [lo, hi] = groups;
  if (groups.length === 2 && lo && hi && lo.length >= 4 && !/^0/.test(lo) && Number(lo) <= Number(hi)) return true;
  // "20 000 - 30 000", "2026 / 2027": a range or a list, unless the digits are spaced out one by one.
  return c.singles < MIN_SINGLE_DIGITS && /\s[-/]\s/.test(written);
}

interface Parsed {
  value: string;
  valid: boolean;
}

/**
 * Reads candidates for one text: the countries to try (the ad's language first, then its close
 * candidates, then all), and libphonenumber's answers, cached and within a budget so that a text made
 * of digits ("1 1 1 1 …") costs linear time.
 */
class PhoneReader {
  private fallback: readonly CountryCode[] | undefined;
  private readonly cache = new Map<string, PhoneNumber | undefined>();
  private budget = MAX_PARSES_PER_TEXT;
  constructor(
    private readonly text: string,
    private readonly lang: Lang | undefined,
    /** The languages the engine runs on this ad, when the caller knows them: detected again otherwise. */
    private readonly candidates: readonly Lang[] | undefined,
  ) {}
  get first(): readonly CountryCode[] {
    return this.lang ? COUNTRIES_BY_LANG[this.lang] : [];
  }
  /** Computed only when a number does not fit the first guess: a short ad's language is often wrong. */
  get rest(): readonly CountryCode[] {
    this.fallback ??= [
      ...new Set([...(this.candidates ?? detectLanguage(this.text, this.lang).run).flatMap((l) => COUNTRIES_BY_LANG[l]), ...ALL_COUNTRIES]),
    ].filter((c) => !this.first.includes(c));
    return this.fallback;
  }
  get exhausted(): boolean {
    return this.budget <= 0;
  }
  parse(digits: string, country?: CountryCode): PhoneNumber | undefined {
    const key = `${country ?? '+'}${digits}`;
    if (this.cache.has(key)) return this.cache.get(key);
    if (this.budget-- <= 0) return undefined;
    const n = parsePhoneNumberFromString(digits, country);
    this.cache.set(key, n);
    return n;
  }
}

/**
 * Line types a person gives in an ad. Personal, UAN, pager, voicemail and premium numbers are valid
 * in their plans but nobody advertises a job on them: digits that read only as one of those are
 * something else ("the 703/202/301 area" is three US area codes, not a Spanish personal number).
 */
const PLAUSIBLE_TYPES: ReadonlySet<NumberType> = new Set(['MOBILE', 'FIXED_LINE', 'FIXED_LINE_OR_MOBILE', 'TOLL_FREE', 'VOIP', 'SHARED_COST']);
const plausible = (n: PhoneNumber) => {
  const type = n.getType();
  // Some plans give no type for valid numbers: those stay.
  return type === undefined || PLAUSIBLE_TYPES.has(type);
};

function parse(c: Candidate, order: PhoneReader, cued: boolean): Parsed | undefined {
  if (c.plus) {
    const n = order.parse(`+${c.digits}`);
    if (n?.isValid() && plausible(n)) return { value: n.number, valid: true };
    if (n?.isPossible() && (cued || c.obscured)) return { value: n.number, valid: false };
    return undefined;
  }
  const valid = (countries: readonly CountryCode[], strict: boolean) => {
    for (const country of countries) {
      if (strict && TRUNK_PREFIX[country] && !c.digits.startsWith(TRUNK_PREFIX[country])) continue;
      const n = order.parse(c.digits, country);
      if (n?.isValid() && plausible(n)) return { value: n.number, valid: true };
    }
    return undefined;
  };
  // A short number is read only in the ad's own countries and only after a cue ("tel. 555 0199").
  if (c.digits.length < MIN_UNCUED_DIGITS && !cued) return undefined;
  // Fictional or new ranges (the UK's 07700 900xxx) are "possible" but not "valid": enough with the
  // trunk prefix of the ad's own country, or else with a cue.
  const first = order.first[0];
  const possible = (enough: boolean) => {
    const n = first && enough ? order.parse(c.digits, first) : undefined;
    return n?.isPossible() ? { value: n.number, valid: false } : undefined;
  };
  const prefix = first ? TRUNK_PREFIX[first] : undefined;
  const prefixed = prefix !== undefined && c.digits.startsWith(prefix) && c.digits.length >= 10;
  return valid(order.first, true) ?? possible(prefixed) ?? valid(order.rest, true) ?? possible(cued || c.obscured) ?? valid(order.first, false);
}

/** The longest phone number inside a run of digit groups, scanning from its start. */
function phonesInRun(n: NormalizedText, run: Atom[], order: PhoneReader): PhoneMention[] {
  const text = n.text;
  const out: PhoneMention[] = [];
  let a = 0;
  while (a < run.length) {
    let found: { b: number; c: Candidate; parsed: Parsed } | undefined;
    let unparsed: { b: number; c: Candidate; parsed: Parsed } | undefined;
    // Every atom holds a digit, so no number spans more atoms than digits (plus the "+").
    for (let b = Math.min(run.length - 1, a + MAX_DIGITS); b >= a && !found; b--) {
      const c = candidate(text, run.slice(a, b + 1));
      if (c.digits.length < MIN_DIGITS || c.digits.length > MAX_DIGITS) continue;
      const start = (run[a] as Atom).start;
      if (!c.spelled && looksLikeOtherNumber(text, c, start)) continue;
      // A letter in the original ("347 1O3 4567") was read as a digit by normalize().
      if (/\p{L}/u.test(toSpan(n, { start, end: (run[b] as Atom).end }).text)) c.obscured = true;
      const cued = PHONE_CUE.test(text.slice(Math.max(0, start - 30), start));
      const parsed = parse(c, order, cued);
      if (parsed) found = { b, c, parsed };
      else if (!unparsed && c.obscured && c.digits.length >= 9 && c.digits.length <= 13) unparsed = { b, c, parsed: { value: c.digits, valid: false } };
    }
    // A spelled-out number that no plan knows is still reported, by its digits.
    found ??= unparsed;
    if (!found) {
      a++;
      continue;
    }
    let start = (run[a] as Atom).start;
    if (text[start - 1] === '(') start--;
    const range = { start, end: (run[found.b] as Atom).end };
    const mention: PhoneMention = { type: 'phone', value: found.parsed.value, range, evidence: toSpan(n, range) };
    if (found.c.obscured) mention.obscured = true;
    out.push(mention);
    a = found.b + 1;
  }
  return out;
}

/** Phone numbers in international and national formats, also spelled out or broken up to dodge filters. */
export function findPhones(n: NormalizedText, lang?: Lang, candidates?: readonly Lang[]): PhoneMention[] {
  const reader = new PhoneReader(n.text, lang, candidates);
  const out: PhoneMention[] = [];
  for (const run of runsOf(n.text, atomsOf(n.text))) {
    // A run of dozens of digit groups is a table or noise, not a phone number.
    if (run.length > MAX_RUN_ATOMS) continue;
    if (reader.exhausted) break;
    out.push(...phonesInRun(n, run, reader));
  }
  return out;
}

/** The line type of a canonical number: MOBILE, FIXED_LINE … (undefined when unknown or not E.164). */
export function phoneLineType(value: string): NumberType {
  if (!value.startsWith('+')) return undefined;
  return parsePhoneNumberFromString(value)?.getType();
}
