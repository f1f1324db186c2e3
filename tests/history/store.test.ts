import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { deleteHistory, historyExists, openHistory, sha256Hex, toHistoryError, type AdRecord, type HistoryStore, type SeenAd } from '../../utils/history/index';
import { clock, openV1, phone, report } from './helpers';

const TEXT = 'Nuova ragazza straniera appena arrivata, 20 min 50 rose. 329 604 1177';
const seen = (over: Partial<SeenAd> = {}): SeenAd => ({
  url: 'https://annunci.example.it/torino?page=1',
  title: 'Annunci Torino',
  text: TEXT,
  adKey: '5509',
  report: report('high', [phone('+393296041177', TEXT, '329 604 1177')]),
  ...over,
});

async function open(factory = new IDBFactory(), extra: { keep?: 'risky' | 'all'; retentionDays?: number; now?: () => Date } = {}): Promise<HistoryStore> {
  const opened = await openHistory({ enabled: true, indexedDB: factory, ...extra });
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
}

async function names(factory: IDBFactory): Promise<string[]> {
  return (await factory.databases()).map((d) => d.name ?? '');
}

describe('history store', () => {
  it('does nothing at all when history is off', async () => {
    const factory = new IDBFactory();
    const opened = await openHistory({ enabled: false, indexedDB: factory });
    expect(opened).toMatchObject({ ok: false, error: { kind: 'disabled' } });
    expect(await names(factory)).toEqual([]);
  });

  it('stores an ad with its URL, site, UTC times, text, SHA-256, report and contacts', async () => {
    const time = clock('2027-03-01T01:30:00+01:00');
    const store = await open(new IDBFactory(), { now: time.now });
    const result = await store.record([seen()]);
    expect(result).toMatchObject({ ok: true, value: { added: [expect.any(String)], updated: [], skipped: 0 } });
    const all = await store.all();
    expect(all.ok && all.value).toEqual([
      expect.objectContaining({
        url: 'https://annunci.example.it/torino?page=1',
        site: 'annunci.example.it',
        siteKey: 'annunci.example.it|5509',
        title: 'Annunci Torino',
        firstSeen: '2027-03-01T00:30:00.000Z',
        lastSeen: '2027-03-01T00:30:00.000Z',
        text: TEXT,
        sha256: await sha256Hex(TEXT),
        contactKeys: ['phone:+393296041177'],
        reviewed: false,
        note: '',
      }),
    ]);
    expect(all.ok && all.value[0]?.contacts[0]?.evidence.text).toBe('329 604 1177');
  });

  it('updates lastSeen when the same ad is seen again, on another page of the listing, without a duplicate', async () => {
    const time = clock('2027-03-01T10:00:00Z');
    const store = await open(new IDBFactory(), { now: time.now });
    const first = await store.record([seen()]);
    time.advanceDays(2);
    const again = await store.record([seen({ url: 'https://annunci.example.it/torino?page=2' })]);
    expect(again.ok && again.value.updated).toEqual(first.ok && first.value.added);
    const all = await store.all();
    expect(all.ok && all.value.map((r) => [r.firstSeen, r.lastSeen, r.url])).toEqual([
      ['2027-03-01T10:00:00.000Z', '2027-03-03T10:00:00.000Z', 'https://annunci.example.it/torino?page=1'],
    ]);
  });

  it('keeps the same URL with the same text as one record when the site gives no ad id', async () => {
    const store = await open();
    await store.record([seen({ adKey: undefined })]);
    await store.record([seen({ adKey: undefined })]);
    await store.record([seen({ adKey: undefined, text: `${TEXT} Anche hotel.` })]);
    expect(await store.count()).toEqual({ ok: true, value: 2 });
  });

  it('keeps only medium and high ads unless told to keep all', async () => {
    const risky = await open();
    const r = await risky.record([seen({ report: report('low') }), seen({ adKey: '2', report: report('medium') })]);
    expect(r.ok && [r.value.added.length, r.value.skipped]).toEqual([1, 1]);
    const all = await open(new IDBFactory(), { keep: 'all' });
    const a = await all.record([seen({ report: report('low') })]);
    expect(a.ok && a.value.added.length).toBe(1);
  });

  it('filters by level, site, dates and review, and finds ads by contact', async () => {
    const time = clock('2027-03-01T10:00:00Z');
    const store = await open(new IDBFactory(), { keep: 'all', now: time.now });
    await store.record([seen()]);
    time.advanceDays(3);
    await store.record([seen({ url: 'https://other.example.com/x', adKey: '9', text: 'Dolce compagnia, solo regali. 3296041177', report: report('medium', [phone('+393296041177', 'Dolce compagnia, solo regali. 3296041177', '3296041177')]) })]);
    await store.record([seen({ adKey: '10', text: 'Divano grigio', report: report('low') })]);
    const q = async (query: Parameters<HistoryStore['query']>[0]) => {
      const r = await store.query(query);
      return r.ok ? r.value.map((x) => x.siteKey) : r.error;
    };
    expect(await q({ levels: ['high', 'medium'] })).toEqual(['other.example.com|9', 'annunci.example.it|5509']);
    expect(await q({ site: 'other.example.com' })).toEqual(['other.example.com|9']);
    expect(await q({ since: '2027-03-02T00:00:00.000Z' })).toEqual(['annunci.example.it|10', 'other.example.com|9']);
    expect(await q({ until: '2027-03-02T00:00:00.000Z' })).toEqual(['annunci.example.it|5509']);
    const byPhone = await store.byContact('phone:+393296041177');
    expect(byPhone.ok && byPhone.value.map((x) => x.siteKey)).toEqual(['other.example.com|9', 'annunci.example.it|5509']);
    const id = (await store.all()).ok ? ((await store.query({ site: 'other.example.com' })) as { value: { id: string }[] }).value[0]?.id : undefined;
    const reviewed = await store.setReview(id as string, { reviewed: true, note: 'Same phone as 5509; reported to the unit.' });
    expect(reviewed).toMatchObject({ ok: true, value: { reviewed: true, note: 'Same phone as 5509; reported to the unit.' } });
    expect(await q({ reviewed: true })).toEqual(['other.example.com|9']);
    expect(await store.setReview('nope', { reviewed: true, note: '' })).toMatchObject({ ok: false, error: { kind: 'invalid' } });
  });

  it('deletes records not seen within the retention period, on open and on demand', async () => {
    const time = clock('2027-01-01T00:00:00Z');
    const factory = new IDBFactory();
    const store = await open(factory, { now: time.now });
    await store.record([seen()]);
    time.advanceDays(60);
    await store.record([seen({ adKey: 'recent' })]);
    time.advanceDays(31);
    expect(await store.applyRetention(90)).toEqual({ ok: true, value: 1 });
    expect(await store.count()).toEqual({ ok: true, value: 1 });
    expect(await store.applyRetention(0)).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    store.close();
    const reopened = await open(factory, { now: time.now, retentionDays: 30 });
    expect(await reopened.count()).toEqual({ ok: true, value: 0 });
  });

  it('deleteEverything leaves no database behind, and the closed store says so', async () => {
    const factory = new IDBFactory();
    const store = await open(factory);
    await store.record([seen()]);
    expect(await names(factory)).toEqual(['faro-history']);
    expect(await store.deleteEverything()).toEqual({ ok: true, value: undefined });
    expect(await names(factory)).toEqual([]);
    expect(await store.count()).toMatchObject({ ok: false, error: { kind: 'closed' } });
    expect(await deleteHistory({ indexedDB: factory })).toEqual({ ok: true, value: undefined });
  });
});

