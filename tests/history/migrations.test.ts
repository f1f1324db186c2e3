import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, openHistory } from '../../utils/history/index';
import type { AdRecordV1 } from '../../utils/history/schema';
import { openV1, phone, report } from './helpers';

const TEXT_A = 'Nuova ragazza straniera appena arrivata. 329 604 1177';
const TEXT_B = 'Dolce compagnia, solo regali 🌹🌹 200. WhatsApp 3296041177 o lara@mail.it';

function v1Record(id: string, text: string, contacts: AdRecordV1['contacts'], lastSeen: string): AdRecordV1 {
  return {
    id,
    url: `https://annunci.example.it/${id}`,
    site: 'annunci.example.it',
    siteKey: `annunci.example.it|${id}`,
    title: 'Annunci',
    firstSeen: '2027-01-01T00:00:00.000Z',
    lastSeen,
    text,
    sha256: 'f'.repeat(64),
    report: report('high', contacts),
    contacts,
  };
}

const V1_DATA: AdRecordV1[] = [
  v1Record('a', TEXT_A, [phone('+393296041177', TEXT_A, '329 604 1177')], '2027-01-02T00:00:00.000Z'),
  v1Record('b', TEXT_B, [{ ...phone('+393296041177', TEXT_B, '3296041177'), type: 'whatsapp' }, { type: 'email', value: 'lara@mail.it', evidence: { start: 62, end: 74, text: 'lara@mail.it' } }], '2027-01-03T00:00:00.000Z'),
];

async function seedV1(factory: IDBFactory, records: unknown[]): Promise<void> {
  const db = await openV1(factory);
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('ads', 'readwrite');
    for (const r of records) tx.objectStore('ads').put(r);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

async function rawVersion(factory: IDBFactory): Promise<number | undefined> {
  return (await factory.databases()).find((d) => d.name === DB_NAME)?.version;
}

describe('history migrations', () => {
  it('upgrades a v1 database with data to v2 intact, adding review fields and the contact index', async () => {
    const factory = new IDBFactory();
    await seedV1(factory, V1_DATA);
    expect(await rawVersion(factory)).toBe(1);

    const opened = await openHistory({ enabled: true, indexedDB: factory });
    if (!opened.ok) throw new Error(opened.error.message);
    const store = opened.value;
    expect(await rawVersion(factory)).toBe(DB_VERSION);

    const all = await store.all();
    expect(all.ok && all.value).toEqual([
      { ...V1_DATA[1], contactKeys: ['email:lara@mail.it', 'phone:+393296041177'], reviewed: false, note: '' },
      { ...V1_DATA[0], contactKeys: ['phone:+393296041177'], reviewed: false, note: '' },
    ]);
    const linked = await store.byContact('phone:+393296041177');
    expect(linked.ok && linked.value.map((r) => r.id)).toEqual(['b', 'a']);
    const bySite = await store.query({ site: 'annunci.example.it' });
    expect(bySite.ok && bySite.value).toHaveLength(2);
  });

  it('upgrades an empty v1 database', async () => {
    const factory = new IDBFactory();
    await seedV1(factory, []);
    const opened = await openHistory({ enabled: true, indexedDB: factory });
    expect(opened.ok && (await opened.value.count())).toEqual({ ok: true, value: 0 });
  });

  it('leaves the v1 database and its data untouched when the upgrade fails', async () => {
    const factory = new IDBFactory();
    const broken = { ...V1_DATA[0], id: 'broken', contacts: [{ type: 'phone', value: 42 }] };
    await seedV1(factory, [V1_DATA[1], broken]);

    const opened = await openHistory({ enabled: true, indexedDB: factory });
    expect(opened.ok).toBe(false);
    expect(await rawVersion(factory)).toBe(1);
    const db = await openV1(factory);
    const kept = await new Promise<unknown[]>((resolve) => {
      const req = db.transaction('ads').objectStore('ads').getAll();
      req.onsuccess = () => resolve(req.result as unknown[]);
    });
    db.close();
    expect(kept).toEqual([V1_DATA[1], broken]); // key order: "b" < "broken"
  });
});
