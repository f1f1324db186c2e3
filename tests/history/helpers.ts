import type { Contact, Level, Report } from '../../engine/types';
import { DB_NAME, MIGRATIONS, type HistoryDB } from '../../utils/history/schema';
import { wrap } from 'idb';

/** A database as Faro's first schema left it: only the v1 step has run. */
export function openV1(factory: IDBFactory, name = DB_NAME): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = factory.open(name, 1);
    req.onupgradeneeded = () => {
      void (MIGRATIONS[0] as (typeof MIGRATIONS)[number])(wrap(req.result) as unknown as HistoryDB, wrap(req.transaction as IDBTransaction) as never);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** A report as analyze() gives it, with the fields the history reads. */
export function report(level: Level, contacts: Contact[] = [], score = level === 'high' ? 70 : level === 'medium' ? 40 : 0): Report {
  return { id: 'r', lang: 'it', kind: 'job', score, level, flags: [], mitigations: [], contacts };
}

export function phone(value: string, text: string, written: string): Contact {
  const start = text.indexOf(written);
  return { type: 'phone', value, evidence: { start, end: start + written.length, text: written } };
}

/** A clock the test moves by hand. */
export function clock(start: string) {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    advanceDays: (days: number) => {
      t += days * 86_400_000;
    },
  };
}
