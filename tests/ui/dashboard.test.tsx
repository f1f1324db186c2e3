// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CategoryId, Contact, Flag, Lang, Level, Report } from '@/engine/types';
import en from '@/locales/en.json';
import { AdList } from '@/ui/dashboard/AdList';
import { Dashboard, type DownloadFile } from '@/ui/dashboard/Dashboard';
import { ErrorBoundary, PartFailed } from '@/ui/dashboard/ErrorBoundary';
import { MessagesContext } from '@/ui/messages';
import { HistoryProblemNotice } from '@/ui/HistoryProblem';
import type { SortKey } from '@/utils/casework/filter';
import { DUPLICATE_THRESHOLD, jaccard, shingleSet } from '@/engine/link/index';
import { buildBundle, BUNDLE_LIMITS, serializeBundle, verifyBundle } from '@/utils/evidence';
import { DB_NAME, openHistory, type AdRecord, type HistoryResult, type HistoryStore, type SeenAd } from '@/utils/history';
import { Messages, type LocaleFile } from '@/utils/i18n';

const messages = new Messages('en', en as LocaleFile, en as LocaleFile);
const INJECTION = '<img src=x onerror=alert(1)>';
/** The dashboard's clock in these tests: the fixtures' 2027 times are its past. */
const NOW = new Date('2027-03-05T10:00:00Z');

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
  vi.restoreAllMocks();
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

