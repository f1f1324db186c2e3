import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { linkAds } from '../../engine/link/index';
import type { Flag } from '../../engine/types';
import { asLinkable, openHistory, type AdRecord, type HistoryStore, type SeenAd } from '../../utils/history/index';
import { buildBundle, canonicalJson, importBundle, serializeBundle, toCsv, verifyBundle, type EvidenceBundle } from '../../utils/evidence/index';
import { clock, phone, report } from '../history/helpers';

const CREATED = new Date('2027-03-08T09:00:00Z');
/** The import's clock: the fixtures' 2027 times are not in its future. */
const NOW = { now: new Date('2027-03-10T12:00:00Z') };
// Texts that break naive exporters: emoji, a zero-width space, CRLF, quotes, commas, Cyrillic look-alikes, a formula.
const TEXTS = [
  'Nuova ragazza straniera appena arrivata 🌹🌹, 20 min 50 rose. 329 604 1177',
  'Dolce\u200B compagnia, "solo regali"\r\nTel. 329 604 1177 – anche hotel',
  '=HYPERLINK("http://x.example","click") Нostess wanted, раssport kept by agency. 3296041177',
];

function seen(i: number): SeenAd {
  const text = TEXTS[i] as string;
  const written = text.includes('329 604 1177') ? '329 604 1177' : '3296041177';
  const flag: Flag = { rule: 'coded-rates', category: 'coded-payment', strength: 'strong', weight: 40, evidence: [{ start: 0, end: 5, text: text.slice(0, 5) }] };
  return { url: `https://annunci.example.it/torino/${5500 + i}`, title: 'Annunci Torino', adKey: String(5500 + i), text, report: { ...report('high', [phone('+393296041177', text, written)]), flags: [flag] } };
}

async function store(now?: () => Date): Promise<HistoryStore> {
  const opened = await openHistory({ enabled: true, indexedDB: new IDBFactory(), ...(now ? { now } : {}) });
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
}

async function records(s: HistoryStore): Promise<AdRecord[]> {
  const all = await s.all();
  if (!all.ok) throw new Error(all.error.message);
  return all.value;
}

async function filled(): Promise<HistoryStore> {
  const time = clock('2027-03-01T01:15:00Z');
  const s = await store(time.now);
  await s.record([seen(0)]);
  time.advanceDays(1);
  await s.record([seen(1), seen(2)]);
  const first = (await records(s)).find((r) => r.siteKey?.endsWith('|5500'));
  await s.setReview(first?.id as string, { reviewed: true, note: 'Same phone as 5501; "girl" is new each week.' });
  return s;
}

