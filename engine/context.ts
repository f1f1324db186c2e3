import type { AdKind, Contact, Lang, Range } from './types';
import type { LeetText, NormalizedText } from './normalize';
import type { GrammarContext } from './grammar';

export type PayPeriod = 'hour' | 'day' | 'week' | 'month' | 'year';

/** An amount of money found in the text (detectors/money.ts). */
export interface MoneyMention {
  /** Range of the normalized text. */
  range: Range;
  /** The amount as a number (the upper bound of a range "2.000–3.000 €"). */
  amount: number;
  /** ISO 4217 code when a currency is written or implied by its sign ("EUR", "PLN", "BGN" …). */
  currency?: string;
  /** The pay period when one is written next to the amount ("per hour", "/mese", "weekly", "на месяц"). */
  period?: PayPeriod;
  /** Minutes of an appointment priced by duration ("30 min 80"). */
  perMinutes?: number;
}

/** A contact found in the text (detectors/contacts.ts), with its normalized-text range. */
export interface ContactMention extends Contact {
  range: Range;
}

/** What detector rules (`detect`) and engine steps can read. Computed once per ad. */
export interface DetectContext {
  /** The plain normalized view. */
  norm: NormalizedText;
  /** The leetspeak view, when it differs from the plain one. */
  leet?: LeetText;
  /** The detected language of the ad. */
  lang: Lang | 'und';
  /** Every language whose rules run on this ad (detected, hinted, close candidates). */
  langs: Lang[];
  money: MoneyMention[];
  contacts: ContactMention[];
  /** The words of the ad and the concepts they carry, for the concept grammar. */
  grammar: GrammarContext;
  /** What the ad offers. */
  kind: AdKind;
}
