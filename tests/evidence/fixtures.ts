import type { Flag } from '../../engine/types';
import { buildBundle, serializeBundle } from '../../utils/evidence/bundle';
import { recordId, sha256Hex, type AdRecord } from '../../utils/history/index';
import { phone, report } from '../history/helpers';

/** Bundles for the hostile-bundle tests (unit and Chromium): honest records, and files whose hashes are all valid. */
export const SEEN = '2026-03-01T01:15:00.000Z';
export const TEXT = 'Hostess work in Dubai, flight paid, repay from salary. Send passport photo. WhatsApp 329 604 1177';

/** An honest record, as Faro itself stores it: its id from its address and its text's hash. */
export async function honest(n: number, text = `${TEXT} (${n})`): Promise<AdRecord> {
  const url = `https://annunci.example.it/torino/${n}`;
  const sha256 = await sha256Hex(text);
  const phrase = 'passport photo';
  const start = text.indexOf(phrase);
  const flag: Flag = { rule: 'document-request', category: 'document-request', strength: 'strong', weight: 40, evidence: [{ start, end: start + phrase.length, text: phrase }] };
  const contacts = [phone('+393296041177', text, '329 604 1177')];
  return {
    id: recordId(undefined, url, sha256),
    url,
    site: 'annunci.example.it',
    title: `Annuncio ${n}`,
    firstSeen: SEEN,
    lastSeen: SEEN,
    text,
    sha256,
    report: { ...report('high', contacts), flags: [flag] },
    contacts,
    contactKeys: [],
    reviewed: true,
    note: `note ${n}`,
  };
}

/** A bundle with valid hashes throughout, whatever its items hold: the hostile case (anyone can recompute hashes). */
export async function signed(records: readonly unknown[]): Promise<string> {
  return serializeBundle(await buildBundle(records as AdRecord[], { createdAt: new Date(SEEN), generator: 'someone' }));
}
