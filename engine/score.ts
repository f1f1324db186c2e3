import type { CategoryId, Flag, Level, Mitigation, Strength } from './types';

/**
 * Every weight and threshold of the score, in one place.
 * The catalogue's guidance (shared/catalogue/indicators.json, "scoring_guidance"): a weak signal alone
 * never makes an ad "medium"; "high" needs a strong signal, or medium signals from at least two
 * categories. Single-keyword flagging drowns users in false alarms (Giommoni and Ikwu 2021).
 */
export const SCORE = {
  /** A rule's weight is its share of the 0–100 score; these are the usual weights per strength. */
  typicalWeight: { weak: 10, medium: 20, strong: 40 } satisfies Record<Strength, number>,
  /** Score at which an ad is "medium", then "high" (subject to the gates below). */
  mediumAt: 30,
  highAt: 60,
  /** Several rules of one category add only a little over the strongest one. */
  sameCategoryExtra: 0.25,
  maxScore: 100,
  /**
   * Above the high threshold the points are compressed toward 100 (100 is never quite reached): a
   * moderator can rank flagged ads against each other, and a full score does not read as certainty.
   * 40 more points make about a third of the remaining way, 120 more about four fifths.
   */
  compressAbove: 60,
  compressSpread: 80,
} as const;

/** The displayed score: the points as they are up to `compressAbove`, then a curve that approaches 100. */
export function displayScore(points: number): number {
  const { compressAbove: knee, compressSpread: spread, maxScore } = SCORE;
  if (points <= knee) return Math.round(Math.max(0, points));
  return Math.min(maxScore - 1, Math.round(knee + (maxScore - knee) * (1 - Math.exp(-(points - knee) / spread))));
}

export interface Scored {
  score: number;
  level: Level;
}

/** The score of each flagged category: its strongest flag plus a little for further rules. */
function categoryScores(flags: Flag[]): Map<CategoryId, { points: number; strength: Strength }> {
  const byCategory = new Map<CategoryId, number[]>();
  const strengthOf = new Map<CategoryId, Strength>();
  for (const f of flags) {
    byCategory.set(f.category, [...(byCategory.get(f.category) ?? []), f.weight]);
    strengthOf.set(f.category, f.strength);
  }
  const out = new Map<CategoryId, { points: number; strength: Strength }>();
  for (const [category, weights] of byCategory) {
    const [top = 0, ...rest] = [...weights].sort((a, b) => b - a);
    const points = top + SCORE.sameCategoryExtra * rest.reduce((a, b) => a + b, 0);
    out.set(category, { points, strength: strengthOf.get(category) ?? 'weak' });
  }
  return out;
}

/**
 * Lawful work in an exposed trade (a dancer, a hostess, a model, a carer) with a written contract
 * and a named employer is not high on the trade, the pay or the travel alone: only these categories
 * can still make it high, because no contract makes them normal.
 */
const HIGH_DESPITE_CONTRACT: ReadonlySet<CategoryId> = new Set([
  'debt-fees', 'document-request', 'control-signals', 'coded-payment', 'coded-services', 'money-mule',
]);

/** Mitigations that together say "a named employer under a written contract". */
const CONTRACT_MITIGATION = 'written-contract';
const NAMELESS_CATEGORY: CategoryId = 'anonymous-recruiter';

export function score(flags: Flag[], mitigations: Mitigation[]): Scored {
  const categories = categoryScores(flags);
  const raw = [...categories.values()].reduce((sum, c) => sum + c.points, 0);
  const relief = mitigations.reduce((sum, m) => sum + m.weight, 0);
  const points = Math.max(0, raw - relief);
  const value = displayScore(points);

  const strengths = [...categories.values()].map((c) => c.strength);
  const strong = strengths.filter((s) => s === 'strong').length;
  const medium = strengths.filter((s) => s === 'medium').length;
  const total = strengths.length;

  // Gates from the catalogue's guidance, applied on top of the score thresholds.
  const mayBeMedium = total >= 2 || strong >= 1;
  const mayBeHigh = (strong >= 1 && total >= 2) || strong + medium >= 3 || strong >= 2;

  const lawfulContext = mitigations.some((m) => m.id === CONTRACT_MITIGATION) && !categories.has(NAMELESS_CATEGORY);
  const highAnyway = [...categories.keys()].some((c) => HIGH_DESPITE_CONTRACT.has(c));

  let level: Level = 'low';
  if (value >= SCORE.highAt && mayBeHigh && (!lawfulContext || highAnyway)) level = 'high';
  else if (value >= SCORE.mediumAt && mayBeMedium) level = 'medium';
  return { score: value, level };
}
