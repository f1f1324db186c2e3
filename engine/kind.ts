import type { AdKind, ContactType } from './types';
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

/** Concepts that say what the ad offers, and how much one occurrence counts. */
const SERVICE_CUES = ['INCALL', 'OUTCALL', 'COMPANION'];
const JOB_CUES: [string, number][] = [['JOB', 1], ['INTERVIEW', 1], ['WAGES', 0.5]];

/** Contacts that recruit: a notice gives a helpline or a website, never a chat handle or number. */
const MESSENGERS: ReadonlySet<ContactType> = new Set(['whatsapp', 'telegram', 'signal', 'viber']);

/**
 * A safety notice: it names the harm or warns twice, and points to help (a helpline, the police), and
 * it gives no messenger contact. A recruiter who pads an ad with warnings still has to be reached:
 * the messenger contact keeps the ad an offer.
 */
function isSafetyNotice(count: (concept: string) => number, contacts: readonly { type: ContactType }[]): boolean {
  const alert = count('ALERT');
  const warn = count('WARN');
  if (count('HELP') === 0 || (alert === 0 && warn < 2)) return false;
  return !contacts.some((c) => MESSENGERS.has(c.type));
}

/**
 * The kind whose cues outnumber the others'. A tie goes to the job: Faro's rules were written for
 * job ads, and a job ad that mentions a flat ("room provided") must keep them.
 */
export function adKind(grammar: GrammarContext, hint: KindHint = {}, contacts: readonly { type: ContactType }[] = []): AdKind {
  if (hint.type) for (const [re, kind] of TYPE_KINDS) if (re.test(hint.type)) return kind;
  const count = (concept: string) => grammar.occurrences(concept).length;
  if (isSafetyNotice(count, contacts)) return 'warning';
  const rental = count('RENTAL');
  const sale = count('SALE');
  // "Abholung bei mir" in a sale is no in-call: a service needs two cues, or one with no sale or rental.
  const service = SERVICE_CUES.reduce((n, c) => n + count(c), 0);
  if (service >= 2 || (service === 1 && rental + sale === 0)) return 'service';
  const job = JOB_CUES.reduce((n, [c, w]) => n + w * count(c), 0);
  if (job === 0 && rental === 0 && sale === 0) return 'other';
  if (job >= rental && job >= sale) return 'job';
  return rental > sale ? 'rental' : 'sale';
}
