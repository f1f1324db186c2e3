import type { Range } from './types';
import type { ConceptHits, Occurrence } from './lexicon';
import type { Token } from './tokens';
import type { MoneyMention, ContactMention } from './context';

/**
 * The concept grammar: a rule is a small pattern over concepts (words of every language mapped to
 * one meaning by the lexicons, rules/concepts/), written once for all languages.
 *
 *   near(['AMOUNT', 'CODE_UNIT', 'TIME_UNIT'], { within: 6 })
 *
 * matches where one occurrence of each item stands within `within` tokens of the others, in the
 * same sentence (or clause), in any order unless `ordered`. An item is a concept or a list of
 * concepts (any of them). Scope is decided here, not by each rule: an item inside a negation ("we
 * never ask for fees") or a warning ("beware of anyone asking for your passport") does not count.
 */
export type Item = string | readonly string[] | Near;

export interface Near {
  all: readonly Item[];
  /** Largest distance in tokens between the first and the last token of the match. */
  within: number;
  ordered: boolean;
  /** The unit the whole match must stand in. */
  unit: 'sentence' | 'clause';
  /** Whether negation and warnings drop a match (rules whose concept carries its own "no" say `false`). */
  scoped: boolean;
  /** Concepts that drop a match when they occur in its sentence. */
  unless: readonly Item[];
  /** Concepts that drop every match when they occur anywhere in the ad. */
  unlessAd: readonly Item[];
}

export type Composition = Near;

export interface NearOptions {
  within?: number;
  ordered?: boolean;
  unit?: 'sentence' | 'clause';
  scoped?: boolean;
  unless?: readonly Item[];
  unlessAd?: readonly Item[];
}

export const DEFAULT_WITHIN = 8;

export function near(all: readonly Item[], options: NearOptions = {}): Near {
  if (all.length === 0) throw new Error('near() needs at least one item');
  return {
    all,
    within: options.within ?? DEFAULT_WITHIN,
    ordered: options.ordered ?? false,
    unit: options.unit ?? 'sentence',
    scoped: options.scoped ?? true,
    unless: options.unless ?? [],
    unlessAd: options.unlessAd ?? [],
  };
}

/** The concepts a composition names, to check them against the catalogue when a rule is defined. */
export function conceptsOf(c: Composition): string[] {
  return [...c.all, ...c.unless, ...c.unlessAd].flatMap((item) =>
    typeof item === 'string' ? [item] : isNear(item) ? conceptsOf(item) : [...item],
  );
}

const isNear = (item: Item): item is Near => typeof item === 'object' && 'all' in item;

/** Concepts the engine finds itself, without a lexicon. */
export const BUILT_IN_CONCEPTS = ['NUM', 'AMOUNT', 'MONEY', 'CONTACT'] as const;

/** A number read as an amount: two digits or more (a price, a rate), not a year-like or phone-like run. */
const isAmount = (t: Token) => t.value >= 10 && t.value <= 1_000_000 && t.end - t.start <= 9;

/** Scope markers, as concepts of the lexicons. */
const NEG = 'NEG';
const REQUEST = 'REQUEST';
const WARN = 'WARN';
const BUT = 'BUT';
/** A plain negation reaches this many tokens ("no experience", "nessun costo"). */
const NEG_REACH = 3;
/** A negated request ("we never ask for …", "do not send …") reaches the end of the sentence. */
const REQUEST_AFTER_NEG = 3;

/** Everything the grammar reads for one ad, computed once. */
export interface GrammarContext {
  tokens: Token[];
  occurrences: (concept: string) => readonly Occurrence[];
  /** 1 where a token stands inside a negation or a warning. */
  negated: Uint8Array;
}