describe('evidence bundle', () => {
  it('round-trips export → import → export: the same items, never reviewed, each with the bundle it came from', async () => {
    const a = await filled();
    const exported = serializeBundle(await buildBundle(await records(a), { createdAt: CREATED, generator: 'Faro test' }));
    const b = await store();
    const outcome = await importBundle(b, exported, { ...NOW, file: 'colleague.json' });
    expect(outcome).toMatchObject({ ok: true, kept: [], conflicts: [], refused: [], recomputed: [], dropped: [], manifestMatches: true });
    expect(outcome.ok && outcome.added).toHaveLength(3);
    const bundleHash = (JSON.parse(exported) as EvidenceBundle).manifest.hash;
    const source = { bundle: bundleHash, file: 'colleague.json', generator: 'Faro test', createdAt: CREATED.toISOString(), importedAt: NOW.now.toISOString() };
    const imported = await records(b);
    expect(imported.every((r) => !r.reviewed && JSON.stringify(r.source) === JSON.stringify(source))).toBe(true);
    // What the colleague wrote comes back out unchanged, except what an import never takes (their review mark) and what it adds (where it came from).
    const again = JSON.parse(serializeBundle(await buildBundle(imported, { createdAt: CREATED, generator: 'Faro test' }))) as EvidenceBundle;
    expect(again.items.map(({ source: _, ...item }) => ({ ...item, reviewed: true }))).toEqual((JSON.parse(exported) as EvidenceBundle).items.map((item) => ({ ...item, reviewed: true })));
    expect((await records(b)).map((r) => r.text).sort()).toEqual([...TEXTS].sort());
    // Exported again, the bundle of an imported ad verifies and names where it came from.
    expect(await verifyBundle(serializeBundle(await buildBundle(imported)), NOW)).toMatchObject({ ok: true });
  });

  it('carries URL, UTC times, text, SHA-256, flags with evidence, contacts and the note', async () => {
    const bundle = await buildBundle(await records(await filled()), { createdAt: CREATED });
    expect(bundle.items.map((i) => [i.url.slice(-4), i.firstSeen])).toEqual([
      ['5500', '2027-03-01T01:15:00.000Z'],
      ['5501', '2027-03-02T01:15:00.000Z'],
      ['5502', '2027-03-02T01:15:00.000Z'],
    ]);
    const first = bundle.items[0];
    expect(first).toMatchObject({ text: TEXTS[0], note: 'Same phone as 5501; "girl" is new each week.', reviewed: true });
    expect(first?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(first?.report.flags[0]?.evidence[0]?.text).toBe('Nuova');
    expect(first?.contacts[0]).toMatchObject({ type: 'phone', value: '+393296041177', evidence: { text: '329 604 1177' } });
    expect(bundle.manifest.items.map((m) => m.id)).toEqual(bundle.items.map((i) => i.id));
    expect(await verifyBundle(serializeBundle(bundle), NOW)).toMatchObject({ ok: true });
  });

  it('exports a cluster with its description', async () => {
    const all = await records(await filled());
    const { clusters } = linkAds(all.map(asLinkable));
    const cluster = clusters.find((c) => c.kind === 'shared-contact');
    expect(cluster?.adIds).toHaveLength(3);
    const chosen = all.filter((r) => cluster?.adIds.includes(r.id));
    const bundle = await buildBundle(chosen, { createdAt: CREATED, subject: cluster?.id, clusters: cluster ? [cluster] : [] });
    expect(bundle.subject).toBe('contact:phone:+393296041177');
    expect(await verifyBundle(serializeBundle(bundle), NOW)).toMatchObject({ ok: true });
  });

  it('detects a changed text, a changed note and a changed manifest', async () => {
    const json = serializeBundle(await buildBundle(await records(await filled()), { createdAt: CREATED }));
    const edit = (f: (b: EvidenceBundle) => void) => {
      const b = JSON.parse(json) as EvidenceBundle;
      f(b);
      return JSON.stringify(b);
    };
    const verify = (text: string) => verifyBundle(text, NOW);
    const id0 = (JSON.parse(json) as EvidenceBundle).items[0]?.id;
    expect(await verify(edit((b) => ((b.items[0] as { text: string }).text += ' ')))).toEqual({
      ok: false,
      problems: [{ kind: 'text-hash', id: id0 }, { kind: 'item-hash', id: id0 }, { kind: 'manifest-hash' }],
    });
    expect(await verify(edit((b) => ((b.items[0] as { note: string }).note = 'changed')))).toEqual({
      ok: false,
      problems: [{ kind: 'item-hash', id: id0 }, { kind: 'manifest-hash' }],
    });
    expect(await verify(edit((b) => (b.manifest.hash = '0'.repeat(64))))).toEqual({ ok: false, problems: [{ kind: 'manifest-hash' }] });
    expect(await verify('{"format":"faro-evidence"')).toMatchObject({ ok: false, problems: [{ kind: 'not-json' }] });
    expect(await verify('{"format":"other"}')).toMatchObject({ ok: false, problems: [{ kind: 'not-a-bundle' }] });
  });

  it("adds a colleague's new ads and leaves every ad we have exactly as it is, listing the differences", async () => {
    const time = clock('2027-03-05T10:00:00Z');
    const ours = await store(time.now);
    await ours.record([seen(0), seen(1)]);
    const [r0, r1] = (await records(ours)).sort((x, y) => (x.url < y.url ? -1 : 1)) as [AdRecord, AdRecord];
    await ours.setReview(r0.id, { reviewed: false, note: 'Ours: called the number, no answer.' });
    const before = await records(ours);

    const theirs = await filled(); // saw 5500 earlier, reviewed it with another note; saw 5502, which we did not
    const json = serializeBundle(await buildBundle(await records(theirs), { createdAt: CREATED }));
    const outcome = await importBundle(ours, json, NOW);
    if (!outcome.ok) throw new Error('import failed');
    const theirNote = 'Same phone as 5501; "girl" is new each week.';
    expect(outcome.added).toHaveLength(1);
    expect(outcome.kept.sort()).toEqual([r0.id, r1.id].sort());
    expect(outcome.conflicts.filter((c) => c.id === r0.id).map((c) => [c.field, c.ours, c.theirs])).toEqual([
      ['firstSeen', '2027-03-05T10:00:00.000Z', '2027-03-01T01:15:00.000Z'],
      ['lastSeen', '2027-03-05T10:00:00.000Z', '2027-03-01T01:15:00.000Z'],
      ['note', 'Ours: called the number, no answer.', theirNote],
    ]);
    // Not a date, not the review, not the note of ours changed: the records we had are byte for byte what they were.
    const after = new Map((await records(ours)).map((r) => [r.id, r]));
    for (const record of before) expect(after.get(record.id)).toEqual(record);
    expect(after.size).toBe(3);
    const added = after.get(outcome.added[0] as string);
    expect(added).toMatchObject({ reviewed: false, note: '', source: { bundle: (JSON.parse(json) as EvidenceBundle).manifest.hash } });

    const twice = await importBundle(ours, json, NOW);
    expect(twice).toMatchObject({ ok: true, added: [], refused: [] });
    expect(twice.ok && twice.kept).toHaveLength(3);
  });

  it('reports a differing report as a difference and keeps ours', async () => {
    const a = await filled();
    const json = serializeBundle(await buildBundle(await records(a), { createdAt: CREATED }));
    const b = await store();
    await importBundle(b, json, NOW);
    const bundle = JSON.parse(json) as EvidenceBundle;
    const item = bundle.items[0] as EvidenceBundle['items'][number];
    const changed = await buildBundle([{ ...item, report: { ...item.report, level: 'medium', score: 45 }, contactKeys: [] }], { createdAt: CREATED });
    const outcome = await importBundle(b, serializeBundle(changed), NOW);
    expect(outcome.ok && outcome.conflicts.map((c) => c.field)).toEqual(['report']);
    const kept = await b.get(item.id);
    expect(kept.ok && kept.value?.report.level).toBe('high');
  });
});

describe('CSV export', () => {
  it('is RFC 4180 (quotes, commas, line breaks, CRLF) and reads back to the same cells', async () => {
    const all = await records(await filled());
    const csv = toCsv(all);
    expect(csv.split('\r\n')[0]).toBe('id,url,site,title,first_seen_utc,last_seen_utc,level,score,categories,rules,evidence,phones,emails,handles,sha256,reviewed,note,text');
    const rows = parse(csv, { relax_column_count: false }) as string[][];
    expect(rows).toHaveLength(4);
    const byText = new Map(rows.slice(1).map((r) => [r[17], r]));
    expect(byText.get(TEXTS[1])?.[11]).toBe('+393296041177');
    expect(byText.has(TEXTS[1])).toBe(true); // the CRLF and quotes inside the text survive
    expect(byText.get(TEXTS[0])?.[16]).toBe('Same phone as 5501; "girl" is new each week.');
  });

  it('defuses cells that a spreadsheet would run as formulas', async () => {
    const rows = parse(toCsv(await records(await filled()))) as string[][];
    const formula = rows.find((r) => r[17]?.includes('HYPERLINK'));
    expect(formula?.[17]?.startsWith("'=HYPERLINK")).toBe(true);
    expect(formula?.[11]).toBe('+393296041177');
  });
});

describe('canonicalJson', () => {
  it('sorts keys, drops undefined members, and refuses what JSON cannot carry', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'é'], c: undefined, d: { z: 0, y: -1.5 } })).toBe('{"a":[true,null,"é"],"b":1,"d":{"y":-1.5,"z":0}}');
    expect(canonicalJson({ b: [], a: {} }, 2)).toBe('{\n  "a": {},\n  "b": []\n}');
    expect(() => canonicalJson({ x: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson([undefined])).toThrow(TypeError);
  });
});
