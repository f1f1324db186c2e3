import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { historyClusters, openHistory, type SeenAd } from '../../utils/history/index';
import { clock, phone, report } from './helpers';

const ad = (i: number, site: string, name: string): SeenAd => {
  const text = `${name}, nuova ragazza straniera appena arrivata in città, 20 min 50 rose, un'ora 150, ricevo in zona stazione. 329 604 1177`;
  return { url: `https://${site}/annunci/${i}`, adKey: String(i), text, report: report('high', [phone('+393296041177', text, '329 604 1177')]) };
};

describe('historyClusters', () => {
  it('summarises the sites, dates and posting hours of a cluster across the stored history', async () => {
    const time = clock('2027-03-01T01:20:00Z');
    const opened = await openHistory({ enabled: true, indexedDB: new IDBFactory(), now: time.now });
    if (!opened.ok) throw new Error(opened.error.message);
    const store = opened.value;
    await store.record([ad(1, 'a.example.it', 'Anna'), ad(2, 'b.example.it', 'Lara')]);
    time.advanceDays(2);
    await store.record([ad(3, 'a.example.it', 'Sofia')]);
    const all = await store.all();
    if (!all.ok) throw new Error(all.error.message);

    const summaries = historyClusters(all.value);
    expect(summaries.map((s) => [s.cluster.kind, s.cluster.adIds.length])).toEqual([
      ['shared-contact', 3],
      ['duplicate-text', 3],
    ]);
    const [contact] = summaries;
    expect(contact).toMatchObject({
      sites: ['a.example.it', 'b.example.it'],
      firstSeen: '2027-03-01T01:20:00.000Z',
      lastSeen: '2027-03-03T01:20:00.000Z',
      byDay: [{ day: '2027-03-01', count: 2 }, { day: '2027-03-03', count: 1 }],
    });
    expect(contact?.byHour[1]).toBe(3);
    expect(contact?.byHour.reduce((a, b) => a + b, 0)).toBe(3);
    const plusTwo = historyClusters(all.value, (iso) => (new Date(iso).getUTCHours() + 2) % 24);
    expect(plusTwo[0]?.byHour[3]).toBe(3);
  });
});
