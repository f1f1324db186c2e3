import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { analyze, MAX_AD_CHARS } from '../../engine/index';
import { withLinks } from '../../engine/link/index';
import { buildBundle, BUNDLE_LIMITS, checkItem, importBundle, readBundle, serializeBundle, verifyBundle, type EvidenceBundle, type ImportReport, type ItemReason } from '../../utils/evidence/index';
import { openHistory, recordId, type AdRecord, type HistoryStore } from '../../utils/history/index';
import { honest, SEEN, signed, TEXT } from './fixtures';

/**
 * Issue 12, strict bundles: a bundle comes from outside and its hashes prove nothing (anyone can recompute
 * them). Every hostile item below is put in a bundle whose hashes are all valid, beside honest items; each
 * is refused (or stored under its true id) with its reason, the honest ones come in, and nothing already in
 * the history changes.
 */
const NOW = new Date('2027-03-10T12:00:00Z');

async function store(): Promise<HistoryStore> {
  const opened = await openHistory({ enabled: true, keep: 'all', indexedDB: new IDBFactory(), now: () => NOW });
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
}

async function importOne(hostile: (r: AdRecord) => unknown, into?: HistoryStore): Promise<ImportReport> {
  const target = into ?? (await store());
  const outcome = await importBundle(target, await signed([hostile(await honest(1)), await honest(2)]), { now: NOW });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome));
  return outcome;
}

type Case = [string, (r: AdRecord) => unknown, ItemReason];
const CASES: Case[] = [
  ['an unknown level', (r) => ({ ...r, report: { ...r.report, level: 'critical' } }), { kind: 'value', field: 'report.level', value: 'critical' }],
  ['null evidence', (r) => ({ ...r, report: { ...r.report, flags: [{ ...r.report.flags[0], evidence: null }] } }), { kind: 'field', field: 'report.flags[0].evidence' }],
  ['a null report', (r) => ({ ...r, report: null }), { kind: 'field', field: 'report' }],
  ['an unknown language', (r) => ({ ...r, report: { ...r.report, lang: 'xx' } }), { kind: 'value', field: 'report.lang', value: 'xx' }],
  ['an unknown category', (r) => ({ ...r, report: { ...r.report, flags: [{ ...r.report.flags[0], category: 'made-up' }] } }), { kind: 'value', field: 'report.flags[0].category', value: 'made-up' }],
  ['a score out of range', (r) => ({ ...r, report: { ...r.report, score: 1e9 } }), { kind: 'value', field: 'report.score', value: '1000000000' }],
  ['a javascript: URL', (r) => ({ ...r, url: 'javascript:alert(document.domain)', site: '' }), { kind: 'url', value: 'javascript:alert(document.domain)' }],
  ['a data: URL', (r) => ({ ...r, url: 'data:text/html,<script>alert(1)</script>', site: '' }), { kind: 'url', value: 'data:text/html,<script>alert(1)</script>' }],
  ['a site that is not its URL’s', (r) => ({ ...r, site: 'other.example' }), { kind: 'value', field: 'site', value: 'other.example' }],
  ['a site key of another site', (r) => ({ ...r, siteKey: 'other.example|1' }), { kind: 'value', field: 'siteKey', value: 'other.example|1' }],
  ['a time in the future', (r) => ({ ...r, lastSeen: '2099-01-01T00:00:00.000Z' }), { kind: 'future', field: 'lastSeen' }],
  ['a time that is not one', (r) => ({ ...r, firstSeen: '2026-02-30T00:00:00.000Z' }), { kind: 'date', field: 'firstSeen' }],
  ['last seen before first seen', (r) => ({ ...r, firstSeen: '2026-03-02T00:00:00.000Z' }), { kind: 'date-order' }],
  ['evidence outside the text', (r) => ({ ...r, report: { ...r.report, flags: [{ ...r.report.flags[0], evidence: [{ start: 5, end: 99_999, text: 'x' }] }] } }), { kind: 'span', field: 'report.flags[0].evidence[0]' }],
  ['evidence that quotes another text', (r) => ({ ...r, contacts: [{ ...r.contacts[0], evidence: { start: 0, end: 7, text: 'Hostile' } }] }), { kind: 'span', field: 'contacts[0].evidence' }],
  ['a text over the engine’s cap', (r) => ({ ...r, text: 'x'.repeat(MAX_AD_CHARS + 1) }), { kind: 'too-long', field: 'text', max: MAX_AD_CHARS }],
  ['a text that does not match its hash', (r) => ({ ...r, text: `${r.text} `, sha256: r.sha256 }), { kind: 'text-hash' }],
];

