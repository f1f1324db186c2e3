import type { CategoryId, Strength } from './types';

/** The red-flag categories of shared/catalogue/indicators.json (the contract); tests/engine/categories.test.ts keeps them in step. */
export interface Category {
  id: CategoryId;
  strength: Strength;
  scope: 'ad' | 'cross-ad';
  /**
   * Set on Faro's own categories, which the shared catalogue does not have yet: general employment
   * fraud (EMSCAD's kinds), which harms the same job seekers and often opens the same door.
   */
  extension?: string;
}

export const CATEGORIES: readonly Category[] = [
  { id: 'too-good-to-be-true', strength: 'strong', scope: 'ad' },
  { id: 'no-requirements', strength: 'weak', scope: 'ad' },
  { id: 'travel-arranged', strength: 'medium', scope: 'ad' },
  { id: 'debt-fees', strength: 'strong', scope: 'ad' },
  { id: 'housing-control', strength: 'weak', scope: 'ad' },
  { id: 'document-request', strength: 'strong', scope: 'ad' },
  { id: 'coded-payment', strength: 'strong', scope: 'ad' },
  { id: 'coded-services', strength: 'strong', scope: 'ad' },
  { id: 'vulnerability-targeting', strength: 'medium', scope: 'ad' },
  { id: 'off-platform-contact', strength: 'medium', scope: 'ad' },
  { id: 'anonymous-recruiter', strength: 'medium', scope: 'ad' },
  { id: 'urgency-secrecy', strength: 'medium', scope: 'ad' },
  { id: 'modelling-lure', strength: 'medium', scope: 'ad' },
  { id: 'control-signals', strength: 'strong', scope: 'ad' },
  {
    id: 'money-mule',
    strength: 'strong',
    scope: 'ad',
    extension: 'Handling money or goods for the "employer": parcels received and sent on, cheques cashed, payments passed through your own account. Turns a job seeker into a money mule.',
  },
  {
    id: 'chat-only-hiring',
    strength: 'medium',
    scope: 'ad',
    extension: 'Interview and hiring only by chat or instant message (Telegram, WhatsApp, Hangouts), with no call, meeting or workplace.',
  },
  { id: 'shared-contact', strength: 'medium', scope: 'cross-ad' },
  { id: 'duplicate-text', strength: 'weak', scope: 'cross-ad' },
];

export const CATEGORY_BY_ID: ReadonlyMap<CategoryId, Category> = new Map(CATEGORIES.map((c) => [c.id, c]));

export function strengthOf(id: CategoryId): Strength {
  const category = CATEGORY_BY_ID.get(id);
  if (!category) throw new Error(`Unknown category: ${id}`);
  return category.strength;
}
