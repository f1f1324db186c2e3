import type { AnalyzeOptions, Flag, Mitigation, Range, Report } from './types';
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

/** The engine reads at most this many characters of one ad; a longer text is cut and marked `truncated`. */
export const MAX_AD_CHARS = 100_000;

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

function runRules(ctx: DetectContext, rules: readonly Rule[]): Flag[] {
  const langs: RuleLanguage[] = ['neutral', ...ctx.langs];
  const flags: Flag[] = [];
  for (const rule of rules) {
    const ranges = matchRule(rule.compiled, views(ctx), langs);
    if (rule.detect) ranges.push(...rule.detect(ctx));
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
    const evidence = spans(ctx, matchRule(m.compiled, views(ctx), langs));
    if (evidence.length > 0) out.push({ id: m.id, weight: m.weight, evidence });
  }
  return out;
}

/** Everything the rules read, computed once per ad. */
export function buildContext(text: string, hint?: string): DetectContext {
  const norm = normalize(text);
  const guess = detectLanguage(norm.text, hint);
  return {
    norm,
    leet: deleet(norm),
    lang: guess.lang,
    langs: guess.run,
    money: findMoney(norm),
    contacts: findContacts(norm, guess.lang === 'und' ? undefined : guess.lang, guess.run),
  };
}

/** Scores one ad's text. Pure and deterministic: the extension, the CLI and the tests all call it. */
export function analyze(text: string, options: AnalyzeOptions = {}, ruleSet: RuleSet = DEFAULT_RULES): Report {
  const input = typeof text === 'string' ? text : '';
  const truncated = input.length > MAX_AD_CHARS;
  const read = truncated ? input.slice(0, MAX_AD_CHARS) : input;
  const ctx = buildContext(read, options.lang);
  const flags = runRules(ctx, ruleSet.rules);
  const mitigations = runMitigations(ctx, ruleSet.mitigations);
  const { score: value, level } = score(flags, mitigations);
  const report: Report = {
    id: options.id ?? stableId(input),
    lang: ctx.lang,
    score: value,
    level,
    flags,
    mitigations,
    contacts: ctx.contacts.map(({ range: _range, ...contact }) => contact),
  };
  if (truncated) report.truncated = true;
  return report;
}


