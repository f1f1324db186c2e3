import type { AdKind } from './types';
import type { GrammarContext } from './grammar';

/**
 * The kind of an ad, from the concepts of its words and the page's hints. Rules say which kinds
 * they apply to: a deposit or a reservation is normal for a flat, a car or a puppy, not for a job.
 * A job cue wins over a rental cue ("room provided, €200 deposit" in a job ad stays a job).
 */
export interface KindHint {
  /** JSON-LD @type or a site section ("JobPosting", "Product", "Apartment", "jobs", "immobili"). */
  type?: string;
}

const TYPE_KINDS: [RegExp, AdKind][] = [
  [/job|vacanc|employ|career|lavoro|empleo|emploi|stellen|praca|работа|робота|munca|εργασ/i, 'job'],
  [/apartment|house|accommodation|residence|rent|immobil|wohnung|mieszkan|недвиж|нерухом|imobil|ακινητ/i, 'rental'],
  [/product|offer|vehicle|car|auto|sale|vendit|verkauf|sprzeda|продаж|vanzar|πωλ/i, 'sale'],
];

/** Concepts that say what the ad offers. */
const JOB_CUES = ['JOB', 'WAGES', 'INTERVIEW'];
const SERVICE_CUES = ['INCALL', 'OUTCALL', 'COMPANION'];

export function adKind(grammar: GrammarContext, hint: KindHint = {}): AdKind {
  if (hint.type) for (const [re, kind] of TYPE_KINDS) if (re.test(hint.type)) return kind;
  const count = (concepts: readonly string[]) => concepts.reduce((n, c) => n + grammar.occurrences(c).length, 0);
  if (count(SERVICE_CUES) > 0 || grammar.occurrences('CODE_UNIT').length > 0) return 'service';
  if (count(JOB_CUES) > 0) return 'job';
  if (grammar.occurrences('RENTAL').length > 0) return grammar.occurrences('SALE').length > 0 ? 'sale' : 'rental';
  if (grammar.occurrences('SALE').length > 0) return 'sale';
  return 'other';
}