describe('hostile bundles, item by item', () => {
  it.each(CASES)('%s: refused with its reason, the honest item beside it imported', async (_name, hostile, reason) => {
    const outcome = await importOne(hostile);
    expect(outcome.refused).toHaveLength(1);
    expect(outcome.refused[0]?.reasons).toContainEqual(reason);
    expect(outcome.added).toHaveLength(1);
  });

  it('never lets a bundle rewrite a local record: an item naming our id with another text is stored as the other ad it is', async () => {
    const ours = await store();
    const local = await honest(1);
    await ours.record([{ url: local.url, text: local.text, report: local.report }]);
    await ours.setReview(local.id, { reviewed: true, note: 'ours' });
    const before = await ours.get(local.id);
    expect(before.ok && before.value?.note).toBe('ours');
    // Our id, another text (with its own valid hash), their dates, review and note.
    const evil = { ...(await honest(1, 'No passport photo needed here. Call 329 604 1177')), id: local.id, firstSeen: '2020-01-01T00:00:00.000Z', reviewed: false, note: 'theirs' };
    const outcome = await importBundle(ours, await signed([evil]), { now: NOW });
    if (!outcome.ok) throw new Error('refused');
    const computed = recordId(undefined, evil.url, evil.sha256);
    expect(outcome.recomputed).toEqual([{ declared: local.id, id: computed }]);
    expect(outcome.added).toEqual([computed]);
    expect(await ours.get(local.id)).toEqual(before);
  });

  it('never imports a review mark, and records the bundle each added ad came from', async () => {
    const json = await signed([await honest(1), await honest(2)]);
    const s = await store();
    const outcome = await importBundle(s, json, { now: NOW, file: 'from-turin.json' });
    if (!outcome.ok) throw new Error('refused');
    const all = (await s.all()) as { ok: true; value: AdRecord[] };
    expect(all.value.map((r) => r.reviewed)).toEqual([false, false]);
    expect(all.value.map((r) => r.note).sort()).toEqual(['note 1', 'note 2']);
    const hash = (JSON.parse(json) as EvidenceBundle).manifest.hash;
    expect(all.value.map((r) => r.source)).toEqual([0, 1].map(() => ({ bundle: hash, file: 'from-turin.json', generator: 'someone', createdAt: SEEN, importedAt: NOW.toISOString() })));
  });

  it('keeps an imported ad for the retention period from the day it was imported, however old its sightings', async () => {
    const factory = new IDBFactory();
    const opened = await openHistory({ enabled: true, indexedDB: factory, now: () => NOW });
    if (!opened.ok) throw new Error(opened.error.message);
    // Seen by the colleague a year before the import.
    await importBundle(opened.value, await signed([await honest(1)]), { now: NOW });
    expect(await opened.value.applyRetention(90)).toEqual({ ok: true, value: 0 });
    const later = await openHistory({ enabled: true, indexedDB: factory, now: () => new Date(NOW.getTime() + 91 * 86_400_000) });
    expect(later.ok && (await later.value.applyRetention(90))).toEqual({ ok: true, value: 1 });
  });

  it('refuses the same ad twice in one file, and leaves out fields it does not know', async () => {
    const r = await honest(1);
    // An own "__proto__" member, as JSON.parse makes one: it must not reach any object's prototype.
    const polluted = Object.defineProperty({ ...r, extra: '<b>x</b>' }, '__proto__', { value: { reviewed: true }, enumerable: true });
    const outcome = await importBundle(await store(), await signed([polluted, { ...r, note: 'again' }]), { now: NOW });
    if (!outcome.ok) throw new Error('refused');
    expect(outcome.added).toHaveLength(1);
    expect(outcome.refused.map((x) => x.reasons)).toEqual([[{ kind: 'duplicate' }]]);
    expect(outcome.dropped.flatMap((d) => d.fields).sort()).toEqual(['__proto__', 'extra']);
    expect(({} as { reviewed?: boolean }).reviewed).toBeUndefined();
  });

  it('imports the intact items of a file whose manifest hash was changed, and says the file was changed', async () => {
    const bundle = JSON.parse(await signed([await honest(1), await honest(2)])) as EvidenceBundle;
    bundle.manifest.hash = '0'.repeat(64);
    const outcome = await importBundle(await store(), JSON.stringify(bundle), { now: NOW });
    expect(outcome).toMatchObject({ ok: true, manifestMatches: false, refused: [] });
    expect(outcome.ok && outcome.added).toHaveLength(2);
    expect(await verifyBundle(JSON.stringify(bundle), { now: NOW })).toEqual({ ok: false, problems: [{ kind: 'manifest-hash' }] });
  });
});

