import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '@/engine';
import { historyProblemItem, noteHistoryOutcome } from '@/utils/casework/history-problem';
import { DEFAULT_HISTORY_SETTINGS } from '@/utils/casework/history-settings';
import { flaggedFloor } from '@/utils/casework/next-flagged';
import { linkPageAds, redrawnAds } from '@/utils/casework/page-links';
import { recordSeenAds } from '@/utils/casework/record';
import { retainDaily, retentionDayItem } from '@/utils/casework/retention';
import { deleteHistory, historyExists, openHistory } from '@/utils/history';
import type { TabAd } from '@/utils/messaging';
import { TabStore } from '@/utils/tab-store';

const tabAd = (key: string, text: string): TabAd => ({ key, text, report: analyze(text, { id: key, lang: 'it' }) });

/** Two escort-style ads with one phone written two ways, and an unrelated bike ad. */
const ROSE = tabAd('5509', 'Nuova ragazza appena arrivata, 20 min 50 rose. Chiama o WhatsApp 329 604 1177');
const DOLCE = tabAd('5513', 'Dolce compagnia per uomini generosi, solo regali. Scrivimi su WhatsApp al +39 329-604-1177');
const BIKE = tabAd('5504', 'Bici da corsa in alluminio taglia 54, cambio Shimano, 350 euro trattabili. Tel. 347 112 2334');

const rules = (ad: TabAd | undefined) => ad?.report.flags.map((f) => f.rule) ?? [];

describe('linkPageAds: the ads of one page linked without any history', () => {
  it('gives both ads that share a phone the shared-contact flag, and raises their score', () => {
    const linked = linkPageAds([ROSE, BIKE, DOLCE]);
    expect(rules(linked[0])).toContain('shared-contact');
    expect(rules(linked[2])).toContain('shared-contact');
    expect(rules(linked[1])).not.toContain('shared-contact');
    expect(linked[0]!.report.score).toBeGreaterThanOrEqual(ROSE.report.score);
    expect(linked[0]!.report.flags.find((f) => f.rule === 'shared-contact')?.detail).toEqual({ others: 1 });
  });

  it('recomputes the score of two otherwise unrelated ads that give one number', () => {
    const quiet = [tabAd('q1', 'Ripetizioni di matematica a domicilio. Tel 333 123 4567'), tabAd('q2', 'Lezioni di chitarra per principianti, chiamare il 333-123-4567')];
    const linked = linkPageAds(quiet);
    expect(linked.map(rules).every((r) => r.includes('shared-contact'))).toBe(true);
    linked.forEach((ad, i) => expect(ad.report.score).toBeGreaterThan(quiet[i]!.report.score));
  });

  it('runs again as batches arrive without stacking flags, and drops a link that no longer holds', () => {
    const twice = linkPageAds(linkPageAds([ROSE, DOLCE]));
    expect(rules(twice[0]).filter((r) => r === 'shared-contact')).toHaveLength(1);
    const alone = linkPageAds([twice[0]!, BIKE]);
    expect(rules(alone[0])).not.toContain('shared-contact');
  });

  it('links near-identical texts with duplicate-text', () => {
    const a = tabAd('a', 'Cerchiamo ragazze per lavoro in hotel a Dubai, viaggio pagato, guadagno 5000 euro al mese, contattaci su Telegram subito');
    const b = tabAd('b', 'Cerchiamo ragazze per lavoro in hotel a Dubai, viaggio pagato, guadagno 6000 euro al mese, contattaci su Telegram subito!');
    expect(linkPageAds([a, b, BIKE]).map(rules).map((r) => r.includes('duplicate-text'))).toEqual([true, true, false]);
  });
});

describe('redrawnAds: what the page must redraw after a batch', () => {
  it('names the earlier ads whose verdict a new batch changed, not the new ones nor the unchanged', () => {
    const before = linkPageAds([ROSE, BIKE]);
    const after = linkPageAds([...before, DOLCE]);
    expect(redrawnAds(before, after).map((ad) => ad.key)).toEqual(['5509']);
    expect(redrawnAds(after, linkPageAds(after))).toEqual([]);
  });
});

describe('TabStore.put with relinking', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the linked list, and the ads of an earlier batch get linked by a later one', async () => {
    const tabs = new TabStore();
    await tabs.put(7, 'http://x/', [ROSE, BIKE], true, linkPageAds);
    const state = await tabs.put(7, 'http://x/', [DOLCE], false, linkPageAds);
    expect(state.ads.map((ad) => [ad.key, rules(ad).includes('shared-contact')])).toEqual([
      ['5509', true],
      ['5504', false],
      ['5513', true],
    ]);
    // The worker restarts: the linked list comes back from storage.session.
    expect(rules((await new TabStore().get(7))?.ads[0])).toContain('shared-contact');
  });
});