describe('history store: what the import, the dashboard and the quick wipe need', () => {
  it('historyExists says whether there is a database without creating one', async () => {
    const factory = new IDBFactory();
    expect(await historyExists({ indexedDB: factory })).toBe(false);
    expect(await names(factory)).toEqual([]);
    (await open(factory)).close();
    expect(await historyExists({ indexedDB: factory })).toBe(true);
    await deleteHistory({ indexedDB: factory });
    expect(await historyExists({ indexedDB: factory })).toBe(false);
  });

  it('addMissing adds only records not stored yet, leaving a stored one exactly as it is', async () => {
    const store = await open();
    await store.record([seen()]);
    const [mine] = ((await store.all()) as { ok: true; value: AdRecord[] }).value;
    if (!mine) throw new Error('nothing recorded');
    await store.setReview(mine.id, { reviewed: true, note: 'ours' });
    const before = await store.get(mine.id);
    const theirs: AdRecord = { ...mine, reviewed: false, note: 'theirs', firstSeen: '2020-01-01T00:00:00.000Z' };
    const other: AdRecord = { ...mine, id: `${mine.id}-other` };
    expect(await store.addMissing([theirs, other])).toEqual({ ok: true, value: [other.id] });
    expect(await store.get(mine.id)).toEqual(before);
    const many = await store.getMany([mine.id, 'nope', other.id]);
    expect(many.ok && [...many.value.keys()]).toEqual([mine.id, other.id]);
  });

  it('deleteIds deletes the chosen records only, and counts those that were there', async () => {
    const store = await open();
    await store.record([seen(), seen({ text: `${TEXT} bis`, adKey: '5510' })]);
    const ids = ((await store.all()) as { ok: true; value: AdRecord[] }).value.map((r) => r.id);
    expect(await store.deleteIds([ids[0] as string, 'not-there'])).toEqual({ ok: true, value: 1 });
    expect(((await store.all()) as { ok: true; value: AdRecord[] }).value.map((r) => r.id)).toEqual([ids[1]]);
  });

  it('setDismissed keeps a dismissed ad with its review, through a new sighting, until restored (issue 14)', async () => {
    const time = clock('2027-03-01T10:00:00Z');
    const store = await open(new IDBFactory(), { now: time.now });
    await store.record([seen()]);
    const [ad] = ((await store.all()) as { ok: true; value: AdRecord[] }).value;
    await store.setReview(ad!.id, { reviewed: true, note: 'checked' });
    expect(await store.setDismissed(ad!.id, true)).toMatchObject({ ok: true, value: { dismissed: true, reviewed: true, note: 'checked' } });
    // Seen again: the sighting moves, the ad stays dismissed (a person decided; a new visit does not undo it).
    time.advanceDays(1);
    await store.record([seen()]);
    expect(await store.get(ad!.id)).toMatchObject({ ok: true, value: { dismissed: true, lastSeen: '2027-03-02T10:00:00.000Z' } });
    // Restored, the record is as it was: no `dismissed` field left behind.
    const restored = await store.setDismissed(ad!.id, false);
    expect(restored.ok && 'dismissed' in restored.value).toBe(false);
    expect(await store.setDismissed('nope', true)).toMatchObject({ ok: false, error: { kind: 'invalid' } });
  });
});

