import type { ContactMention } from '../engine/context';
import { deleet, toSpan, type NormalizedText } from '../engine/normalize';
import type { Lang, Range } from '../engine/types';
import { findEmails } from './email';
import { findMessengers } from './messengers';
import { findPhones } from './phone';
import { findUrls } from './urls';

function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Every way to reach the poster written in an ad: phone numbers (E.164), e-mail addresses (with free
 * webmail marked), WhatsApp/Telegram/Signal/Viber names, links and handles, and web addresses.
 * Spans point into the original text; `obscured` marks numbers and addresses written to dodge filters.
 * `candidates`: the languages that may be the ad's, which decide the countries national numbers are read in.
 */
export function findContacts(n: NormalizedText, lang?: Lang, candidates?: readonly Lang[]): ContactMention[] {
  const emails = findEmails(n);
  const urls = findUrls(n).filter((u) => !emails.some((e) => overlaps(e.range, u.range)));
  // Digits inside an address or a link ("wa.me/3934…", "jobs2027@…") belong to it.
  const phones = findPhones(n, lang, candidates).filter((p) => ![...emails, ...urls].some((x) => overlaps(x.range, p.range)));
  const messengers = findMessengers(n, deleet(n), phones, urls);
  const chatLinks = messengers.filter((m) => m.value !== m.type);
  const sites: ContactMention[] = urls
    .filter((u) => !chatLinks.some((m) => overlaps(m.range, u.range)))
    .map((u) => ({ type: 'url', value: u.value, range: u.range, evidence: toSpan(n, u.range) }));
  const all = [...phones.filter((p) => !chatLinks.some((m) => overlaps(m.range, p.range))), ...emails, ...messengers, ...sites];
  all.sort((a, b) => a.range.start - b.range.start);
  const seen = new Set<string>();
  return all.filter((c) => {
    const key = `${c.type}:${c.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
