import type { Range } from './types';
import type { NormalizedText } from './normalize';
import { literalId, literalIndexOf, type LiteralIndex } from './literal-index';
import { requiredLiterals } from './prefilter';
import { checksWordStart, isWordChar, type CompiledLanguageRules, type RuleLanguage } from './rule';

/** More evidence than this per flag adds nothing for a reader. */
export const MAX_EVIDENCE_PER_FLAG = 10;

/** Sentence ends: . ! ? ; or a newline, but not a dot inside a number ("1.000") or an address ("t.me"). */
const SENTENCE_END = /[!?;\n]+|\.(?![\p{L}\p{N}])/gu;

const sentenceCache = new WeakMap<NormalizedText, number[]>();

/** Start offsets of the sentences of a view, computed once per view. */
function sentenceStarts(view: NormalizedText): number[] {
  let starts = sentenceCache.get(view);
  if (!starts) {
    starts = [0];
    for (const m of view.text.matchAll(SENTENCE_END)) starts.push(m.index + m[0].length);
    sentenceCache.set(view, starts);
  }
  return starts;
}

/** The sentence(s) around a range. */
function sentenceAround(view: NormalizedText, range: Range): string {
  const starts = sentenceStarts(view);
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= range.start) lo = mid;
    else hi = mid - 1;
  }
  let end = lo + 1;
  while (end < starts.length && (starts[end] as number) < range.end) end++;
  return view.text.slice(starts[lo], starts[end] ?? view.text.length);
}

function isWordAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isWordChar(text[i]);
}

/**
 * How a pattern is found: the literals one of which its every match contains (engine/prefilter.ts),
 * how far before that literal a match can start, and a sticky twin that tries one position only.
 */
interface Plan {
  literals: readonly number[];
  /** Infinity when the distance is unbounded: the literals then only tell whether to scan at all. */
  lead: number;
  sticky: RegExp;
}

const plans = new WeakMap<RegExp, Plan | null>();

function planOf(re: RegExp): Plan | null {
  let plan = plans.get(re);
  if (plan === undefined) {
    const required = requiredLiterals(re.source);
    plan = required ? { literals: required.literals.map(literalId), lead: required.lead, sticky: new RegExp(re.source, `${re.flags}y`) } : null;
    plans.set(re, plan);
  }
  return plan;
}

/**
 * Test-only: every pattern scanned through the whole text, no literal looked up. The reports must
 * be the same byte for byte (tests/engine/one-pass.test.ts).
 */
let scanEverything = false;
export function useFullScan(on: boolean): void {
  scanEverything = on;
}

const NO_MATCHES: readonly RegExpExecArray[] = [];

const inWindows = (at: number, windows: readonly Range[]) => windows.some((w) => at >= w.start && at < w.end);

/** Candidate starts of the text being matched, reused from pattern to pattern. */
let starts = new Int32Array(256);

/** Sorted, distinct positions where a match of the plan may start (inside `windows` when given): their count in `starts`. */
function candidateStarts(index: LiteralIndex, plan: Plan, windows: readonly Range[] | undefined): number {
  let n = 0;
  const lead = plan.lead;
  const add = (at: number) => {
    for (let start = Math.max(0, at - lead); start <= at; start++) {
      if (windows && !inWindows(start, windows)) continue;
      if (n === starts.length) {
        const grown = new Int32Array(n * 2);
        grown.set(starts);
        starts = grown;
      }
      starts[n++] = start;
    }
  };
  for (const id of plan.literals) index.forEach(id, add);
  if (plan.literals.length > 1 || lead > 0) {
    starts.subarray(0, n).sort();
    let distinct = 0;
    for (let i = 0; i < n; i++) if (i === 0 || starts[i] !== starts[distinct - 1]) starts[distinct++] = starts[i] as number;
    n = distinct;
  }
  return n;
}

/** Whether a match found after its leading `\b` was taken out of the pattern (rule.ts) starts a word. */
function startsWord(text: string, m: RegExpExecArray, wordStart: boolean): boolean {
  return !wordStart || isWordAt(text, m.index - 1) !== isWordAt(text, m.index);
}

/**
 * Up to `limit` matches of a compiled pattern, leftmost first as `matchAll` would give them, with its
 * leading word boundary checked here (see rule.ts), starting inside `windows` when given. The
 * pattern is tried only a few characters before where one of its required literals occurs, found by
 * the one pass over the text (engine/literal-index.ts); a pattern none of whose literals occurs is
 * not run at all. An array, not a generator: most of the thousand patterns an ad meets match
 * nothing, and a generator per pattern was a cost of its own.
 */
function findMatches(re: RegExp, text: string, limit: number, windows?: readonly Range[]): readonly RegExpExecArray[] {
  const wordStart = checksWordStart(re);
  const plan = scanEverything ? null : planOf(re);
  if (!plan) return scan(re, text, limit, wordStart, windows);
  const index = literalIndexOf(text);
  if (!plan.literals.some((id) => index.count(id) > 0)) return NO_MATCHES;
  if (!Number.isFinite(plan.lead)) return scan(re, text, limit, wordStart, windows);
  const n = candidateStarts(index, plan, windows);
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (let i = 0; i < n && out.length < limit; i++) {
    const start = starts[i] as number;
    if (start < from) continue;
    plan.sticky.lastIndex = start;
    const m = plan.sticky.exec(text);
    if (!m || !startsWord(text, m, wordStart)) continue;
    from = m.index + Math.max(1, m[0].length);
    out.push(m);
  }
  return out;
}