describe('TabStore.clearAll: the quick wipe', () => {
  beforeEach(() => fakeBrowser.reset());

  it('forgets every tab, in memory and in storage.session, and names them', async () => {
    const tabs = new TabStore();
    await tabs.put(7, 'http://x/', [ROSE], true);
    await tabs.put(9, 'http://y/', [BIKE], true);
    await fakeBrowser.storage.session.set({ historyProblem: { kind: 'quota' } });
    expect((await tabs.clearAll()).sort()).toEqual([7, 9]);
    expect(await tabs.get(7)).toBeUndefined();
    expect(await new TabStore().get(9)).toBeUndefined();
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual(['historyProblem']);
  });
});

describe('recordSeenAds', () => {
  it('stores no ad whose text the tab no longer keeps: an empty text would be stored as the hash of nothing', async () => {
    const factory = new IDBFactory();
    const on = { ...DEFAULT_HISTORY_SETTINGS, enabled: true, keep: 'all' as const };
    const recorded = await recordSeenAds(on, { url: 'https://annunci.example.it/' }, [{ ...ROSE, text: '' }, { ...BIKE, text: BIKE.text! }], factory);
    expect(recorded).toMatchObject({ ok: true, value: { added: [expect.any(String)] } });
  });
});

describe('noteHistoryOutcome: storage errors reach the user', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps a failure with its time, ignores "history off", and a later success clears it', async () => {
    const at = new Date('2027-03-01T10:00:00Z');
    await noteHistoryOutcome({ ok: false, error: { kind: 'disabled', message: 'off' } }, at);
    expect(await historyProblemItem.getValue()).toBeNull();
    await noteHistoryOutcome({ ok: false, error: { kind: 'quota', message: 'QuotaExceededError', name: 'QuotaExceededError' } }, at);
    expect(await historyProblemItem.getValue()).toEqual({ kind: 'quota', message: 'QuotaExceededError', name: 'QuotaExceededError', at: at.toISOString() });
    await noteHistoryOutcome({ ok: true, value: 3 });
    expect(await historyProblemItem.getValue()).toBeNull();
  });
});

describe('retainDaily: retention at most once a day, no alarms', () => {
  beforeEach(() => fakeBrowser.reset());
  const on = { ...DEFAULT_HISTORY_SETTINGS, enabled: true, retentionDays: 30 };
  const page = { url: 'https://annunci.example.it/torino' };

  it('with history off, does not open or create the database', async () => {
    const factory = new IDBFactory();
    expect(await retainDaily(DEFAULT_HISTORY_SETTINGS, new Date(), factory)).toBeUndefined();
    expect(await factory.databases()).toEqual([]);
    expect(await retentionDayItem.getValue()).toBeNull();
  });

  it('with history off, still expires the ads of a history that is there (a deletion held up, an older Faro), without recreating one', async () => {
    const factory = new IDBFactory();
    // History on: an ad is recorded. Then history is off, but the database stays (as an older Faro left it).
    expect((await recordSeenAds(on, page, [{ ...ROSE, text: ROSE.text! }], factory)).ok).toBe(true);
    const off = { ...on, enabled: false };
    const later = new Date(Date.now() + 40 * 86_400_000);
    expect(await retainDaily(off, later, factory)).toEqual({ ok: true, value: 1 });
    expect(await retentionDayItem.getValue()).toBe(later.toISOString().slice(0, 10));
    // Once the history is gone, retention with history off opens nothing, and so creates nothing.
    await deleteHistory({ indexedDB: factory });
    await retentionDayItem.setValue('2000-01-01');
    expect(await retainDaily(off, later, factory)).toBeUndefined();
    expect(await historyExists({ indexedDB: factory })).toBe(false);
  });

  it('deletes ads not seen for the period, once per UTC day', async () => {
    const factory = new IDBFactory();
    const recorded = await recordSeenAds(on, page, [{ ...ROSE, text: ROSE.text! }], factory);
    expect(recorded.ok).toBe(true);
    const soon = new Date(Date.now() + 5 * 86_400_000);
    expect(await retainDaily(on, soon, factory)).toEqual({ ok: true, value: 0 });
    const later = new Date(Date.now() + 40 * 86_400_000);
    await retentionDayItem.setValue(later.toISOString().slice(0, 10));
    expect(await retainDaily(on, later, factory)).toBeUndefined();
    await retentionDayItem.setValue('2000-01-01');
    expect(await retainDaily(on, later, factory)).toEqual({ ok: true, value: 1 });
    const opened = await openHistory({ enabled: true, indexedDB: factory });
    const all = opened.ok ? await opened.value.all() : undefined;
    expect(all?.ok && all.value).toEqual([]);
  });
});

describe('flaggedFloor', () => {
  it('never stops the shortcut at quiet ads', () => {
    expect(flaggedFloor('low')).toBe('medium');
    expect(flaggedFloor('medium')).toBe('medium');
    expect(flaggedFloor('high')).toBe('high');
  });
});
