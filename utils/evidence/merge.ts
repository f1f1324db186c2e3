import type { HistoryStore } from '../history/store';
import type { HistoryError } from '../history/result';
import { contactKeysOf, type AdRecord } from '../history/schema';
import { canonicalJson } from './canonical';
import { verifyBundle, type BundleProblem, type EvidenceItem } from './bundle';

/**
 * Importing a colleague's bundle into the local history: nothing is overwritten silently.
 * - An ad we do not have is added as it came.
 * - An ad we have (same id, hence the same text and hash): the sighting window widens (earliest firstSeen,
 *   latest lastSeen); their note or "reviewed" is taken only where ours is empty / false.
 * - Anything else that differs (their report, note, title, URL, contacts) keeps ours and is listed as a
 *   conflict with both values, for a person to decide.
 */

export interface Conflict {
  id: string;
  field: keyof EvidenceItem;
  ours: unknown;
  theirs: unknown;
}

export interface ImportPlan {
  /** Records to write (new ones, and ours with the merged fields). */
  write: AdRecord[];
  added: string[];
  merged: { id: string; fields: (keyof EvidenceItem)[] }[];
  unchanged: string[];
  conflicts: Conflict[];
}

const COMPARED: readonly (keyof EvidenceItem)[] = ['url', 'site', 'siteKey', 'title', 'text', 'sha256', 'report', 'contacts'];

const same = (a: unknown, b: unknown) => (a === undefined || b === undefined ? a === b : canonicalJson(a) === canonicalJson(b));

export function planImport(existing: ReadonlyMap<string, AdRecord>, items: readonly EvidenceItem[]): ImportPlan {
  const plan: ImportPlan = { write: [], added: [], merged: [], unchanged: [], conflicts: [] };
  for (const item of items) {
    const ours = existing.get(item.id);
    if (!ours) {
      plan.write.push({ ...item, contactKeys: contactKeysOf(item.contacts) });
      plan.added.push(item.id);
      continue;
    }
    const next: AdRecord = { ...ours };
    const fields: (keyof EvidenceItem)[] = [];
    const take = <K extends 'firstSeen' | 'lastSeen' | 'reviewed' | 'note'>(field: K, value: AdRecord[K]) => {
      next[field] = value;
      fields.push(field);
    };
    if (item.firstSeen < ours.firstSeen) take('firstSeen', item.firstSeen);
    if (item.lastSeen > ours.lastSeen) take('lastSeen', item.lastSeen);
    if (item.reviewed && !ours.reviewed) take('reviewed', true);
    if (item.note !== ours.note) {
      if (ours.note === '') take('note', item.note);
      else if (item.note !== '') plan.conflicts.push({ id: item.id, field: 'note', ours: ours.note, theirs: item.note });
    }
    for (const field of COMPARED) {
      if (!same(ours[field], item[field])) plan.conflicts.push({ id: item.id, field, ours: ours[field], theirs: item[field] });
    }
    if (fields.length > 0) {
      plan.write.push(next);
      plan.merged.push({ id: item.id, fields });
    } else plan.unchanged.push(item.id);
  }
  return plan;
}

export type ImportOutcome =
  | ({ ok: true } & Omit<ImportPlan, 'write'>)
  | { ok: false; problems: BundleProblem[] }
  | { ok: false; storage: HistoryError };

/** Verifies a bundle file, merges it into the history store and says what happened to every item. */
export async function importBundle(store: HistoryStore, json: string): Promise<ImportOutcome> {
  const verified = await verifyBundle(json);
  if (!verified.ok) return verified;
  const existing = new Map<string, AdRecord>();
  for (const item of verified.bundle.items) {
    const got = await store.get(item.id);
    if (!got.ok) return { ok: false, storage: got.error };
    if (got.value) existing.set(item.id, got.value);
  }
  const { write, ...plan } = planImport(existing, verified.bundle.items);
  const written = await store.putAll(write);
  if (!written.ok) return { ok: false, storage: written.error };
  return { ok: true, ...plan };
}
