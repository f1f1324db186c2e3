import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb';
import { contactKey } from '../../engine/link/index';
import type { Contact, Report } from '../../engine/types';

/**
 * The history database: one object store of ads, versioned. Each version's migration is a step from the
 * one before, run in the upgrade transaction (all or nothing: a failed step leaves the old database as it
 * was). Never edit a released step: add the next one and a test that upgrades a database of the version
 * before, with data (tests/history/migrations.test.ts).
 *
 * v1: ads keyed by `id`; indexes by-lastSeen, by-url, by-siteKey, by-level (report.level).
 * v2: review fields (`reviewed`, `note`) and `contactKeys` on every record; indexes by-contact
 *     (multiEntry over contactKeys: contact → ads for the dashboard's clusters) and by-site.
 */
export const DB_NAME = 'faro-history';
export const DB_VERSION = 2;
export const ADS = 'ads';

/** One ad as it was seen. Times are UTC ISO 8601 strings (toISOString). */
export interface AdRecord {
  /** `${siteKey ?? url}#${sha256}`: the same text of the same ad is one record, a changed text is a new one. */
  id: string;
  url: string;
  /** Host name of the page, e.g. "www.subito.it". */
  site: string;
  /** `${site}|${the site's own ad id}`, when the page gives one: the same ad on the listing and on its page. */
  siteKey?: string;
  /** The page's title when the ad was first seen. */
  title?: string;
  firstSeen: string;
  lastSeen: string;
  /** The text exactly as seen; the report's evidence spans point into it. */
  text: string;
  /** SHA-256 (hex) of `text` in UTF-8. */
  sha256: string;
  report: Report;
  /** Phones (E.164), e-mails and handles of the ad, with their evidence. */
  contacts: Contact[];
  /** v2: keys from engine/link contactKey, for the by-contact index. */
  contactKeys: string[];
  /** v2: a person has looked at it. */
  reviewed: boolean;
  /** v2: the reviewer's free-text note. */
  note: string;
  /**
   * Dismissed from the dashboard's lists (issue 14): kept, with its review and note, until it is deleted or
   * the retention period ends; shown again under "dismissed ads", where it can be restored. A mark of this
   * browser like `reviewed`, but never exported. Optional, no index: no schema version needed.
   */
  dismissed?: boolean;
  /**
   * Set on an ad that came from a colleague's evidence bundle rather than from this browser: which bundle,
   * so that a reader can tell a sighting of their own from one they were given. Optional, no index: no
   * schema version needed.
   */
  source?: ImportSource;
}

/** The bundle an imported ad came from (utils/evidence/merge.ts). */
export interface ImportSource {
  /** The bundle's manifest hash (SHA-256 over its items): names the bundle whatever its file was called. */
  bundle: string;
  /** The file's name as chosen by the user, when known. */
  file?: string;
  /** The bundle's own `generator` and `createdAt`, as written by whoever made it. */
  generator: string;
  createdAt: string;
  /** UTC ISO time of the import. */
  importedAt: string;
}

/** A v1 record: before review fields and contact keys. */
export type AdRecordV1 = Omit<AdRecord, 'contactKeys' | 'reviewed' | 'note'>;

export interface HistorySchema extends DBSchema {
  ads: {
    key: string;
    value: AdRecord;
    indexes: {
      'by-lastSeen': string;
      'by-url': string;
      'by-siteKey': string;
      'by-level': string;
      'by-contact': string;
      'by-site': string;
    };
  };
}

export type HistoryDB = IDBPDatabase<HistorySchema>;
type UpgradeTx = IDBPTransaction<HistorySchema, ['ads'], 'versionchange'>;

export function contactKeysOf(contacts: readonly Contact[]): string[] {
  return [...new Set(contacts.map(contactKey).filter((k): k is string => k !== undefined))].sort();
}

/** Migration steps: MIGRATIONS[v - 1] upgrades a database of version v - 1 to version v. */
export const MIGRATIONS: readonly ((db: HistoryDB, tx: UpgradeTx) => Promise<void>)[] = [
  // v1
  async (db) => {
    const ads = db.createObjectStore(ADS, { keyPath: 'id' });
    ads.createIndex('by-lastSeen', 'lastSeen');
    ads.createIndex('by-url', 'url');
    ads.createIndex('by-siteKey', 'siteKey');
    ads.createIndex('by-level', 'report.level');
  },
  // v2
  async (_db, tx) => {
    const ads = tx.objectStore(ADS);
    ads.createIndex('by-contact', 'contactKeys', { multiEntry: true });
    ads.createIndex('by-site', 'site');
    for (let cursor = await ads.openCursor(); cursor; cursor = await cursor.continue()) {
      const old = cursor.value as Partial<AdRecord> & AdRecordV1;
      await cursor.update({ ...old, contactKeys: contactKeysOf(old.contacts ?? []), reviewed: old.reviewed ?? false, note: old.note ?? '' });
    }
  },
];

/** Runs the steps from `oldVersion` up to `newVersion`, in order, inside the upgrade transaction. */
export function upgrade(db: HistoryDB, oldVersion: number, newVersion: number, tx: UpgradeTx): Promise<void> {
  let chain = Promise.resolve();
  for (let v = oldVersion + 1; v <= newVersion; v++) {
    const step = MIGRATIONS[v - 1];
    if (!step) throw new Error(`No migration to version ${v}`);
    chain = chain.then(() => step(db, tx));
  }
  return chain;
}
