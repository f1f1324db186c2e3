import type { Range } from './types';
import type { NormalizedText } from './normalize';
import { prefixIndexOf } from './prefix-index';
import { anchorsOf, checksWordStart, isWordChar, type CompiledLanguageRules, type RuleLanguage } from './rule';

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

/** Above this many prefix occurrences one full scan is cheaper than trying each position. */
const MAX_ANCHORED_STARTS = 64;
const NO_MATCHES: readonly RegExpExecArray[] = [];

const inWindows = (at: number, windows: readonly Range[]) => windows.some((w) => at >= w.start && at < w.end);

/**
 * Sorted start positions where one of the prefixes occurs (inside `windows` when given); undefined
 * when there are too many to try one by one.
 */
function prefixStarts(text: string, prefixes: readonly string[], windows: readonly Range[] | undefined): readonly number[] | undefined {
  const index = prefixIndexOf(text);
  let only: readonly number[] | undefined;
  let starts: number[] | undefined;
  for (const p of prefixes) {
    let at = index.positions(p);
    if (windows && at.length > 0) at = at.filter((i) => inWindows(i, windows));
    if (at.length === 0) continue;
    if (only === undefined) {
      only = at;
      continue;
    }
    starts ??= [...only];
    starts.push(...at);
    if (starts.length > MAX_ANCHORED_STARTS) return undefined;
  }
  if (only === undefined) return [];
  if (starts === undefined) return only.length > MAX_ANCHORED_STARTS ? undefined : only;
  starts.sort((a, b) => a - b);
  return starts.filter((at, i) => i === 0 || at !== starts[i - 1]);
}

/** Whether a match found after its leading `\b` was taken out of the pattern (rule.ts) starts a word. */
function startsWord(text: string, m: RegExpExecArray, wordStart: boolean): boolean {
  return !wordStart || isWordAt(text, m.index - 1) !== isWordAt(text, m.index);
}

/**
 * Up to `limit` matches of a compiled pattern, leftmost first as `matchAll` would give them, with its
 * leading word boundary checked here (see rule.ts), starting inside `windows` when given. A pattern
 * with literal prefixes is skipped when none occurs in the text, and otherwise tried only where one
 * does; another is scanned through the whole text, or through each window cut out of it. An array,
 * not a generator: most of the thousand patterns an ad meets match nothing, and a generator per
 * pattern was a cost of its own.
 */
function findMatches(re: RegExp, text: string, limit: number, windows?: readonly Range[]): readonly RegExpExecArray[] {
  const wordStart = checksWordStart(re);
  const anchors = anchorsOf(re);
  const starts = anchors ? prefixStarts(text, anchors.prefixes, windows) : undefined;
  if (anchors && starts) {
    if (starts.length === 0) return NO_MATCHES;
    const out: RegExpExecArray[] = [];
    let from = 0;
    for (const start of starts) {
      if (start < from) continue;
      anchors.sticky.lastIndex = start;
      const m = anchors.sticky.exec(text);
      if (!m || !startsWord(text, m, wordStart)) continue;
      from = m.index + Math.max(1, m[0].length);
      out.push(m);
      if (out.length >= limit) break;
    }
    return out;
  }
  if (!windows) return scan(re, text, limit, wordStart);
  const out: RegExpExecArray[] = [];
  for (const w of windows) {
    for (const m of scan(re, text.slice(w.start, w.end), limit - out.length, wordStart)) {
      m.index += w.start;
      out.push(m);
    }
  }
  return out;
}

/** Every match of a pattern through a text, as `matchAll` gives them, up to `limit`. */
function scan(re: RegExp, text: string, limit: number, wordStart: boolean): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  while (out.length < limit) {
    const m = re.exec(text);
    if (!m) break;
    if (!startsWord(text, m, wordStart)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    if (m[0].length === 0) re.lastIndex = m.index + 1;
    out.push(m);
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