describe('storage errors are typed results', () => {
  it('reports a missing IndexedDB as unavailable', async () => {
    const noIdb = { open: () => { throw new DOMException('The operation is insecure.', 'SecurityError'); } } as unknown as IDBFactory;
    expect(await openHistory({ enabled: true, indexedDB: noIdb })).toMatchObject({ ok: false, error: { kind: 'unavailable', name: 'SecurityError' } });
  });

  it('reports a database from a newer Faro as a version error, leaving it alone', async () => {
    const factory = new IDBFactory();
    await new Promise<void>((resolve) => {
      const req = factory.open('faro-history', 99);
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
    });
    expect(await openHistory({ enabled: true, indexedDB: factory })).toMatchObject({ ok: false, error: { kind: 'version', name: 'VersionError' } });
  });

  it('reports an upgrade blocked by an old connection elsewhere', async () => {
    const factory = new IDBFactory();
    const old = await openV1(factory); // an old tab that ignores versionchange
    expect(await openHistory({ enabled: true, indexedDB: factory })).toMatchObject({ ok: false, error: { kind: 'blocked' } });
    old.close();
    // Once the old tab lets go, the upgrade that was waiting completes and the database works.
    const store = await open(factory);
    expect(await store.count()).toEqual({ ok: true, value: 0 });
  });

  it.each([
    [new DOMException('Quota exceeded', 'QuotaExceededError'), 'quota'],
    [Object.assign(new Error('The transaction was aborted: quota exceeded'), { name: 'AbortError' }), 'quota'],
    [new DOMException('private mode', 'InvalidStateError'), 'unavailable'],
    [new DOMException('x', 'VersionError'), 'version'],
    ['weird', 'unknown'],
  ])('maps %s to %s', (err, kind) => {
    expect(toHistoryError(err).kind).toBe(kind);
  });
});