/**
 * Every match of a pattern through a text, as `matchAll` gives them, up to `limit`; with `windows`,
 * those that start inside one (what the sticky tries above give, start by start).
 */
function scan(re: RegExp, text: string, limit: number, wordStart: boolean, windows: readonly Range[] | undefined): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  const count = windows ? windows.length : 1;
  for (let w = 0; w < count && out.length < limit; w++) {
    const window = windows?.[w];
    const end = window ? window.end : Infinity;
    re.lastIndex = Math.max(from, window ? window.start : 0);
    while (out.length < limit) {
      const m = re.exec(text);
      if (!m || m.index >= end) break;
      if (!startsWord(text, m, wordStart)) {
        re.lastIndex = m.index + 1;
        continue;
      }
      from = m.index + Math.max(1, m[0].length);
      re.lastIndex = from;
      out.push(m);
    }
  }
  return out;
}

function anyMatch(patterns: readonly RegExp[], text: string): boolean {
  for (const re of patterns) if (findMatches(re, text, 1).length > 0) return true;
  return false;
}

function evidenceRange(m: RegExpMatchArray): Range | undefined {
  const index = m.index ?? 0;
  const ev = m.groups?.['ev'];
  if (ev !== undefined) {
    // The `ev` group is searched inside the whole match; `d`-flag indices would cost on every match.
    const offset = m[0].indexOf(ev);
    if (offset >= 0 && ev.length > 0) return { start: index + offset, end: index + offset + ev.length };
  }
  if (m[0].length === 0) return undefined;
  return { start: index, end: index + m[0].length };
}

/**
 * A text the patterns read. The leetspeak view differs from the plain one only in a few tokens:
 * `changed` restricts its matches to those starting in windows around them and overlapping one
 * (matches elsewhere are the plain view's).
 */
export interface MatchView {
  view: NormalizedText;
  changed?: readonly Range[];
}

/** Context a pattern may need around a changed token ("150 r0ses per hour", gaps like [^.]{0,80}). */
const WINDOW_MARGIN = 160;

const windowCache = new WeakMap<readonly Range[], Range[]>();

/**
 * The changed tokens widened by WINDOW_MARGIN, and on to the next space within as much again, merged.
 * The reach to a space is bounded: in text without spaces an unbounded one made every changed token
 * scan the whole text (100,000 characters of "x.y@" took half a minute).
 */
function windowsAround(text: string, changed: readonly Range[]): Range[] {
  let windows = windowCache.get(changed);
  if (windows) return windows;
  windows = [];
  for (const c of changed) {
    let start = Math.max(0, c.start - WINDOW_MARGIN);
    const lowest = Math.max(0, start - WINDOW_MARGIN);
    while (start > lowest && !/\s/.test(text[start - 1] as string)) start--;
    let end = Math.min(text.length, c.end + WINDOW_MARGIN);
    const highest = Math.min(text.length, end + WINDOW_MARGIN);
    while (end < highest && !/\s/.test(text[end] as string)) end++;
    const last = windows[windows.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  windowCache.set(changed, windows);
  return windows;
}

const overlapsAny = (r: Range, ranges: readonly Range[]) => ranges.some((c) => r.start < c.end && c.start < r.end);

/** Ranges where one language's patterns match one view, `unless` and `unlessAd` applied. */
export function matchLanguage(rules: CompiledLanguageRules, target: MatchView): Range[] {
  const { view, changed } = target;
  if (rules.patterns.length === 0) return [];
  const windows = changed ? windowsAround(view.text, changed) : undefined;
  const out: Range[] = [];
  for (const re of rules.patterns) {
    for (const m of findMatches(re, view.text, Infinity, windows)) {
      const range = evidenceRange(m);
      if (!range) continue;
      if (changed && !overlapsAny({ start: m.index, end: m.index + m[0].length }, changed)) continue;
      if (rules.unless.length > 0 && anyMatch(rules.unless, sentenceAround(view, range))) continue;
      out.push(range);
    }
  }
  // The whole-ad exceptions are read only when something matched: most rules match nothing.
  if (out.length > 0 && anyMatch(rules.unlessAd, view.text)) return [];
  return out;
}

/** Ranges of a rule's patterns over every view and every language that runs. */
export function matchRule(
  compiled: Partial<Record<RuleLanguage, CompiledLanguageRules>>,
  views: readonly MatchView[],
  langs: readonly RuleLanguage[],
): Range[] {
  const out: Range[] = [];
  for (const lang of langs) {
    const rules = compiled[lang];
    if (!rules) continue;
    for (const view of views) out.push(...matchLanguage(rules, view));
  }
  return mergeRanges(out);
}

/** Sorted, without duplicates and without ranges inside another, at most MAX_EVIDENCE_PER_FLAG. */
export function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start >= last.start && r.end <= last.end) continue;
    out.push(r);
    if (out.length >= MAX_EVIDENCE_PER_FLAG) break;
  }
  return out;
}
