import type { ContactMention } from '../engine/context';
import type { NormalizedText } from '../engine/normalize';
import { toSpan } from '../engine/normalize';
import type { Lang } from '../engine/types';

// Initial version: e-mail addresses only; phones and messengers come with the contacts detector work.
const EMAIL = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,4}/gu;

export function findContacts(n: NormalizedText, _lang?: Lang): ContactMention[] {
  const out: ContactMention[] = [];
  for (const m of n.text.matchAll(EMAIL)) {
    const range = { start: m.index, end: m.index + m[0].length };
    out.push({ type: 'email', value: m[0], range, evidence: toSpan(n, range) });
  }
  return out;
}