export function grammarContext(hits: ConceptHits, money: readonly MoneyMention[], contacts: readonly ContactMention[]): GrammarContext {
  const { tokens, byConcept } = hits;
  const builtIn = new Map<string, Occurrence[]>();
  const overlapping = (ranges: readonly Range[]) => {
    const out: Occurrence[] = [];
    let r = 0;
    const sorted = [...ranges].sort((a, b) => a.start - b.start);
    for (let t = 0; t < tokens.length && r < sorted.length; t++) {
      const token = tokens[t] as Token;
      while (r < sorted.length && (sorted[r] as Range).end <= token.start) r++;
      const range = sorted[r];
      if (range && range.start < token.end) out.push({ first: t, last: t });
    }
    return out;
  };
  const numbers: Occurrence[] = [];
  const amounts: Occurrence[] = [];
  const contactTokens = overlapping(contacts.map((c) => c.range));
  const inContact = new Set(contactTokens.map((o) => o.first));
  tokens.forEach((t, i) => {
    if (Number.isNaN(t.value)) return;
    numbers.push({ first: i, last: i });
    // The digits of a phone number ("0744 512 806") are no amount.
    if (isAmount(t) && !inContact.has(i)) amounts.push({ first: i, last: i });
  });
  builtIn.set('NUM', numbers);
  builtIn.set('AMOUNT', amounts);
  // The numbers of a money mention: its period word ("500 zł dziennie") stays free for DAY.
  builtIn.set('MONEY', overlapping(money.map((m) => m.range)).filter((o) => !Number.isNaN((tokens[o.first] as Token).value)));
  builtIn.set('CONTACT', contactTokens);
  const occurrences = (concept: string) => byConcept.get(concept) ?? builtIn.get(concept) ?? NO_OCCURRENCES;
  return { tokens, occurrences, negated: negationScope(tokens, occurrences) };
}

const NO_OCCURRENCES: readonly Occurrence[] = [];

function negationScope(tokens: Token[], occurrences: (c: string) => readonly Occurrence[]): Uint8Array {
  const negated = new Uint8Array(tokens.length);
  const stops = new Uint8Array(tokens.length);
  for (const o of occurrences(BUT)) stops[o.first] = 1;
  const requests = new Uint8Array(tokens.length);
  for (const o of occurrences(REQUEST)) for (let t = o.first; t <= o.last; t++) requests[t] = 1;
  const mark = (from: number, sentenceWide: boolean, reach: number) => {
    const start = tokens[from] as Token;
    for (let t = from + 1; t < tokens.length && t <= from + reach; t++) {
      const token = tokens[t] as Token;
      if (token.sentence !== start.sentence || stops[t]) break;
      if (!sentenceWide && token.clause !== start.clause) break;
      negated[t] = 1;
    }
  };
  for (const o of occurrences(NEG)) {
    let sentenceWide = false;
    for (let t = o.last + 1; t <= o.last + REQUEST_AFTER_NEG && t < tokens.length; t++) if (requests[t]) sentenceWide = true;
    mark(o.last, sentenceWide, sentenceWide ? 40 : NEG_REACH);
  }
  for (const o of occurrences(WARN)) {
    mark(o.last, true, 40);
    // "Offered a job with flights paid? Be careful." A short warning covers the sentence before it.
    const at = tokens[o.first] as Token;
    const sentenceLength = tokens.filter((t) => t.sentence === at.sentence).length;
    if (sentenceLength <= SHORT_WARNING && at.sentence > 0) {
      for (let t = o.first - 1; t >= 0 && (tokens[t] as Token).sentence >= at.sentence - 1; t--) negated[t] = 1;
    }
  }
  return negated;
}

/** Tokens of a warning sentence short enough to be about the sentence before it ("Please be careful."). */
const SHORT_WARNING = 5;

/**
 * Whether a normalized-text range stands inside a negation or a warning: pattern rules that name a
 * request or an offer ("send your passport", "flight paid") use the same scope as compositions.
 */
export function inNegatedScope(ctx: GrammarContext, range: Range): boolean {
  const t = lowerBound(ctx.tokens, range.start + 1, (token) => token.end);
  return t < ctx.tokens.length && ctx.negated[t] === 1;
}

/** Occurrences of an item (a concept, any of several, or a composition's matches), in token order. */
function occurrencesOf(ctx: GrammarContext, item: Item, scoped: boolean): Occurrence[] {
  if (isNear(item)) return matchNear(ctx, item, Infinity);
  const concepts = typeof item === 'string' ? [item] : item;
  const out: Occurrence[] = [];
  for (const c of concepts) for (const o of ctx.occurrences(c)) if (!scoped || !ctx.negated[o.first]) out.push(o);
  if (concepts.length > 1) out.sort((a, b) => a.first - b.first);
  return out;
}