async function mount(history: HistoryResult<HistoryStore>, initialSort?: SortKey) {
  const downloads: DownloadFile[] = [];
  container = document.createElement('div');
  document.body.append(container);
  render(
    <MessagesContext.Provider value={messages}>
      <Dashboard history={history} optionsHref="options.html" onDownload={(f) => downloads.push(f)} generator="Faro test" now={() => NOW} {...(initialSort ? { initialSort } : {})} />
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
    const verified = await verifyBundle(file.text, { now: NOW });
    if (!verified.ok) throw new Error(JSON.stringify(verified.problems));
    expect(verified.bundle.items.map((i) => i.title).sort()).toEqual(['Lara, massaggi rilassanti', 'Nuova ragazza appena arrivata']);
    expect(verified.bundle.clusters?.map((c) => c.id)).toEqual(['contact:phone:+393296041177']);
    // One changed character and the manifest no longer verifies.
    expect((await verifyBundle(file.text.replace('50 rose', '60 rose'), { now: NOW })).ok).toBe(false);
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
    const verified = await verifyBundle(downloads[0]!.text, { now: NOW });
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

/** Records as an older Faro's import could leave them: written straight into the database, unchecked. */
async function putRaw(factory: IDBFactory, records: object[]): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = factory.open(DB_NAME);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const tx = db.transaction('ads', 'readwrite');
  for (const record of records) tx.objectStore('ads').put(record);
  await new Promise((resolve) => (tx.oncomplete = resolve));
  db.close();
}

async function chooseFile(root: HTMLElement, file: { name: string; size: number; text: () => Promise<string> }) {
  await click(root.querySelector('#tab-import'));
  const input = root.querySelector<HTMLInputElement>('#import-file')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('dashboard: hostile records and bundles (issue 12)', () => {
  it('keeps working over damaged stored records: lists the others, says how many are damaged, deletes them', async () => {
    const factory = new IDBFactory();
    const store = await storeWith(ADS, '2027-03-02T02:15:00Z', factory);
    const good = ((await store.all()) as { ok: true; value: AdRecord[] }).value[0]!;
    store.close();
    await putRaw(factory, [
      { ...good, id: 'bad-level', report: { ...good.report, level: 'critical' } },
      { ...good, id: 'null-evidence', report: { ...good.report, flags: [{ ...good.report.flags[0], evidence: null }] } },
      { ...good, id: 'js-url', url: 'javascript:alert(1)' },
    ]);
    const reopened = await openHistory({ enabled: true, indexedDB: factory });
    const { root, titles } = await mount(reopened);
    expect(titles()).toHaveLength(4);
    expect(root.querySelector('.damaged')?.textContent).toContain(messages.t('dashboard.damaged', { n: 3 }));
    expect(root.querySelector('a[href^="javascript:"]')).toBeNull();
    await click(root.querySelector('#tab-clusters'));
    expect(root.querySelector('[data-cluster-id="contact:phone:+393296041177"]')).not.toBeNull();
    await click(button(root, messages.t('dashboard.damaged.delete')));
    await vi.waitFor(() => expect(root.querySelector('.damaged')).toBeNull());
    const left = (await (reopened as { ok: true; value: HistoryStore }).value.all()) as { ok: true; value: AdRecord[] };
    expect(left.value).toHaveLength(4);
  });

  it('imports a hostile bundle item by item: each refused ad with its reason, the honest one added, the page still working', async () => {
    const source = await storeWith([ADS[2]!, ADS[3]!]);
    const [job, evil] = ((await source.all()) as { ok: true; value: AdRecord[] }).value.sort((a, b) => (a.url < b.url ? -1 : 1));
    const hostile = [
      job!,
      { ...evil!, id: 'x1', report: { ...evil!.report, level: 'critical' } },
      { ...evil!, id: 'x2', url: 'javascript:alert(document.domain)', site: '' },
      { ...evil!, id: 'x3', url: 'data:text/html,<script>alert(1)</script>', site: '' },
      { ...evil!, id: 'x4', report: { ...evil!.report, flags: [{ ...evil!.report.flags[0]!, evidence: null }] } },
    ] as AdRecord[];
    const bundle = serializeBundle(await buildBundle(hostile, { createdAt: NOW }));
    const ours = await storeWith([]);
    const { root, rows } = await mount({ ok: true, value: ours });
    await chooseFile(root, { name: 'hostile.json', size: bundle.length, text: async () => bundle });
    await vi.waitFor(() => expect(root.querySelector('.import-summary')).not.toBeNull());
    expect(root.querySelector('.import-summary')?.textContent).toContain('1 ad added.');
    expect(root.querySelector('.import-summary')?.textContent).toContain(messages.t('dashboard.import.refusedCount', { n: 4 }));
    const refused = [...root.querySelectorAll('table.refused tbody tr')].map((tr) => [tr.querySelector('td')?.textContent, tr.querySelector('.reasons')?.textContent]);
    expect(refused).toEqual([
      ['x1', messages.t('dashboard.import.reason.value', { field: 'report.level', value: 'critical' })],
      ['x2', messages.t('dashboard.import.reason.url', { value: 'javascript:alert(document.domain)' })],
      ['x3', messages.t('dashboard.import.reason.url', { value: 'data:text/html,<script>alert(1)</script>' })],
      ['x4', messages.t('dashboard.import.reason.field', { field: 'report.flags[0].evidence' })],
    ]);
    // Page text and file content are shown as text: no element came from the file.
    expect(root.querySelector('script, img')).toBeNull();
    await click(root.querySelector('#tab-ads'));
    expect(rows()).toHaveLength(1);
    await click(rows()[0]!.querySelector('.ad-row-title button'));
    expect(rows()[0]!.querySelector('.chip-imported')?.textContent).toBe(messages.t('dashboard.ads.importedMark'));
    expect(rows()[0]!.querySelector('.ad-source')?.textContent).toContain('hostile.json');
    expect(rows()[0]!.querySelector<HTMLInputElement>('.review input[type="checkbox"]')?.checked).toBe(false);
  });

  it('refuses a file over 50 MB without reading it', async () => {
    const { root } = await mount({ ok: true, value: await storeWith([]) });
    const text = vi.fn(async () => '');
    await chooseFile(root, { name: 'huge.json', size: BUNDLE_LIMITS.bytes + 1, text });
    await vi.waitFor(() => expect(root.querySelector('.import-result .error')).not.toBeNull());
    expect(root.querySelector('.import-result')?.textContent).toContain(messages.t('dashboard.import.problem.too-large', { max: '50 MB' }));
    expect(text).not.toHaveBeenCalled();
  });

  it('links only http and https addresses: an ad seen on a saved page shows its address as text', async () => {
    const local = ad('file:///home/me/saved-listing.html', JOB, 'medium', 40, 'en', [flag(JOB, 'debt-fees', 'registration fee of 200 euro')]);
    const { root, rows } = await mount({ ok: true, value: await storeWith([local, ADS[0]!]) });
    const address = async (row: HTMLElement) => {
      await click(row.querySelector('.ad-row-title button'));
      const dd = row.querySelector('.facts dd');
      return [dd?.querySelector('a')?.getAttribute('href') ?? null, dd?.textContent];
    };
    const shown = [];
    for (const row of rows()) shown.push(await address(row));
    expect(shown).toHaveLength(2);
    expect(shown).toContainEqual(['https://annunci.example.it/torino', 'https://annunci.example.it/torino']);
    expect(shown).toContainEqual([null, 'file:///home/me/saved-listing.html']);
    expect(root.querySelector('.url-text')?.textContent).toBe('file:///home/me/saved-listing.html');
  });

  it('a row that cannot be drawn costs that row only, and offers to delete it', async () => {
    // The boundary logs what it caught for a bug report; not noise in the test output.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const good = ((await (await storeWith([ADS[2]!])).all()) as { ok: true; value: AdRecord[] }).value[0]!;
    const broken = { ...good, id: 'broken', report: { ...good.report, flags: [Object.defineProperty({ ...good.report.flags[0]! }, 'evidence', { get: () => { throw new Error('boom'); } })] } };
    const deleted: string[] = [];
    container = document.createElement('div');
    document.body.append(container);
    render(
      <MessagesContext.Provider value={messages}>
        <AdList
          records={[broken, good]}
          selected={new Set()}
          expanded="broken"
          onToggleSelect={() => undefined}
          onExpand={() => undefined}
          onReview={async () => null}
          onDelete={(id) => deleted.push(id)}
          onDismiss={() => undefined}
          confirmingDelete={null}
          onAskDelete={() => undefined}
        />
      </MessagesContext.Provider>,
      container,
    );
    await settle();
    const [first, second] = [...container.querySelectorAll<HTMLElement>('.ad-row')];
    expect(first?.querySelector('.row-failed')?.textContent).toContain(messages.t('dashboard.ads.rowFailed', { detail: 'boom' }));
    expect(second?.querySelector('.ad-row-title')?.textContent).toBe('Warehouse work in Germany');
    await click(button(first!, messages.t('dashboard.ads.deleteRow')));
    expect(deleted).toEqual(['broken']);
  });

  it('a part that throws shows what happened and "try again", and the rest of the page stays', async () => {
    // The boundary logs what it caught for a bug report; not noise in the test output.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let fail = true;
    const Part = () => {
      if (fail) throw new Error('boom');
      return <p class="part">fine</p>;
    };
    container = document.createElement('div');
    document.body.append(container);
    render(
      <MessagesContext.Provider value={messages}>
        <p class="other">other</p>
        <ErrorBoundary fallback={(error, retry) => <PartFailed error={error} retry={retry} />}>
          <Part />
        </ErrorBoundary>
      </MessagesContext.Provider>,
      container,
    );
    await settle();
    expect(container.querySelector('.part-failed')?.textContent).toContain(messages.t('dashboard.crash.body', { detail: 'boom' }));
    expect(container.querySelector('.other')).not.toBeNull();
    fail = false;
    await click(button(container, messages.t('dashboard.crash.retry')));
    expect(container.querySelector('.part')?.textContent).toBe('fine');
  });
});

describe('dashboard: one ad at a time (issue 14)', () => {
  const titleOf = (row: HTMLElement | undefined) => row?.querySelector('.ad-row-title')?.textContent ?? '';
  const rowTitled = (root: HTMLElement, title: string) => [...root.querySelectorAll<HTMLElement>('.ad-row')].find((row) => titleOf(row) === title)!;

  it('dismisses an ad: it leaves the list and the linked ads, stays stored, and comes back with "undo" or from the dismissed ads', async () => {
    const store = await storeWith(ADS);
    const { root, titles } = await mount({ ok: true, value: store });
    const rose = rowTitled(root, 'Nuova ragazza appena arrivata');
    await click(button(rose, messages.t('dashboard.ads.dismiss')));
    await vi.waitFor(() => expect(titles()).toHaveLength(3));
    expect(titles()).not.toContain('Nuova ragazza appena arrivata');
    expect(root.querySelector('.row-done')?.textContent).toContain(messages.t('dashboard.ads.dismissedDone', { title: 'Nuova ragazza appena arrivata' }));
    // Kept in the history, marked; and no longer linking the other ad of its phone.
    const stored = ((await store.all()) as { ok: true; value: AdRecord[] }).value;
    expect(stored).toHaveLength(4);
    expect(stored.find((r) => r.title === 'Nuova ragazza appena arrivata')?.dismissed).toBe(true);
    await click(root.querySelector('#tab-clusters'));
    expect(root.querySelector('[data-cluster-id="contact:phone:+393296041177"]')).toBeNull();
    await click(root.querySelector('#tab-ads'));
    // Undo, right where it was said.
    await click(button(root.querySelector<HTMLElement>('.row-done')!, messages.t('dashboard.ads.undo')));
    await vi.waitFor(() => expect(titles()).toHaveLength(4));
    expect(((await store.all()) as { ok: true; value: AdRecord[] }).value.every((r) => r.dismissed === undefined)).toBe(true);
    // Dismissed again, then found among the dismissed ads and restored from there.
    await click(button(rowTitled(root, 'Nuova ragazza appena arrivata'), messages.t('dashboard.ads.dismiss')));
    await vi.waitFor(() => expect(titles()).toHaveLength(3));
    const showDismissed = root.querySelector<HTMLInputElement>('.filter-dismissed input')!;
    expect(showDismissed.parentElement?.textContent).toBe(messages.tn('dashboard.filter.dismissed', 1));
    showDismissed.checked = true;
    showDismissed.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(titles()).toEqual(['Nuova ragazza appena arrivata']);
    await click(button(rowTitled(root, 'Nuova ragazza appena arrivata'), messages.t('dashboard.ads.restore')));
    await vi.waitFor(() => expect(titles()).toEqual([]));
    expect(((await store.all()) as { ok: true; value: AdRecord[] }).value.every((r) => r.dismissed === undefined)).toBe(true);
  });

  it('never exports the dismissed mark: it belongs to this browser\'s lists', async () => {
    const store = await storeWith(ADS.slice(0, 1));
    const [record] = ((await store.all()) as { ok: true; value: AdRecord[] }).value;
    await store.setDismissed(record!.id, true);
    const dismissed = ((await store.all()) as { ok: true; value: AdRecord[] }).value;
    const bundle = await buildBundle(dismissed);
    expect(Object.keys(bundle.items[0]!)).not.toContain('dismissed');
    expect((await verifyBundle(serializeBundle(bundle), { now: NOW })).ok).toBe(true);
  });

  it('deletes one ad only after a confirmation, and cancelling keeps it', async () => {
    const store = await storeWith(ADS);
    const { root, titles } = await mount({ ok: true, value: store });
    const job = () => rowTitled(root, 'Warehouse work in Germany');
    await click(button(job(), messages.t('dashboard.ads.delete')));
    const question = job().querySelector('[role="alertdialog"]');
    expect(question?.textContent).toContain(messages.t('dashboard.ads.deleteConfirm', { title: 'Warehouse work in Germany' }));
    await click(button(job(), messages.t('action.cancel')));
    expect(job().querySelector('[role="alertdialog"]')).toBeNull();
    expect(((await store.all()) as { ok: true; value: AdRecord[] }).value).toHaveLength(4);
    await click(button(job(), messages.t('dashboard.ads.delete')));
    await click(button(job(), messages.t('dashboard.ads.deleteYes')));
    await vi.waitFor(() => expect(titles()).toHaveLength(3));
    expect(titles()).not.toContain('Warehouse work in Germany');
    expect(((await store.all()) as { ok: true; value: AdRecord[] }).value.map((r) => r.title)).not.toContain('Warehouse work in Germany');
    expect(root.querySelector('.row-done')?.textContent).toContain(messages.tn('dashboard.ads.deleted', 1));
  });

  it('deletes the selected ads after a confirmation; with nothing selected the button is disabled', async () => {
    const store = await storeWith(ADS);
    const { root, titles } = await mount({ ok: true, value: store });
    const deleteSelected = () => button(root, messages.t('dashboard.ads.deleteSelected'))!;
    expect(deleteSelected().disabled).toBe(true);
    for (const title of ['Warehouse work in Germany', 'Lara, massaggi rilassanti']) {
      const box = rowTitled(root, title).querySelector<HTMLInputElement>('input.select')!;
      box.checked = true;
      box.dispatchEvent(new Event('change', { bubbles: true }));
      await settle();
    }
    expect(deleteSelected().disabled).toBe(false);
    await click(deleteSelected());
    expect(root.querySelector('#delete-selected-q')?.textContent).toBe(messages.tn('dashboard.ads.deleteSelectedConfirm', 2));
    await click(button(root.querySelector<HTMLElement>('.confirm')!, messages.t('dashboard.ads.deleteYes')));
    await vi.waitFor(() => expect(titles()).toHaveLength(2));
    expect(((await store.all()) as { ok: true; value: AdRecord[] }).value).toHaveLength(2);
    expect(root.querySelector('.count')?.textContent).toContain('0 selected');
  });

  it('lists a pair linked by a phone and by its text once, with both reasons and the true similarity and threshold', async () => {
    const body = 'Lavoro in magazzino a Verona, alloggio incluso, paga molto alta, nessuna esperienza richiesta, partenza subito con viaggio pagato, contratto di sei mesi, turni di notte e di giorno, scrivi solo su WhatsApp';
    const first = `${body} 329 604 1177`;
    // One word changed: near-identical, not identical (the old wording said "at least 100%" here).
    const second = `${body.replace('sei mesi', 'tre mesi')} 329 604 1177`;
    const alike = jaccard(shingleSet(first), shingleSet(second));
    const pair = [first, second].map((text, i) =>
      ad(`https://annunci.example.it/${i}`, text, 'high', 70, 'it', [flag(text, 'off-platform-contact', 'scrivi solo su WhatsApp')], [phone(text, '329 604 1177', '+393296041177')], `p${i}`),
    );
    const { root } = await mount({ ok: true, value: await storeWith(pair) });
    await click(root.querySelector('#tab-clusters'));
    const entries = [...root.querySelectorAll<HTMLElement>('.cluster')];
    expect(entries).toHaveLength(1);
    const heading = entries[0]!.querySelector('h3')?.textContent ?? '';
    expect(heading).toContain('Same phone: +393296041177');
    expect(alike).toBeGreaterThan(DUPLICATE_THRESHOLD);
    expect(alike).toBeLessThan(1);
    expect(heading).toContain(`Nearly identical text: ${Math.floor(alike * 100)}% of the wording in common`);
    expect(heading).toContain(`Faro links texts from ${Math.round(DUPLICATE_THRESHOLD * 100)}%`);
    expect(heading).not.toContain('at least 100%');
    expect(entries[0]!.classList.contains('cluster-shared-contact') && entries[0]!.classList.contains('cluster-duplicate-text')).toBe(true);
  });

  it('"delete old ads" leads to the stored ads, oldest first: a link from the options and the popup, a button here', async () => {
    container = document.createElement('div');
    document.body.append(container);
    const quota = { kind: 'quota' as const, message: 'QuotaExceededError', at: NOW.toISOString() };
    render(
      <MessagesContext.Provider value={messages}>
        <HistoryProblemNotice problem={quota} dashboardHref="dashboard.html" />
      </MessagesContext.Provider>,
      container,
    );
    const link = container.querySelector<HTMLAnchorElement>('a.oldest-ads');
    expect(link?.textContent).toBe(messages.t('dashboard.storage.showOldest'));
    expect(link?.getAttribute('href')).toBe('dashboard.html#oldest');
    render(null, container);
    container.remove();

    const old = await storeWith([ADS[2]!], '2027-01-01T00:00:00Z');
    await old.record([ADS[3]!]);
    const { titles } = await mount({ ok: true, value: old }, 'oldest');
    expect(titles()).toEqual(['Warehouse work in Germany', `${INJECTION} Hostess job`]);
  });
});
