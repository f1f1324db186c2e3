import type { AdKind, CategoryId, Lang, Range } from './types';
import { CATEGORY_BY_ID } from './categories';
import type { DetectContext } from './context';
import type { Composition } from './grammar';

/** An ad that must flag, with the evidence texts (as written in the example) the rule must report. */
export interface FlagExample {
  text: string;
  evidence: string[];
}

export interface Examples {
  flag: FlagExample[];
  pass: string[];
}

/**
 * One language's patterns. Patterns are written against the NORMALIZED text (engine/normalize.ts):
 * lower case, no diacritics ("piu", "zaplata", "пошлина", "διαβατηριο"), one space between words.
 * `\b` is rewritten into a Unicode-aware word boundary, so it works for Cyrillic, Greek and ł too.
 * A named group `ev` narrows the evidence to part of the match.
 */
export interface LanguageRules {
  patterns?: RegExp[];
  /** A match is dropped when one of these matches in the same sentence. */
  unless?: RegExp[];
  /** The rule is dropped for the whole ad when one of these matches anywhere in it. */
  unlessAd?: RegExp[];
  examples: Examples;
}

/** `neutral` patterns run on every text whatever its language (emoji, symbols, brand names). */
export type RuleLanguage = Lang | 'neutral';

export interface RuleDefinition {
  id: string;
  category: CategoryId;
  /** Points this rule adds to the score (see engine/score.ts for the scale). */
  weight: number;
  languages: Partial<Record<RuleLanguage, LanguageRules>>;
  /** Logic beyond patterns: returns normalized-text ranges to flag. Runs for every language. */
  detect?: (ctx: DetectContext) => Range[];
  /** Compositions of concepts (engine/grammar.ts), written once for every language. */
  match?: readonly Composition[];
  /**
   * Whether the engine's negation and warning scope drops this rule's pattern matches ("we never ask
   * for your passport"). Rules whose patterns say the negation themselves ("no experience needed")
   * leave it off. Compositions are always scoped unless they say otherwise.
   */
  scoped?: boolean;
  /** The kinds of ad the rule applies to (engine/kind.ts); every kind of offer (not a warning) when absent. */
  kinds?: readonly AdKind[];
  /**
   * Rules this one outranks when their evidence overlaps: one fact, one flag ("foto del passaporto"
   * is a passport request, not also a request for photos; "WhatsApp only" is one off-platform
   * contact, not also a bare contact).
   */
  supersedes?: readonly string[];
}

export interface CompiledLanguageRules {
  patterns: RegExp[];
  unless: RegExp[];
  unlessAd: RegExp[];
}

export interface Rule extends RuleDefinition {
  compiled: Partial<Record<RuleLanguage, CompiledLanguageRules>>;
}

/**
 * Word characters of the normalized text (lower case, no diacritics): Latin, Latin Extended,
 * Greek and Cyrillic letters, digits. An explicit class: `\p{L}` inside look-arounds tried at every
 * position made matching about four times slower.
 */
export const WORD_CLASS = '[a-z0-9_\\u00b5\\u00df-\\u024f\\u0370-\\u03ff\\u0400-\\u052f\\u1e00-\\u1eff]';
const WORD_RE = new RegExp(`^${WORD_CLASS}$`, 'u');
const NOT_AFTER_WORD = `(?<!${WORD_CLASS})`;
const NOT_BEFORE_WORD = `(?!${WORD_CLASS})`;
/** `\b` where the pattern does not tell which side is the word. */
const BOUNDARY = `(?:(?<=${WORD_CLASS})${NOT_BEFORE_WORD}|${NOT_AFTER_WORD}(?=${WORD_CLASS}))`;

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_RE.test(ch);
}

/** Pattern atoms that always consume one word character: a letter or digit, `\d`, `\w`, `\p{L}`, `\p{N}`. */
const WORD_ATOM_AHEAD = /^(?:[a-z0-9\u00df-\u024f\u0370-\u03ff\u0400-\u052f]|\\[dw]|\\p\{[LN]\w*\})/u;
/** A word atom, possibly repeated ("\\p{L}{0,4}", "\\w+"): the text before the boundary ends in a word character. */
const WORD_ATOM_BEHIND = /(?:[a-z0-9\u00df-\u024f\u0370-\u03ff\u0400-\u052f]|\\[dw]|\\p\{[LN]\w*\})(?:\{\d+(?:,\d*)?\}|[+*?])?$/u;