const unitOf = (t: Token, unit: Near['unit']) => (unit === 'sentence' ? t.sentence : t.clause);

/** The first index whose key is not below `value` in a list sorted by that key (binary search). */
function lowerBound<T>(list: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid] as T) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** More matches than this per composition add nothing for a reader. */
const MAX_MATCHES = 10;

/**
 * Token ranges where a composition matches. The item with the fewest occurrences anchors the
 * search; each other item takes its nearest occurrence in the window (binary search), so the cost
 * stays linear in the occurrences whatever the text.
 */
export function matchNear(ctx: GrammarContext, rule: Near, limit = MAX_MATCHES): Occurrence[] {
  const lists = rule.all.map((item) => occurrencesOf(ctx, item, rule.scoped));
  if (lists.some((l) => l.length === 0)) return [];
  if (rule.unlessAd.some((item) => occurrencesOf(ctx, item, false).length > 0)) return [];
  const order = lists.map((_, i) => i).sort((a, b) => (lists[a] as Occurrence[]).length - (lists[b] as Occurrence[]).length);
  const anchorIndex = order[0] as number;
  const out: Occurrence[] = [];
  for (const anchor of lists[anchorIndex] as Occurrence[]) {
    const match = extend(ctx, rule, lists, anchorIndex, anchor);
    if (!match) continue;
    if (rule.unless.length > 0 && inSentence(ctx, rule.unless, match)) continue;
    const last = out[out.length - 1];
    if (last && match.first <= last.last) last.last = Math.max(last.last, match.last);
    else out.push(match);
    if (out.length >= limit) break;
  }
  return out;
}

function extend(ctx: GrammarContext, rule: Near, lists: Occurrence[][], anchorIndex: number, anchor: Occurrence) {
  const anchorToken = ctx.tokens[anchor.first] as Token;
  const unit = unitOf(anchorToken, rule.unit);
  const chosen: Occurrence[] = [];
  chosen[anchorIndex] = anchor;
  let first = anchor.first;
  let last = anchor.last;
  for (let i = 0; i < lists.length; i++) {
    if (i === anchorIndex) continue;
    const list = lists[i] as Occurrence[];
    let best: Occurrence | undefined;
    let bestDistance = Infinity;
    const from = lowerBound(list, anchor.first - rule.within, (o) => o.first);
    for (let k = from; k < list.length; k++) {
      const o = list[k] as Occurrence;
      if (o.first > anchor.last + rule.within) break;
      if (unitOf(ctx.tokens[o.first] as Token, rule.unit) !== unit) continue;
      if (chosen.some((c) => c && o.first <= c.last && c.first <= o.last)) continue;
      const span = Math.max(last, o.last) - Math.min(first, o.first);
      if (span > rule.within) continue;
      // The nearest occurrence, preferring one in the anchor's own clause: "Interview on Hangouts, add our hiring manager".
      const sameClause = (ctx.tokens[o.first] as Token).clause === anchorToken.clause;
      const distance = Math.abs(o.first - anchor.first) + (sameClause ? 0 : rule.within + 1);
      if (distance < bestDistance) ((best = o), (bestDistance = distance));
    }
    if (!best) return undefined;
    chosen[i] = best;
    first = Math.min(first, best.first);
    last = Math.max(last, best.last);
  }
  if (rule.ordered) {
    for (let i = 1; i < chosen.length; i++) if ((chosen[i] as Occurrence).first <= (chosen[i - 1] as Occurrence).last) return undefined;
  }
  return { first, last };
}

function inSentence(ctx: GrammarContext, items: readonly Item[], match: { first: number; last: number }): boolean {
  const sentence = (ctx.tokens[match.first] as Token).sentence;
  for (const item of items) {
    for (const o of occurrencesOf(ctx, item, false)) if ((ctx.tokens[o.first] as Token).sentence === sentence) return true;
  }
  return false;
}

/** Normalized-text ranges of a rule's compositions. */
export function matchCompositions(ctx: GrammarContext, compositions: readonly Composition[]): Range[] {
  const out: Range[] = [];
  for (const c of compositions) {
    for (const m of matchNear(ctx, c)) {
      out.push({ start: (ctx.tokens[m.first] as Token).start, end: (ctx.tokens[m.last] as Token).end });
    }
  }
  return out;
}