describe('hostile bundles, the whole file', () => {
  it('refuses a file over 50 MB, counted in UTF-8 bytes, before parsing it', async () => {
    expect(BUNDLE_LIMITS.bytes).toBe(50 * 1024 * 1024);
    expect(await readBundle(' '.repeat(BUNDLE_LIMITS.bytes + 1))).toEqual({ ok: false, problems: [{ kind: 'too-large', max: BUNDLE_LIMITS.bytes }] });
    // 26 million characters, 52 MB of UTF-8.
    expect(await readBundle(`"${'é'.repeat(BUNDLE_LIMITS.bytes / 2 + 1)}"`)).toMatchObject({ ok: false, problems: [{ kind: 'too-large' }] });
  });

  it('refuses more than 20,000 items', async () => {
    const items = Array.from({ length: BUNDLE_LIMITS.items + 1 }, () => ({}));
    const json = JSON.stringify({ format: 'faro-evidence', version: 1, createdAt: SEEN, generator: 'x', items, manifest: { algorithm: 'SHA-256', items, hash: '' } });
    expect(await readBundle(json, { now: NOW })).toEqual({ ok: false, problems: [{ kind: 'too-many-items', max: 20_000 }] });
  });

  it('refuses a file dated in the future, of another format, or not JSON', async () => {
    const json = await signed([await honest(1)]);
    expect(await readBundle(json, { now: new Date('2026-02-01T00:00:00Z') })).toEqual({ ok: false, problems: [{ kind: 'not-a-bundle', message: 'createdAt is in the future' }] });
    expect(await readBundle(json.replace('"faro-evidence"', '"other"'), { now: NOW })).toMatchObject({ ok: false, problems: [{ kind: 'not-a-bundle' }] });
    expect(await readBundle('{"items": [', { now: NOW })).toMatchObject({ ok: false, problems: [{ kind: 'not-json' }] });
    expect(await readBundle('null', { now: NOW })).toMatchObject({ ok: false, problems: [{ kind: 'not-a-bundle' }] });
  });

  it('answers, and throws nothing, on an item nested deeper than any stack', async () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    const json = (await signed([await honest(1)])).replace('"note": "note 1"', `"note": ${deep}`);
    const read = await readBundle(json, { now: NOW });
    if (read.ok) expect(read.refused).toHaveLength(1);
    else expect(read.problems[0]?.kind).toBe('not-json');
  });

  it('allows texts exactly up to the engine’s cap (MAX_AD_CHARS), the most Faro stores of one ad', async () => {
    const long = `${'a'.repeat(MAX_AD_CHARS - TEXT.length)}${TEXT}`;
    const outcome = await importBundle(await store(), await signed([await honest(1, long)]), { now: NOW });
    expect(outcome).toMatchObject({ ok: true, refused: [] });
  });
});

describe('honest bundles', () => {
  it('imports the reports of a Faro from before the kind of ad was reported, as of an unknown kind', async () => {
    const r = await honest(1);
    const { kind: _kind, ...older } = r.report;
    const outcome = await importBundle(await store(), await signed([{ ...r, report: older }]), { now: NOW });
    expect(outcome).toMatchObject({ ok: true, refused: [] });
    expect(checkItem({ ...r, report: older })).toMatchObject({ ok: true, item: { report: { kind: 'other' } } });
  });

  it('every ad of the development set, analysed and linked by the engine, exported and imported again: none refused', { timeout: 90_000 }, async () => {
    const lines = readFileSync(join(import.meta.dirname, '../../../shared/devset/ads.jsonl'), 'utf8').trim().split('\n');
    const ads = lines.map((line) => JSON.parse(line) as { id: string; text: string; lang: string });
    const linked = withLinks(ads.map((ad) => ({ id: ad.id, text: ad.text, report: analyze(ad.text, { id: ad.id, lang: ad.lang }) })));
    const source = await store();
    await source.record(ads.map((ad, i) => ({ url: `https://example.org/ads/${ad.id}`, text: ad.text, title: ad.id, adKey: ad.id, report: linked[i]! })));
    const records = (await source.all()) as { ok: true; value: AdRecord[] };
    expect(records.value.length).toBe(ads.length);
    const json = serializeBundle(await buildBundle(records.value));
    const outcome = await importBundle(await store(), json, { now: NOW });
    expect(outcome).toMatchObject({ ok: true, refused: [], recomputed: [], dropped: [], manifestMatches: true });
    expect(outcome.ok && outcome.added.length).toBe(ads.length);
    expect(await verifyBundle(json, { now: NOW })).toMatchObject({ ok: true });
  });
});