/**
 * JavaScript's own `\b` only knows ASCII letters. Each `\b` becomes a Unicode-aware check, as cheap
 * as the pattern allows: before a word atom it only needs "no word character behind", after one
 * only "no word character ahead"; elsewhere the full two-sided boundary.
 */
function rewriteBoundaries(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      if (next === 'w') {
        // `\w` only knows ASCII letters: in a pattern for "zapłata" or "паспорт" it means a word character.
        out += inClass ? WORD_CLASS.slice(1, -1) : WORD_CLASS;
      } else if (next === 'b' && !inClass) {
        const before = source.slice(Math.max(0, i - 20), i);
        const after = source.slice(i + 2, i + 14);
        const escapedBefore = /(?:^|[^\\])(?:\\\\)*\\$/.test(before);
        if (WORD_ATOM_AHEAD.test(after)) out += NOT_AFTER_WORD;
        else if (!escapedBefore && WORD_ATOM_BEHIND.test(before)) out += NOT_BEFORE_WORD;
        else out += BOUNDARY;
      } else {
        out += ch + next;
      }
      i++;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    out += ch;
  }
  return out;
}

/**
 * Patterns whose leading `\b` was taken out of the expression: the matcher checks it after a hit.
 * A pattern that starts with a literal lets the regular-expression engine skip ahead fast; a
 * look-behind in front of it would be tried at every position of the text.
 */
const WORD_START_CHECKED = new WeakSet<RegExp>();

export function checksWordStart(re: RegExp): boolean {
  return WORD_START_CHECKED.has(re);
}

/** Whether `|` appears outside any group or class: then a leading `\b` belongs to the first branch only. */
function hasTopLevelAlternation(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return true;
  }
  return false;
}

/**
 * Patterns see the normalized text, which has no diacritics ("семеиството", "zaplata"): the same
 * folding is applied to the pattern's literal letters, so an author may write them either way.
 */
function foldPatternLetters(source: string): string {
  return source.normalize('NFD').replace(/\p{M}/gu, '');
}

export function compilePattern(pattern: RegExp): RegExp {
  const source = foldPatternLetters(pattern.source);
  const leading = source.startsWith('\\b') && !hasTopLevelAlternation(source);
  const re = new RegExp(rewriteBoundaries(leading ? source.slice(2) : source), 'gu');
  if (leading) WORD_START_CHECKED.add(re);
  return re;
}

function compileLanguage(rules: LanguageRules): CompiledLanguageRules {
  return {
    patterns: (rules.patterns ?? []).map(compilePattern),
    unless: (rules.unless ?? []).map(compilePattern),
    unlessAd: (rules.unlessAd ?? []).map(compilePattern),
  };
}

/**
 * Each language's patterns are compiled the first time an ad needs them: an English batch never pays
 * for the Greek patterns, and the command line starts about a second sooner.
 */
function compileLanguages(languages: Partial<Record<RuleLanguage, LanguageRules>>) {
  const compiled: Partial<Record<RuleLanguage, CompiledLanguageRules>> = {};
  for (const [lang, rules] of Object.entries(languages) as [RuleLanguage, LanguageRules][]) {
    let once: CompiledLanguageRules | undefined;
    Object.defineProperty(compiled, lang, { enumerable: true, get: () => (once ??= compileLanguage(rules)) });
  }
  return compiled;
}

/** Checks a rule's metadata and compiles its patterns once, at load. */
export function defineRule(definition: RuleDefinition): Rule {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(definition.id)) throw new Error(`Rule id must be kebab-case: ${definition.id}`);
  if (!CATEGORY_BY_ID.has(definition.category)) throw new Error(`Rule ${definition.id}: unknown category ${definition.category}`);
  if (!(definition.weight > 0 && definition.weight <= 100)) throw new Error(`Rule ${definition.id}: weight must be in (0, 100]`);
  return { ...definition, compiled: compileLanguages(definition.languages) };
}

/** Legitimating context ("no fees charged", a licence number): lowers the score by `weight`. */
export interface MitigationDefinition {
  id: string;
  weight: number;
  languages: Partial<Record<RuleLanguage, LanguageRules>>;
  match?: readonly Composition[];
}

export interface MitigationRule extends MitigationDefinition {
  compiled: Partial<Record<RuleLanguage, CompiledLanguageRules>>;
}

export function defineMitigation(definition: MitigationDefinition): MitigationRule {
  if (!(definition.weight > 0 && definition.weight <= 100)) throw new Error(`Mitigation ${definition.id}: weight must be in (0, 100]`);
  return { ...definition, compiled: compileLanguages(definition.languages) };
}
