import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Level, Report } from '@/engine/types';
import { segments } from '@/utils/casework/highlight';
import { DEFAULT_HISTORY_SETTINGS } from '@/utils/casework/history-settings';
import { nextFlaggedKey } from '@/utils/casework/next-flagged';
import { recordSeenAds, stableAdKey } from '@/utils/casework/record';
import { openHistory } from '@/utils/history';
import type { TabState } from '@/utils/messaging';

const report = (level: Level): Report => ({ id: 'r', lang: 'en', kind: 'job', level, score: level === 'high' ? 70 : level === 'medium' ? 40 : 0, flags: [], mitigations: [], contacts: [] });

describe('segments: evidence marked in the stored text', () => {
  const text = 'Pay a fee. Send your passport.';
  const span = (phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length, text: phrase });
  it.each([
    ['no spans', [], [['Pay a fee. Send your passport.', false]]],
    ['two spans', [span('passport'), span('fee')], [['Pay a ', false], ['fee', true], ['. Send your ', false], ['passport', true], ['.', false]]],
    ['overlapping spans merged', [span('Send your'), span('your passport')], [['Pay a fee. ', false], ['Send your passport', true], ['.', false]]],
    ['a span that does not slice the text is ignored', [{ start: 0, end: 3, text: 'Get' }, { start: -1, end: 99, text: 'x' }], [['Pay a fee. Send your passport.', false]]],
  ])('%s', (_name, spans, expected) => {
    expect(segments(text, spans).map((s) => [s.text, s.mark])).toEqual(expected);
    expect(segments(text, spans).map((s) => s.text).join('')).toBe(text);
  });
});

describe('nextFlaggedKey', () => {
  const state: TabState = {
    url: 'https://x.example/',
    ads: [
      { key: 'a', report: report('low') },
      { key: 'b', report: report('high') },
      { key: 'c', report: report('medium') },
    ],
  };
  it('walks the flagged ads in page order and wraps round', () => {
    expect(nextFlaggedKey(state, undefined)).toBe('b');
    expect(nextFlaggedKey(state, 'b')).toBe('c');
    expect(nextFlaggedKey(state, 'c')).toBe('b');
    expect(nextFlaggedKey(state, 'a')).toBe('b');
    expect(nextFlaggedKey(state, 'b', 'high')).toBe('b');
    expect(nextFlaggedKey({ url: '', ads: [{ key: 'a', report: report('low') }] }, undefined)).toBeUndefined();
    expect(nextFlaggedKey(null, undefined)).toBeUndefined();
  });
});

describe('recordSeenAds', () => {
  const ads = [
    { key: '5509', text: 'Nuova ragazza, 50 rose', title: 'Nuova ragazza', report: report('high') },
    { key: 'ad-3-0a1b2c3d', text: 'Pay a fee first', report: report('medium') },
    { key: 'ad-4-0a1b2c3e', text: 'Florist: roses', report: report('low') },
  ];
  const page = { url: 'https://annunci.example.it/torino', title: 'Annunci Torino' };

  it('with history off, does not even create the database', async () => {
    const factory = new IDBFactory();
    const result = await recordSeenAds(DEFAULT_HISTORY_SETTINGS, page, ads, factory);
    expect(result).toMatchObject({ ok: false, error: { kind: 'disabled' } });
    expect(await factory.databases()).toEqual([]);
  });

  it('with history on, keeps the medium and high ads; positional keys never join the stored id', async () => {
    const factory = new IDBFactory();
    const settings = { ...DEFAULT_HISTORY_SETTINGS, enabled: true };
    const first = await recordSeenAds(settings, page, ads, factory);
    expect(first).toMatchObject({ ok: true, value: { skipped: 1 } });
    const again = await recordSeenAds(settings, page, ads, factory);
    expect(again.ok && again.value.updated).toHaveLength(2);
    const opened = await openHistory({ enabled: true, indexedDB: factory });
    const all = opened.ok ? await opened.value.all() : undefined;
    const records = all?.ok ? all.value : [];
    expect(records.map((r) => [r.title, r.siteKey]).sort()).toEqual([
      ['Annunci Torino', undefined],
      ['Nuova ragazza', 'annunci.example.it|5509'],
    ]);
  });

  it('tells positional keys from the site’s own ids', () => {
    expect(stableAdKey('5509')).toBe('5509');
    expect(stableAdKey('ad-12-deadbeef')).toBeUndefined();
    expect(stableAdKey('ad-12-deadbeef#2')).toBeUndefined();
  });
});
