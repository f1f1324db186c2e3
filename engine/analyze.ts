import { AD_KINDS, type AdKind, type AnalyzeOptions, type Flag, type Mitigation, type Range, type Report } from './types';
import { strengthOf } from './categories';
import { deleet, normalize, toSpan } from './normalize';
import { detectLanguage } from './language';
import { matchRule, mergeRanges, type MatchView } from './match';
import type { MitigationRule, Rule, RuleLanguage } from './rule';
import type { DetectContext } from './context';
import { score } from './score';
import { stableId } from './hash';
import { findMoney } from '../detectors/money';
import { findContacts } from '../detectors/contacts';
import { MITIGATIONS, RULES } from '../rules/index';
import { CONTEXT_CONCEPTS, LEXICONS } from '../rules/concepts/index';
import { ConceptIndex, findConcepts, type LexiconLang } from './lexicon';
import { grammarContext, inNegatedScope, matchCompositions } from './grammar';
import { adKind } from './kind';
import { oneFactOneFlag } from './facts';

import { MAX_AD_CHARS } from './limits';

export { MAX_AD_CHARS };

export interface RuleSet {
  rules: readonly Rule[];
  mitigations: readonly MitigationRule[];
}

const DEFAULT_RULES: RuleSet = { rules: RULES, mitigations: MITIGATIONS };

function views(ctx: DetectContext): MatchView[] {
  return ctx.leet ? [{ view: ctx.norm }, { view: ctx.leet, changed: ctx.leet.changed }] : [{ view: ctx.norm }];
}

function spans(ctx: DetectContext, ranges: Range[]) {
  return mergeRanges(ranges).map((r) => toSpan(ctx.norm, r)).filter((s) => s.end > s.start);
}

/**
 * A composition's match spans its concepts from first to last ("30 min 80 roses"); where a pattern
 * already points at the phrase that says the thing ("80 roses"), the narrower evidence stands alone.
 */
function besides(found: readonly Range[], more: readonly Range[]): Range[] {
  return more.filter((m) => !found.some((f) => f.start < m.end && m.start < f.end));
}

/** A safety notice names the red flags it warns against: the rules read offers only. */
const OFFER_KINDS: readonly AdKind[] = AD_KINDS.filter((k) => k !== 'warning');

function runRules(ctx: DetectContext, rules: readonly Rule[]): Flag[] {
  const langs: RuleLanguage[] = ['neutral', ...ctx.langs];
  const flags: Flag[] = [];
  for (const rule of rules) {
    if (!(rule.kinds ?? OFFER_KINDS).includes(ctx.kind)) continue;
    let ranges = matchRule(rule.compiled, views(ctx), langs);
    if (rule.scoped) ranges = ranges.filter((r) => !inNegatedScope(ctx.grammar, r));
    if (rule.detect) ranges.push(...rule.detect(ctx));
    if (rule.match) ranges.push(...besides(ranges, matchCompositions(ctx.grammar, rule.match)));
    const evidence = spans(ctx, ranges);
    if (evidence.length === 0) continue;
    flags.push({ rule: rule.id, category: rule.category, strength: strengthOf(rule.category), weight: rule.weight, evidence });
  }
  return flags;
}

function runMitigations(ctx: DetectContext, mitigations: readonly MitigationRule[]): Mitigation[] {
  const langs: RuleLanguage[] = ['neutral', ...ctx.langs];
  const out: Mitigation[] = [];
  for (const m of mitigations) {
    const ranges = matchRule(m.compiled, views(ctx), langs);
    if (m.match) ranges.push(...besides(ranges, matchCompositions(ctx.grammar, m.match)));
    const evidence = spans(ctx, ranges);
    if (evidence.length > 0) out.push({ id: m.id, weight: m.weight, evidence });
  }
  return out;
}

let conceptIndex: ConceptIndex | undefined;

const ruleMaps = new WeakMap<readonly Rule[], ReadonlyMap<string, Rule>>();
function rulesById(rules: readonly Rule[]): ReadonlyMap<string, Rule> {
  let map = ruleMaps.get(rules);
  if (!map) ruleMaps.set(rules, (map = new Map(rules.map((r) => [r.id, r]))));
  return map;
}

/** Everything the rules read, computed once per ad. */
export function buildContext(text: string, hint?: string, kindHint?: string): DetectContext {
  const norm = normalize(text);
  // franc reads the text as written: the diacritics that tell Slovak from Spanish are gone from the normalized one.
  const guess = detectLanguage(text, hint);
  const money = findMoney(norm);
  const contacts = findContacts(norm, guess.lang === 'und' ? undefined : guess.lang, guess.run);
  // Lexicons are cheap to run together: a short ad reads every language of its script, not a guess.
  const reading = {
    signals: new Set<LexiconLang>(['neutral', ...guess.run, ...guess.neighbours]),
    context: new Set<LexiconLang>(['neutral', ...guess.run]),
    contextConcepts: CONTEXT_CONCEPTS,
  };
  conceptIndex ??= new ConceptIndex(LEXICONS);
  const grammar = grammarContext(findConcepts(norm, conceptIndex, reading), money, contacts);
  return { norm, leet: deleet(norm), lang: guess.lang, langs: guess.run, money, contacts, grammar, kind: adKind(grammar, { type: kindHint }, contacts) };
}

/** Scores one ad's text. Pure and deterministic: the extension, the CLI and the tests all call it. */
export function analyze(text: string, options: AnalyzeOptions = {}, ruleSet: RuleSet = DEFAULT_RULES): Report {
  const input = typeof text === 'string' ? text : '';
  const truncated = input.length > MAX_AD_CHARS;
  const read = truncated ? input.slice(0, MAX_AD_CHARS) : input;
  const ctx = buildContext(read, options.lang, options.kind);
  const flags = oneFactOneFlag(runRules(ctx, ruleSet.rules), rulesById(ruleSet.rules));
  const mitigations = runMitigations(ctx, ruleSet.mitigations);
  const { score: value, level } = score(flags, mitigations);
  const report: Report = {
    id: options.id ?? stableId(input),
    lang: ctx.lang,
    kind: ctx.kind,
    score: value,
    level,
    flags,
    mitigations,
    contacts: ctx.contacts.map(({ range: _range, ...contact }) => contact),
  };
  if (truncated) report.truncated = true;
  return report;
}


