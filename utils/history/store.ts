import { wrap } from 'idb';
import { LEVEL_RANK, type Level, type Report } from '../../engine/types';
import { attempt, fail, ok, toHistoryError, type HistoryResult } from './result';
import { ADS, contactKeysOf, DB_NAME, DB_VERSION, upgrade, type AdRecord, type HistoryDB } from './schema';
import { sha256Hex } from './sha256';

/** Retention periods offered in the options. */
export const RETENTION_DAYS = [30, 90, 365] as const;
const DAY_MS = 86_400_000;

export interface HistoryOptions {
  /** The user's opt-in from the options page. When false nothing is opened, read or written. */
  enabled: boolean;
  /** 'risky' keeps medium and high ads (the default); 'all' keeps every scanned ad. */
  keep?: 'risky' | 'all';
  /** Records not seen for this many days are deleted when the store opens (and by `applyRetention`). */
  retentionDays?: number;
  /** For tests and for the dashboard's own window; the global `indexedDB` otherwise. */
  indexedDB?: IDBFactory;
  name?: string;
  /** The clock, for tests. */
  now?: () => Date;
}

/** One ad as the content script / background saw it. */
export interface SeenAd {
  url: string;
  /** The ad's text as seen: the same string the report was computed on. */
  text: string;
  report: Report;
  /** The page's title. */
  title?: string;
  /** The site's own id for the ad (a card's data-ad-id): pass it only when it is stable across visits. */
  adKey?: string;
}

export interface RecordOutcome {
  added: string[];
  updated: string[];
  /** Ads below the kept level. */
  skipped: number;
}

export interface Review {
  reviewed: boolean;
  note: string;
}

export interface HistoryQuery {
  levels?: Level[];
  site?: string;
  /** UTC ISO bounds on lastSeen (inclusive). */
  since?: string;
  until?: string;
  reviewed?: boolean;
}

function siteOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

export function recordId(siteKey: string | undefined, url: string, sha256: string): string {
  return `${siteKey ?? url}#${sha256}`;
}

function sortedByLastSeen(records: AdRecord[]): AdRecord[] {
  return records.sort((a, b) => (a.lastSeen < b.lastSeen ? 1 : a.lastSeen > b.lastSeen ? -1 : a.id < b.id ? -1 : 1));
}

/** Opens the database with an explicit factory (idb's openDB always uses the global one). */
function openDatabase(factory: IDBFactory, name: string, version: number): Promise<HistoryResult<HistoryDB>> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (result: HistoryResult<HistoryDB>) => {
      if (!settled) resolve(result);
      settled = true;
    };
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, version);
    } catch (err) {
      settle({ ok: false, error: toHistoryError(err) });
      return;
    }
    let migrationError: unknown;
    request.addEventListener('upgradeneeded', (event) => {
      const db = wrap(request.result) as unknown as HistoryDB;
      const tx = wrap(request.transaction as IDBTransaction) as unknown as Parameters<typeof upgrade>[3];
      tx.done.catch(() => undefined); // an aborted upgrade is reported by the open request below
      upgrade(db, event.oldVersion, event.newVersion ?? version, tx).catch((err: unknown) => {
        // Abort the upgrade: the database stays at its old version with its data.
        migrationError = err;
        try {
          tx.abort();
        } catch {
          // already finished or aborted: the open request reports it
        }
      });
    });
    request.addEventListener('blocked', () => settle(fail('blocked', 'Another Faro tab keeps the history open with an older version; close it and try again.')));
    (wrap(request) as unknown as Promise<HistoryDB>).then(
      (db) => {
        // An open that was reported blocked may still succeed later: do not leak that connection.
        if (settled) db.close();
        else settle(ok(db));
      },
      (err: unknown) => settle({ ok: false, error: toHistoryError(migrationError ?? err) }),
    );
  });
}

