// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CategoryId, Contact, Flag, Lang, Level, Report } from '@/engine/types';
import en from '@/locales/en.json';
import { Dashboard, type DownloadFile } from '@/ui/dashboard/Dashboard';
import { MessagesContext } from '@/ui/messages';
import { buildBundle, serializeBundle, verifyBundle } from '@/utils/evidence';
import { openHistory, type HistoryResult, type HistoryStore, type SeenAd } from '@/utils/history';
import { Messages, type LocaleFile } from '@/utils/i18n';

const messages = new Messages('en', en as LocaleFile, en as LocaleFile);
const INJECTION = '<img src=x onerror=alert(1)>';

/** A flag whose evidence is `phrase` inside `text`. */
function flag(text: string, category: CategoryId, phrase: string, weight = 40): Flag {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" not in text`);
  return { rule: category, category, strength: 'strong', weight, evidence: [{ start, end: start + phrase.length, text: phrase }] };
}

function phone(text: string, written: string, value: string): Contact {
  const start = text.indexOf(written);
  return { type: 'phone', value, evidence: { start, end: start + written.length, text: written } };
}

function ad(url: string, text: string, level: Level, score: number, lang: Lang, flags: Flag[], contacts: Contact[] = [], adKey?: string): SeenAd {
  const report: Report = { id: adKey ?? url, lang, kind: 'job', level, score, flags, mitigations: [], contacts };
  return { url, text, report, title: text.split('\n')[0], ...(adKey ? { adKey } : {}) };
}

const ROSE = 'Nuova ragazza appena arrivata\n20 min 50 rose, chiama 329 604 1177';
const LARA = 'Lara, massaggi rilassanti\nsolo WhatsApp 329-604-1177, 100 rose';
const JOB = 'Warehouse work in Germany\nPay a registration fee of 200 euro before travel.';
const EVIL = `${INJECTION} Hostess job\nSend a photo of your passport first.`;

const ADS: SeenAd[] = [
  ad('https://annunci.example.it/torino', ROSE, 'high', 75, 'it', [flag(ROSE, 'coded-payment', '50 rose')], [phone(ROSE, '329 604 1177', '+393296041177')], '5509'),
  ad('https://annunci.example.it/milano', LARA, 'medium', 45, 'it', [flag(LARA, 'coded-payment', '100 rose', 30)], [phone(LARA, '329-604-1177', '+393296041177')], '5513'),
  ad('https://jobs.example.com/1', JOB, 'medium', 40, 'en', [flag(JOB, 'debt-fees', 'registration fee of 200 euro')]),
  ad('https://jobs.example.com/2', EVIL, 'high', 65, 'en', [flag(EVIL, 'document-request', 'photo of your passport')]),
];

let container: HTMLElement | undefined;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
});

async function storeWith(ads: SeenAd[], at = '2027-03-02T02:15:00Z', indexedDB: IDBFactory = new IDBFactory()): Promise<HistoryStore> {
  const opened = await openHistory({ enabled: true, keep: 'all', indexedDB, now: () => new Date(at) });
  if (!opened.ok) throw new Error(opened.error.message);
  const recorded = await opened.value.record(ads);
  if (!recorded.ok) throw new Error(recorded.error.message);
  return opened.value;
}

