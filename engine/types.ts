/** Languages that have rules. ISO 639-1. */
export const LANGUAGES = ['en', 'it', 'es', 'pl', 'sk', 'bg', 'el', 'ro', 'uk', 'ru', 'fr', 'de'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** Ordered: compare with LEVEL_RANK, never with string order. */
export const LEVELS = ['low', 'medium', 'high'] as const;
export type Level = (typeof LEVELS)[number];
export const LEVEL_RANK: Record<Level, number> = { low: 0, medium: 1, high: 2 };

export type Strength = 'weak' | 'medium' | 'strong';

export type CategoryId =
  | 'too-good-to-be-true'
  | 'no-requirements'
  | 'travel-arranged'
  | 'debt-fees'
  | 'housing-control'
  | 'document-request'
  | 'coded-payment'
  | 'coded-services'
  | 'vulnerability-targeting'
  | 'off-platform-contact'
  | 'anonymous-recruiter'
  | 'urgency-secrecy'
  | 'modelling-lure'
  | 'control-signals'
  | 'money-mule'
  | 'chat-only-hiring'
  | 'shared-contact'
  | 'duplicate-text';

/** A range of the ORIGINAL text: `end` is exclusive and `text === original.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** A range of the normalized text, before it is mapped back to the original. */
export interface Range {
  start: number;
  end: number;
}

export interface Flag {
  rule: string;
  category: CategoryId;
  strength: Strength;
  weight: number;
  evidence: Span[];
  /** Optional detail for the explanation, e.g. how many other ads share a contact. */
  detail?: Record<string, string | number>;
}

/** Legitimating context found in the ad ("no fees charged", a licence number). Lowers the score. */
export interface Mitigation {
  id: string;
  weight: number;
  evidence: Span[];
}

export type ContactType = 'phone' | 'email' | 'whatsapp' | 'telegram' | 'signal' | 'viber' | 'url';

export interface Contact {
  type: ContactType;
  /** Canonical value: E.164 for phones, lower-case address for e-mail, handle or URL otherwise. */
  value: string;
  evidence: Span;
  /** Written to dodge filters: digits spelled out or broken up by symbols. */
  obscured?: boolean;
  /** E-mail on a free webmail provider. */
  freeWebmail?: boolean;
}

/**
 * What an ad offers (engine/kind.ts): a deposit is normal for a flat or a car, not for a job. A
 * "warning" is a safety notice about such offers (an NGO's post, a police alert): it names every red
 * flag, and no rule reads it as an offer.
 */
export const AD_KINDS = ['job', 'service', 'rental', 'sale', 'other', 'warning'] as const;
export type AdKind = (typeof AD_KINDS)[number];

export interface Report {
  id: string;
  lang: Lang | 'und';
  kind: AdKind;
  score: number;
  level: Level;
  flags: Flag[];
  mitigations: Mitigation[];
  contacts: Contact[];
  /** Set when the text was longer than the engine reads; only the first part was analysed. */
  truncated?: boolean;
}

export interface AnalyzeOptions {
  /** Carried into the report; a stable hash of the text otherwise. */
  id?: string;
  /** A language hint, e.g. the page's `lang` attribute or the CLI's --lang. */
  lang?: string;
  /** A hint of what the ad offers: its JSON-LD @type or the site's section ("JobPosting", "immobili"). */
  kind?: string;
}