/**
 * The local history of seen ads (issue 5). Nothing here runs unless the user turned history on.
 *
 * API (every call returns a HistoryResult; nothing throws, nothing is dropped silently)
 * - `openHistory({ enabled, keep?, retentionDays?, indexedDB? })` → HistoryStore, or error 'disabled'
 *   (without touching IndexedDB) / 'unavailable' / 'blocked' / 'version' / …
 * - `store.record(ads)`: saves what was seen; the same ad again only moves lastSeen.
 * - `store.all()`, `store.query(q)`, `store.get(id)`, `store.byContact(key)`, `store.count()`.
 * - `store.setReview(id, { reviewed, note })`, `store.setDismissed(id, dismissed)`.
 * - `store.applyRetention(days?)` → number deleted (not seen for `days`; an imported ad: not seen nor imported).
 * - `store.getMany(ids)`, `store.addMissing(records)`: the evidence import (adds, never overwrites).
 * - `store.deleteIds(ids)`: deletes chosen records (damaged ones the dashboard cannot show).
 * - `store.deleteEverything()` / `deleteHistory({ indexedDB? })`: deletes the database itself.
 */
export class HistoryStore {
  private closed = false;

  constructor(
    private readonly db: HistoryDB,
    private readonly options: HistoryOptions & { name: string; factory: IDBFactory },
  ) {
    // Another tab upgrading or deleting the database: step aside rather than block it.
    db.addEventListener('versionchange', () => this.close());
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private guard<T>(op: () => Promise<T>): Promise<HistoryResult<T>> {
    if (this.closed) return Promise.resolve(fail('closed', 'The history store is closed.'));
    return attempt(op);
  }

  private keeps(report: Report): boolean {
    return this.options.keep === 'all' || LEVEL_RANK[report.level] >= LEVEL_RANK.medium;
  }

  async record(ads: readonly SeenAd[]): Promise<HistoryResult<RecordOutcome>> {
    const kept = ads.filter((ad) => this.keeps(ad.report));
    const hashes = await Promise.all(kept.map((ad) => sha256Hex(ad.text)));
    const seenAt = this.now().toISOString();
    return this.guard(async () => {
      const outcome: RecordOutcome = { added: [], updated: [], skipped: ads.length - kept.length };
      const tx = this.db.transaction(ADS, 'readwrite');
      for (const [i, ad] of kept.entries()) {
        const sha256 = hashes[i] as string;
        const site = siteOf(ad.url);
        const siteKey = ad.adKey !== undefined && ad.adKey !== '' ? `${site}|${ad.adKey}` : undefined;
        const id = recordId(siteKey, ad.url, sha256);
        const existing = await tx.store.get(id);
        if (existing) {
          // Same text of the same ad (the key holds the hash): the sighting moves, and the report is the
          // latest one, since rules improve. firstSeen, the text and the review stay.
          await tx.store.put({
            ...existing,
            lastSeen: seenAt > existing.lastSeen ? seenAt : existing.lastSeen,
            report: ad.report,
            contacts: ad.report.contacts,
            contactKeys: contactKeysOf(ad.report.contacts),
          });
          outcome.updated.push(id);
          continue;
        }
        const record: AdRecord = {
          id,
          url: ad.url,
          site,
          ...(siteKey !== undefined ? { siteKey } : {}),
          ...(ad.title !== undefined ? { title: ad.title } : {}),
          firstSeen: seenAt,
          lastSeen: seenAt,
          text: ad.text,
          sha256,
          report: ad.report,
          contacts: ad.report.contacts,
          contactKeys: contactKeysOf(ad.report.contacts),
          reviewed: false,
          note: '',
        };
        await tx.store.add(record);
        outcome.added.push(id);
      }
      await tx.done;
      return outcome;
    });
  }

  get(id: string): Promise<HistoryResult<AdRecord | undefined>> {
    return this.guard(() => this.db.get(ADS, id));
  }

  /** Every record, most recently seen first. */
  all(): Promise<HistoryResult<AdRecord[]>> {
    return this.guard(async () => sortedByLastSeen(await this.db.getAll(ADS)));
  }

  query(q: HistoryQuery): Promise<HistoryResult<AdRecord[]>> {
    return this.guard(async () => {
      const range = q.since !== undefined || q.until !== undefined ? keyRange(q.since, q.until) : undefined;
      const records = range ? await this.db.getAllFromIndex(ADS, 'by-lastSeen', range) : await this.db.getAll(ADS);
      return sortedByLastSeen(
        records.filter(
          (r) =>
            (q.levels === undefined || q.levels.includes(r.report.level)) &&
            (q.site === undefined || r.site === q.site) &&
            (q.reviewed === undefined || r.reviewed === q.reviewed),
        ),
      );
    });
  }

  /** The ads that carry a contact key (engine/link contactKey, e.g. "phone:+39…"). */
  byContact(key: string): Promise<HistoryResult<AdRecord[]>> {
    return this.guard(async () => sortedByLastSeen(await this.db.getAllFromIndex(ADS, 'by-contact', key)));
  }

  count(): Promise<HistoryResult<number>> {
    return this.guard(() => this.db.count(ADS));
  }

  setReview(id: string, review: Review): Promise<HistoryResult<AdRecord>> {
    return this.update(id, (record) => ({ ...record, reviewed: review.reviewed, note: review.note }));
  }

  /** Dismisses an ad from the dashboard's lists, or restores it; the record and its review stay. */
  setDismissed(id: string, dismissed: boolean): Promise<HistoryResult<AdRecord>> {
    return this.update(id, ({ dismissed: _was, ...record }) => (dismissed ? { ...record, dismissed: true } : record));
  }

  /** Rewrites one record in one transaction; an id that is not stored (deleted meanwhile) is an 'invalid' error. */
  private async update(id: string, change: (record: AdRecord) => AdRecord): Promise<HistoryResult<AdRecord>> {
    const result = await this.guard(async () => {
      const tx = this.db.transaction(ADS, 'readwrite');
      const record = await tx.store.get(id);
      if (!record) return undefined;
      const updated = change(record);
      await tx.store.put(updated);
      await tx.done;
      return updated;
    });
    if (result.ok && result.value === undefined) return fail('invalid', `No stored ad with id ${id}`);
    return result as HistoryResult<AdRecord>;
  }

  /** Deletes the records not seen for `days` days (the retention setting); returns how many. */
  applyRetention(days = this.options.retentionDays): Promise<HistoryResult<number>> {
    if (days === undefined || !(days > 0)) return Promise.resolve(fail('invalid', `Not a retention period: ${String(days)}`));
    const cutoff = new Date(this.now().getTime() - days * DAY_MS).toISOString();
    return this.guard(async () => {
      const tx = this.db.transaction(ADS, 'readwrite');
      const range = keyRange(undefined, cutoff, true);
      let deleted = 0;
      for (let cursor = await tx.store.index('by-lastSeen').openCursor(range); cursor; cursor = await cursor.continue()) {
        // An ad from a colleague's bundle carries their sightings: here it counts from the day it was received.
        const importedAt = cursor.value.source?.importedAt;
        if (importedAt !== undefined && importedAt >= cutoff) continue;
        await cursor.delete();
        deleted++;
      }
      await tx.done;
      return deleted;
    });
  }

  /** Deletes the records with these ids (one ad, a selection, a damaged record); returns how many were there. */
  deleteIds(ids: readonly string[]): Promise<HistoryResult<number>> {
    return this.guard(async () => {
      const tx = this.db.transaction(ADS, 'readwrite');
      let deleted = 0;
      for (const id of ids) {
        if ((await tx.store.count(id)) === 0) continue;
        await tx.store.delete(id);
        deleted++;
      }
      await tx.done;
      return deleted;
    });
  }

  /** The stored records among `ids`, read in one transaction. */
  getMany(ids: readonly string[]): Promise<HistoryResult<Map<string, AdRecord>>> {
    return this.guard(async () => {
      const tx = this.db.transaction(ADS, 'readonly');
      const found = new Map<string, AdRecord>();
      for (const id of ids) {
        const record = await tx.store.get(id);
        if (record) found.set(id, record);
      }
      await tx.done;
      return found;
    });
  }

  /**
   * Adds the records whose id is not stored yet, in one transaction, and returns their ids; a record that
   * is there already is left exactly as it is (an import never rewrites what this browser holds).
   */
  addMissing(records: readonly AdRecord[]): Promise<HistoryResult<string[]>> {
    return this.guard(async () => {
      const tx = this.db.transaction(ADS, 'readwrite');
      const added: string[] = [];
      for (const r of records) {
        if ((await tx.store.count(r.id)) > 0) continue;
        await tx.store.add({ ...r, contactKeys: contactKeysOf(r.contacts) });
        added.push(r.id);
      }
      await tx.done;
      return added;
    });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
  }

  /** Closes the store and deletes the whole database: nothing of the history is left. */
  deleteEverything(): Promise<HistoryResult<void>> {
    this.close();
    return deleteHistory({ indexedDB: this.options.factory, name: this.options.name });
  }
}

function keyRange(lower: string | undefined, upper: string | undefined, upperOpen = false): IDBKeyRange {
  if (lower !== undefined && upper !== undefined) return IDBKeyRange.bound(lower, upper, false, upperOpen);
  if (lower !== undefined) return IDBKeyRange.lowerBound(lower);
  return IDBKeyRange.upperBound(upper as string, upperOpen);
}

function factoryOf(options: { indexedDB?: IDBFactory }): IDBFactory | undefined {
  return options.indexedDB ?? (typeof indexedDB === 'undefined' ? undefined : indexedDB);
}

export async function openHistory(options: HistoryOptions): Promise<HistoryResult<HistoryStore>> {
  if (!options.enabled) return fail('disabled', 'History is turned off in the options.');
  const factory = factoryOf(options);
  if (!factory) return fail('unavailable', 'This browser offers no IndexedDB here (private window?).');
  const name = options.name ?? DB_NAME;
  const opened = await openDatabase(factory, name, DB_VERSION);
  if (!opened.ok) return opened;
  const store = new HistoryStore(opened.value, { ...options, name, factory });
  if (options.retentionDays !== undefined) {
    const purged = await store.applyRetention();
    if (!purged.ok) {
      store.close();
      return purged;
    }
  }
  return ok(store);
}

/**
 * Whether the history database is there, without opening (and so creating) it. With history off it may
 * still be: a deletion another tab held up, or a Faro from before turning history off deleted it. Without
 * `databases()` (no browser Faro supports lacks it) the answer is no, so that nothing is created.
 */
export async function historyExists(options: { indexedDB?: IDBFactory; name?: string } = {}): Promise<boolean> {
  const factory = factoryOf(options);
  if (typeof factory?.databases !== 'function') return false;
  const name = options.name ?? DB_NAME;
  try {
    return (await factory.databases()).some((db) => db.name === name);
  } catch {
    return false;
  }
}

/** Deletes the history database, whether or not history is on (the options' "delete everything now"). */
export async function deleteHistory(options: { indexedDB?: IDBFactory; name?: string } = {}): Promise<HistoryResult<void>> {
  const factory = factoryOf(options);
  if (!factory) return ok(undefined); // no IndexedDB: nothing can have been stored
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.deleteDatabase(options.name ?? DB_NAME);
    } catch (err) {
      resolve({ ok: false, error: toHistoryError(err) });
      return;
    }
    request.addEventListener('success', () => resolve(ok(undefined)));
    request.addEventListener('error', () => resolve({ ok: false, error: toHistoryError(request.error) }));
    // The deletion still completes once the other tab lets go; the user is told why it is not done yet.
    request.addEventListener('blocked', () => resolve(fail('blocked', 'Another Faro tab keeps the history open; close it to finish deleting.')));
  });
}