async function mount(history: HistoryResult<HistoryStore>) {
  const downloads: DownloadFile[] = [];
  container = document.createElement('div');
  document.body.append(container);
  render(
    <MessagesContext.Provider value={messages}>
      <Dashboard history={history} optionsHref="options.html" onDownload={(f) => downloads.push(f)} generator="Faro test" now={() => new Date('2027-03-05T10:00:00Z')} />
    </MessagesContext.Provider>,
    container,
  );
  const root = container;
  const rows = () => [...root.querySelectorAll<HTMLElement>('.ad-row')];
  if (history.ok) await vi.waitFor(() => expect(root.textContent).not.toContain(messages.t('dashboard.loading')));
  return { root, downloads, rows, titles: () => rows().map((r) => r.querySelector('.ad-row-title')?.textContent ?? '') };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function type(el: Element | null, value: string, event: 'input' | 'change' = 'input') {
  if (!el) throw new Error('no such control');
  (el as HTMLInputElement).value = value;
  el.dispatchEvent(new Event(event, { bubbles: true }));
  await settle();
}

async function click(el: Element | null | undefined) {
  if (!el) throw new Error('nothing to click');
  (el as HTMLElement).click();
  await settle();
}

function button(root: HTMLElement, text: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
}

describe('dashboard: stored ads', () => {
  it('lists every stored ad, newest first, and searches text and contacts', async () => {
    const { root, titles } = await mount({ ok: true, value: await storeWith(ADS) });
    expect(titles()).toHaveLength(4);
    expect(root.querySelector('.count')?.textContent).toContain('Showing 4 of 4');
    await type(root.querySelector('#f-query'), 'warehouse');
    expect(titles()).toEqual(['Warehouse work in Germany']);
    // A phone written with other separators still finds both ads that carry it.
    await type(root.querySelector('#f-query'), '+39 329 6041177');
    expect(titles().sort()).toEqual(['Lara, massaggi rilassanti', 'Nuova ragazza appena arrivata']);
    await type(root.querySelector('#f-query'), 'no such words anywhere');
    expect(titles()).toEqual([]);
    expect(root.textContent).toContain('No stored ad matches these filters.');
  });

  it('filters by level, signal, site and language, and sorts by score', async () => {
    const { root, titles } = await mount({ ok: true, value: await storeWith(ADS) });
    const high = root.querySelector<HTMLInputElement>('input[name="level"][value="high"]');
    high!.checked = true;
    high!.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(titles().sort()).toEqual([`${INJECTION} Hostess job`, 'Nuova ragazza appena arrivata']);
    await type(root.querySelector('#f-site'), 'annunci.example.it', 'change');
    expect(titles()).toEqual(['Nuova ragazza appena arrivata']);
    high!.checked = false;
    high!.dispatchEvent(new Event('change', { bubbles: true }));
    await type(root.querySelector('#f-category'), 'coded-payment', 'change');
    expect(titles().sort()).toEqual(['Lara, massaggi rilassanti', 'Nuova ragazza appena arrivata']);
    await type(root.querySelector('#f-sort'), 'score', 'change');
    expect(titles()).toEqual(['Nuova ragazza appena arrivata', 'Lara, massaggi rilassanti']);
    await type(root.querySelector('#f-category'), '', 'change');
    await type(root.querySelector('#f-site'), '', 'change');
    await type(root.querySelector('#f-lang'), 'en', 'change');
    expect(titles()).toEqual([`${INJECTION} Hostess job`, 'Warehouse work in Germany']);
  });

  it('filters by the days an ad was seen', async () => {
    const factory = new IDBFactory();
    (await storeWith(ADS, '2027-03-02T02:15:00Z', factory)).close();
    // The job ad is seen again on 10 April: its sighting window now reaches into April.
    const later = await storeWith([ADS[2]!], '2027-04-10T12:00:00Z', factory);
    const { root, titles } = await mount({ ok: true, value: later });
    await type(root.querySelector('#f-from'), '2027-04-01', 'change');
    expect(titles()).toEqual(['Warehouse work in Germany']);
    await type(root.querySelector('#f-from'), '', 'change');
    await type(root.querySelector('#f-to'), '2027-03-31', 'change');
    expect(titles()).toHaveLength(4);
    await type(root.querySelector('#f-to'), '2027-03-01', 'change');
    expect(titles()).toEqual([]);
  });

  it('shows page text as text, never as markup, with the evidence in <mark>', async () => {
    const { root, rows } = await mount({ ok: true, value: await storeWith(ADS) });
    const evil = rows().find((r) => r.textContent?.includes('Hostess job'))!;
    await click(evil.querySelector('.ad-row-title button'));
    expect(root.querySelector('img')).toBeNull();
    expect(evil.querySelector('.ad-row-title')?.textContent).toBe(`${INJECTION} Hostess job`);
    const stored = evil.querySelector('.stored-text')!;
    expect(stored.textContent).toBe(EVIL);
    expect([...stored.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['photo of your passport']);
    expect(stored.querySelector('*:not(mark)')).toBeNull();
  });
});

describe('dashboard: review', () => {
  it('saves a reviewed mark and a note into the history', async () => {
    const store = await storeWith(ADS);
    const { root, rows } = await mount({ ok: true, value: store });
    const row = rows().find((r) => r.textContent?.includes('Warehouse'))!;
    await click(row.querySelector('.ad-row-title button'));
    const reviewed = row.querySelector<HTMLInputElement>('.review input[type="checkbox"]')!;
    reviewed.checked = true;
    reviewed.dispatchEvent(new Event('change', { bubbles: true }));
    await type(row.querySelector('.review textarea'), 'Called the agency: no licence. Referred to the NGO.');
    await click(row.querySelector('.review button[type="submit"]'));
    await vi.waitFor(() => expect(row.querySelector('[role="status"]')?.textContent).toBe('Review saved.'));
    const saved = (await store.all()) as { ok: true; value: { title?: string; reviewed: boolean; note: string }[] };
    expect(saved.value.find((r) => r.title === 'Warehouse work in Germany')).toMatchObject({
      reviewed: true,
      note: 'Called the agency: no licence. Referred to the NGO.',
    });
    expect(row.querySelector('.chip-reviewed')).not.toBeNull();
  });
});

describe('dashboard: export and import', () => {
  it('exports the selected ads as a bundle whose hashes verify, and as CSV', async () => {
    const { root, rows, downloads } = await mount({ ok: true, value: await storeWith(ADS) });
    const exportJson = button(root, 'Export evidence (JSON)')!;
    expect(exportJson.disabled).toBe(true);
    for (const row of rows().filter((r) => /Nuova|Lara/.test(r.textContent ?? ''))) await click(row.querySelector('input.select'));
    expect(exportJson.disabled).toBe(false);
    await click(exportJson);
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    const file = downloads[0]!;
    expect(file.name).toMatch(/^faro-selection-20270305-100000\.json$/);
    const verified = await verifyBundle(file.text);
    if (!verified.ok) throw new Error(JSON.stringify(verified.problems));
    expect(verified.bundle.items.map((i) => i.title).sort()).toEqual(['Lara, massaggi rilassanti', 'Nuova ragazza appena arrivata']);
    expect(verified.bundle.clusters?.map((c) => c.id)).toEqual(['contact:phone:+393296041177']);
    // One changed character and the manifest no longer verifies.
    expect((await verifyBundle(file.text.replace('50 rose', '60 rose'))).ok).toBe(false);
    await click(button(root, 'Export table (CSV)'));
    expect(downloads[1]?.text.split('\r\n')[0]).toMatch(/^id,url,site,title,/);
  });

  it('groups the ads that share a phone, with counts, sites and a timeline, and exports the cluster', async () => {
    const { root, downloads } = await mount({ ok: true, value: await storeWith(ADS) });
    await click(root.querySelector('#tab-clusters'));
    const cluster = root.querySelector<HTMLElement>('[data-cluster-id="contact:phone:+393296041177"]')!;
    expect(cluster.querySelector('h3')?.textContent).toBe('Same phone: +393296041177');
    expect(cluster.querySelector('.cluster-count')?.textContent).toBe('2 ads');
    expect(cluster.textContent).toContain('1 site: annunci.example.it');
    expect(cluster.querySelectorAll('svg.timeline rect').length).toBeGreaterThan(0);
    await click(button(cluster, 'Export evidence (JSON)'));
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    const verified = await verifyBundle(downloads[0]!.text);
    expect(verified.ok && verified.bundle.items.length).toBe(2);
    expect(verified.ok && verified.bundle.subject).toBe('contact:phone:+393296041177');
    await click(button(cluster, 'Show these ads'));
    expect(root.querySelectorAll('.ad-row')).toHaveLength(2);
    expect(root.querySelector('.count')?.textContent).toContain('2 selected');
  });

  it("imports a colleague's bundle: new ads added, a differing note shown as a conflict and ours kept", async () => {
    const ours = await storeWith(ADS.slice(0, 3));
    const colleague = await storeWith([ADS[0]!, ADS[3]!]);
    const theirs = (await colleague.all()) as { ok: true; value: import('@/utils/history').AdRecord[] };
    const shared = theirs.value.find((r) => r.title === 'Nuova ragazza appena arrivata')!;
    await ours.setReview(shared.id, { reviewed: true, note: 'Our note' });
    await colleague.setReview(shared.id, { reviewed: true, note: 'Their note' });
    const bundle = serializeBundle(await buildBundle(((await colleague.all()) as typeof theirs).value));
    const { root, rows } = await mount({ ok: true, value: ours });
    await click(root.querySelector('#tab-import'));
    const input = root.querySelector<HTMLInputElement>('#import-file')!;
    Object.defineProperty(input, 'files', { value: [new File([bundle], 'colleague.json', { type: 'application/json' })], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(root.querySelector('.import-summary')).not.toBeNull());
    expect(root.querySelector('.import-summary')?.textContent).toContain('1 ad added.');
    const conflict = [...root.querySelectorAll('.conflicts tbody tr')].map((tr) => [...tr.querySelectorAll('td')].slice(1).map((td) => td.textContent));
    expect(conflict).toEqual([['note', 'Our note', 'Their note']]);
    expect(((await ours.get(shared.id)) as { ok: true; value: { note: string } }).value.note).toBe('Our note');
    await click(root.querySelector('#tab-ads'));
    expect(rows()).toHaveLength(4);
  });

  it('refuses a tampered bundle and says why', async () => {
    const source = await storeWith([ADS[2]!]);
    const bundle = serializeBundle(await buildBundle(((await source.all()) as { ok: true; value: never[] }).value)).replaceAll('200 euro', '900 euro');
    const ours = await storeWith([]);
    const { root } = await mount({ ok: true, value: ours });
    expect(root.textContent).toContain(messages.t('dashboard.ads.empty'));
    await click(root.querySelector('#tab-import'));
    const input = root.querySelector<HTMLInputElement>('#import-file')!;
    Object.defineProperty(input, 'files', { value: [new File([bundle], 'x.json')], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(root.querySelector('.import-result .error')).not.toBeNull());
    expect(root.querySelector('.import-result')?.textContent).toContain('does not match its SHA-256');
    expect((await ours.count()) as { ok: true; value: number }).toEqual({ ok: true, value: 0 });
  });
});

describe('dashboard: no history', () => {
  it('says history is off and links to the settings', async () => {
    const { root } = await mount({ ok: false, error: { kind: 'disabled', message: 'off' } });
    expect(root.querySelector('.history-off h2')?.textContent).toBe('History is off');
    expect(root.querySelector('.history-off a')?.getAttribute('href')).toBe('options.html');
    expect(root.querySelector('.ad-row')).toBeNull();
  });

  it('shows a storage error instead of an empty list', async () => {
    const { root } = await mount({ ok: false, error: { kind: 'quota', message: 'QuotaExceededError: full', name: 'QuotaExceededError' } });
    const alert = root.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain("The browser's storage is full");
    expect(alert?.textContent).toContain('QuotaExceededError: full');
  });
});
