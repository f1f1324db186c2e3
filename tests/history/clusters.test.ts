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
    // The same three ads share a phone and repeat one text: one entry with both reasons (issue 14), not two.
    expect(summaries.map((s) => [s.reasons.map((r) => r.kind), s.cluster.adIds.length])).toEqual([[['shared-contact', 'duplicate-text'], 3]]);
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

  it('keeps apart the links of different sets of ads, each with only its own reasons', () => {
    const text = (name: string, phoneNumber: string) => `${name}: lavoro in magazzino a Verona, alloggio incluso, paga alta, scrivi solo su WhatsApp ${phoneNumber} per i dettagli`;
    const seen = (id: string, body: string, written: string, e164: string) => {
      const r = report('high', [phone(e164, body, written)]);
      return { id, url: `https://a.example.it/${id}`, site: 'a.example.it', firstSeen: '2027-03-01T01:20:00.000Z', lastSeen: '2027-03-01T01:20:00.000Z', text: body, sha256: '0'.repeat(64), report: r, contacts: r.contacts, contactKeys: [], reviewed: false, note: '' };
    };
    const a = text('Anna', '329 604 1177');
    const b = text('Lara', '329 604 1177');
    const c = 'Cercasi cameriera, contratto regolare, nessun costo. Chiama il 333 111 2222.';
    const d = 'Vendo bicicletta da corsa, ottimo stato, prezzo trattabile. Tel 333 111 2222.';
    const summaries = historyClusters([
      seen('a', a, '329 604 1177', '+393296041177'),
      seen('b', b, '329 604 1177', '+393296041177'),
      seen('c', c, '333 111 2222', '+393331112222'),
      seen('d', d, '333 111 2222', '+393331112222'),
    ]);
    const byAds = new Map(summaries.map((s) => [[...s.cluster.adIds].sort().join(','), s.reasons.map((r) => r.kind)]));
    expect(byAds).toEqual(
      new Map([
        ['a,b', ['shared-contact', 'duplicate-text']],
        ['c,d', ['shared-contact']],
      ]),
    );
  });
});
