import type { HistoryError } from '../history/result';
import { contactKeysOf, type AdRecord, type ImportSource } from '../history/schema';
import type { HistoryStore } from '../history/store';
import { canonicalJson } from './canonical';
import { readBundle, type FileProblem, type RefusedItem } from './read';
import type { CheckedItem } from './validate';

/**
 * Importing a colleague's bundle into the local history (issue 12): an import adds, it never rewrites.
 * - An ad we do not have (its id is computed from its address and text) is added, with the bundle it came
 *   from recorded in `source` and `reviewed: false`: a review mark is never imported, a person here
 *   reviews it. The colleague's note comes with it, shown as theirs.
 * - An ad we have is left exactly as it is: our dates, review and note stay. What the bundle says
 *   differently is listed beside ours for a person to compare.
 * - An item that fails its checks (utils/evidence/read.ts) is refused with its reasons; the others come in.
 */

/** The fields compared for an ad both sides have; the text and its hash are equal by construction (the id holds them). */
const COMPARED = ['url', 'title', 'firstSeen', 'lastSeen', 'report', 'contacts', 'note'] as const;
export type ConflictField = (typeof COMPARED)[number];

export interface Conflict {
  id: string;
  field: ConflictField;
  ours: unknown;
  theirs: unknown;
}

export interface ImportPlan {
  /** New records only. */
  write: AdRecord[];
  /** Ads already here: nothing of ours changes. */
  kept: string[];
  conflicts: Conflict[];
}

const same = (a: unknown, b: unknown) => (a === undefined || b === undefined ? a === b : canonicalJson(a) === canonicalJson(b));

export function planImport(existing: ReadonlyMap<string, AdRecord>, items: readonly CheckedItem[], source: ImportSource): ImportPlan {
  const plan: ImportPlan = { write: [], kept: [], conflicts: [] };
  for (const item of items) {
    const ours = existing.get(item.id);
    if (!ours) {
      plan.write.push({ ...item, contactKeys: contactKeysOf(item.contacts), reviewed: false, source });
      continue;
    }
    plan.kept.push(item.id);
    for (const field of COMPARED) {
      if (!same(ours[field], item[field])) plan.conflicts.push({ id: item.id, field, ours: ours[field], theirs: item[field] });
    }
  }
  return plan;
}

export interface ImportReport {
  ok: true;
  source: ImportSource;
  added: string[];
  kept: string[];
  conflicts: Conflict[];
  refused: RefusedItem[];
  /** Items the file named with an id that is not the one of their address and text: stored under the computed one. */
  recomputed: { declared: string; id: string }[];
  /** Items that carried fields this Faro does not know: those fields were left out. */
  dropped: { id: string; fields: string[] }[];
  /** False when the file as a whole does not match its manifest hash (it was changed after export). */
  manifestMatches: boolean;
}

export type ImportOutcome = ImportReport | { ok: false; problems: FileProblem[] } | { ok: false; storage: HistoryError };

/** Checks a bundle file item by item, adds what passes and is new, and says what happened to every item. */
export async function importBundle(store: HistoryStore, json: string, options: { file?: string; now?: Date } = {}): Promise<ImportOutcome> {
  const now = options.now ?? new Date();
  const read = await readBundle(json, { now });
  if (!read.ok) return read;
  const items = read.accepted.map((a) => a.item);
  const existing = await store.getMany(items.map((i) => i.id));
  if (!existing.ok) return { ok: false, storage: existing.error };
  const source: ImportSource = {
    bundle: read.header.hash,
    ...(options.file !== undefined ? { file: options.file.slice(0, 200) } : {}),
    generator: read.header.generator,
    createdAt: read.header.createdAt,
    importedAt: now.toISOString(),
  };
  const { write, kept, conflicts } = planImport(existing.value, items, source);
  const added = await store.addMissing(write);
  if (!added.ok) return { ok: false, storage: added.error };
  const addedNow = new Set(added.value);
  return {
    ok: true,
    source,
    added: added.value,
    // Added by the background between our read and our write: ours, and left as it is.
    kept: [...kept, ...write.filter((r) => !addedNow.has(r.id)).map((r) => r.id)],
    conflicts,
    refused: read.refused,
    recomputed: read.accepted.flatMap((a) => (a.declaredId !== undefined ? [{ declared: a.declaredId, id: a.item.id }] : [])),
    dropped: read.accepted.flatMap((a) => (a.dropped.length > 0 ? [{ id: a.item.id, fields: a.dropped }] : [])),
    manifestMatches: read.header.manifestMatches,
  };
}
