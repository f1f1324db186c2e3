import { useEffect, useMemo, useState } from 'preact/hooks';
import { linkAds, type Cluster } from '@/engine/link/index';
import { splitDamaged } from '@/utils/casework/damaged';
import { EMPTY_FILTER, facets, filterAds, type AdFilter, type SortKey } from '@/utils/casework/filter';
import { buildBundle, serializeBundle } from '@/utils/evidence/bundle';
import { importBundle, type ImportOutcome } from '@/utils/evidence/merge';
import { asLinkable, historyClusters, type AdRecord, type HistoryError, type HistoryResult, type HistoryStore, type Review } from '@/utils/history';
import { Tabs } from '../Tabs';
import { useMessages } from '../messages';
import { AdFilters } from './AdFilters';
import { AdList, answered } from './AdList';
import { ConfirmQuestion } from '../Confirm';
import { ClusterList, type ClusterView } from './ClusterList';
import { ErrorBoundary, PartFailed } from './ErrorBoundary';
import { HistoryNotice, StorageError } from './HistoryNotice';
import { ImportPanel } from './ImportPanel';

export interface DownloadFile {
  name: string;
  type: string;
  text: string;
}

export interface DashboardProps {
  /** The opened history, or why it is not there (turned off, a storage error). */
  history: HistoryResult<HistoryStore>;
  /** Where the user turns history on. */
  optionsHref: string;
  /** Saves an export (the page does it through a Blob URL). */
  onDownload: (file: DownloadFile) => void;
  /** Written into bundles, e.g. "Faro 0.1.0". */
  generator?: string;
  now?: () => Date;
  /** The list's first order: `oldest` when the page was opened to delete old ads (storage full). */
  initialSort?: SortKey;
}

/** Rows drawn at once; more on request, so that 10,000 stored ads stay responsive. */
const PAGE = 100;

/** "20260314-021500": a file name part, in UTC like the bundle's times. */
const stamp = (date: Date) => date.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
const localHour = (iso: string) => new Date(iso).getHours();
const safe = (text: string) => text.replace(/[^\w+.-]+/g, '_').slice(0, 60);

const guarded = (part: preact.ComponentChildren) => <ErrorBoundary fallback={(error, retry) => <PartFailed error={error} retry={retry} />}>{part}</ErrorBoundary>;

/**
 * The local history for outreach workers and moderators: stored ads, clusters, review, export and import.
 * Whatever a stored record holds, the page keeps working (issue 12): damaged records are set apart,
 * each panel and each row has its own error boundary, and so has the whole.
 */
export function Dashboard(props: DashboardProps) {
  return (
    <ErrorBoundary
      fallback={(error, retry) => (
        <Shell>
          <PartFailed error={error} retry={retry} />
        </Shell>
      )}
    >
      <DashboardView {...props} />
    </ErrorBoundary>
  );
}

function DashboardView({ history, optionsHref, onDownload, generator = 'Faro', now = () => new Date(), initialSort = 'lastSeen' }: DashboardProps) {
  const m = useMessages();
  const store = history.ok ? history.value : null;
  const [records, setRecords] = useState<AdRecord[] | null>(null);
  const [error, setError] = useState<HistoryError | null>(history.ok ? null : history.error);
  const [tab, setTab] = useState('ads');
  const [filter, setFilter] = useState<AdFilter>({ ...EMPTY_FILTER, sort: initialSort });
  const [confirmingDelete, setConfirmingDelete] = useState<string | null>(null);
  const [confirmingBulk, setConfirmingBulk] = useState(false);
  /** What the last dismissal or deletion did, said in the status line; a dismissal can be undone from there. */
  const [done, setDone] = useState<{ text: string; undo?: () => void } | null>(null);
  const [only, setOnly] = useState<{ label: string; ids: ReadonlySet<string> } | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [expanded, setExpanded] = useState<string | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const [exported, setExported] = useState<{ ok: boolean; text: string } | null>(null);
  const [damaged, setDamaged] = useState<string[]>([]);

  const load = async () => {
    if (!store) return;
    const all = await store.all();
    if (all.ok) {
      // Checked like an import (utils/casework/damaged.ts): a damaged record is set apart, never drawn.
      const split = splitDamaged(all.value);
      setRecords(split.records);
      setDamaged(split.damaged);
      setError(null);
    } else setError(all.error);
  };

  const remove = async (ids: readonly string[]) => {
    if (!store) return;
    const deleted = await store.deleteIds(ids);
    if (deleted.ok) {
      setSelected((chosen) => new Set([...chosen].filter((id) => !ids.includes(id))));
      setDone({ text: m.tn('dashboard.ads.deleted', deleted.value) });
      await load();
    } else setError(deleted.error);
  };

  const dismiss = async (id: string, dismissed: boolean) => {
    if (!store) return;
    const saved = await store.setDismissed(id, dismissed);
    if (!saved.ok) return setError(saved.error);
    setRecords((list) => (list ?? []).map((r) => (r.id === id ? saved.value : r)));
    setSelected((chosen) => new Set([...chosen].filter((chosenId) => chosenId !== id)));
    const title = saved.value.title || m.t('report.untitled');
    setDone(dismissed ? { text: m.t('dashboard.ads.dismissedDone', { title }), undo: () => void dismiss(id, false) } : { text: m.t('dashboard.ads.restoredDone', { title }) });
  };
  useEffect(() => void load(), [store]);

  const clusters = useMemo((): ClusterView[] => {
    const list = records ?? [];
    const byId = new Map(list.map((r) => [r.id, r]));
    // Hours in the reader's time zone: "most posted between 1 and 4 a.m." is read as local time. A dismissed
    // ad has left the lists: it links nothing until restored.
    return historyClusters(
      list.filter((r) => r.dismissed !== true),
      localHour,
    ).map((summary) => ({
      summary,
      records: summary.cluster.adIds.map((id) => byId.get(id)).filter((r): r is AdRecord => r !== undefined),
    }));
  }, [records]);
  const shown = useMemo(() => {
    const pool = only ? (records ?? []).filter((r) => only.ids.has(r.id)) : (records ?? []);
    return filterAds(pool, filter);
  }, [records, filter, only]);
  const menu = useMemo(() => facets(records ?? []), [records]);

  if (!store) return <Shell>{error && <HistoryNotice error={error} optionsHref={optionsHref} />}</Shell>;

  const showOldest = () => {
    setFilter((f) => ({ ...f, sort: 'oldest' }));
    setTab('ads');
  };

  const exportRecords = async (chosen: AdRecord[], format: 'json' | 'csv', subject: string, linked?: Cluster[]) => {
    const at = now();
    const name = `faro-${safe(subject)}-${stamp(at)}.${format}`;
    try {
      if (format === 'csv') {
        // The CSV writer is loaded when asked for: the page works without it.
        const { toCsv } = await import('@/utils/evidence/csv');
        onDownload({ name, type: 'text/csv;charset=utf-8', text: toCsv(chosen) });
      } else {
        const bundle = await buildBundle(chosen, { createdAt: at, generator, subject, clusters: linked ?? linkAds(chosen.map(asLinkable)).clusters });
        onDownload({ name, type: 'application/json', text: serializeBundle(bundle) });
      }
      setExported({ ok: true, text: m.tn('dashboard.export.done', chosen.length, { file: name }) });
    } catch (err) {
      setExported({ ok: false, text: m.t('dashboard.export.failed', { error: err instanceof Error ? err.message : String(err) }) });
    }
  };

  const review = async (id: string, value: Review): Promise<string | null> => {
    const saved = await store.setReview(id, value);
    if (!saved.ok) return m.t(`dashboard.storage.${saved.error.kind}`);
    setRecords((list) => (list ?? []).map((r) => (r.id === id ? saved.value : r)));
    return null;
  };

  const importFile = async (json: string, file: string): Promise<ImportOutcome> => {
    const outcome = await importBundle(store, json, { file, now: now() });
    if (outcome.ok) await load();
    return outcome;
  };

  const showCluster = ({ summary: { cluster } }: ClusterView) => {
    setOnly({ label: cluster.kind === 'shared-contact' ? cluster.contact.value : m.t('dashboard.cluster.duplicateShort'), ids: new Set(cluster.adIds) });
    setSelected(new Set(cluster.adIds));
    setTab('ads');
  };

  const selectedRecords = (records ?? []).filter((r) => selected.has(r.id));
  const allShownSelected = shown.length > 0 && shown.every((r) => selected.has(r.id));

  const adsPanel = (
    <section aria-labelledby="ads-heading">
      <h2 id="ads-heading" class="sr-only">
        {m.t('dashboard.tab.ads')}
      </h2>
      <AdFilters filter={filter} facets={menu} onChange={(change) => setFilter((f) => ({ ...f, ...change }))} />
      {only && (
        <p class="notice only">
          {m.t('dashboard.ads.onlyCluster', { cluster: only.label })}{' '}
          <button type="button" class="link-button" onClick={() => setOnly(null)}>
            {m.t('dashboard.ads.showAll')}
          </button>
        </p>
      )}
      <div class="toolbar">
        <p aria-live="polite" class="count">
          {m.t('dashboard.ads.count', { shown: m.formatNumber(shown.length), total: m.formatNumber(records?.length ?? 0) })}{' '}
          {m.tn('dashboard.ads.selected', selected.size)}
        </p>
        <label class="toggle">
          <input
            type="checkbox"
            checked={allShownSelected}
            disabled={shown.length === 0}
            onChange={(e) => {
              const on = (e.target as HTMLInputElement).checked;
              const next = new Set(selected);
              for (const r of shown) on ? next.add(r.id) : next.delete(r.id);
              setSelected(next);
            }}
          />
          {m.t('dashboard.ads.selectShown')}
        </label>
        <div class="row">
          <button type="button" class="primary" disabled={selected.size === 0} onClick={() => void exportRecords(selectedRecords, 'json', 'selection')}>
            {m.t('dashboard.export.json')}
          </button>
          <button type="button" disabled={selected.size === 0} onClick={() => void exportRecords(selectedRecords, 'csv', 'selection')}>
            {m.t('dashboard.export.csv')}
          </button>
          <button type="button" class="danger-outline" disabled={selected.size === 0} onClick={() => setConfirmingBulk(true)}>
            {m.t('dashboard.ads.deleteSelected')}
          </button>
          <button type="button" onClick={() => void load()}>
            {m.t('dashboard.reload')}
          </button>
        </div>
      </div>
      {confirmingBulk && selected.size > 0 && (
        <ConfirmQuestion
          id="delete-selected-q"
          question={m.tn('dashboard.ads.deleteSelectedConfirm', selected.size)}
          yes={m.t('dashboard.ads.deleteYes')}
          action={answered(
            () => {
              setConfirmingBulk(false);
              void remove([...selected]);
            },
            () => setConfirmingBulk(false),
          )}
        />
      )}
      <p role="status" class="saved row-done">
        {done?.text ?? ''}{' '}
        {done?.undo && (
          <button
            type="button"
            class="link-button"
            onClick={() => {
              const undo = done.undo;
              setDone(null);
              undo?.();
            }}
          >
            {m.t('dashboard.ads.undo')}
          </button>
        )}
      </p>
      {records === null ? (
        <p>{m.t('dashboard.loading')}</p>
      ) : records.length === 0 ? (
        <p>{m.t('dashboard.ads.empty')}</p>
      ) : shown.length === 0 ? (
        <p>{m.t('dashboard.ads.noMatch')}</p>
      ) : (
        <>
          <AdList
            records={shown.slice(0, limit)}
            selected={selected}
            expanded={expanded}
            onToggleSelect={(id, on) => {
              const next = new Set(selected);
              on ? next.add(id) : next.delete(id);
              setSelected(next);
            }}
            onExpand={setExpanded}
            onReview={review}
            onDelete={(id) => {
              setConfirmingDelete(null);
              void remove([id]);
            }}
            onDismiss={(id, dismissed) => void dismiss(id, dismissed)}
            confirmingDelete={confirmingDelete}
            onAskDelete={setConfirmingDelete}
          />
          {shown.length > limit && (
            <button type="button" onClick={() => setLimit(limit + PAGE)}>
              {m.t('dashboard.ads.more', { n: m.formatNumber(Math.min(PAGE, shown.length - limit)) })}
            </button>
          )}
        </>
      )}
    </section>
  );

  return (
    <Shell>
      {error && <StorageError error={error} oldest={{ show: showOldest }} />}
      {damaged.length > 0 && (
        <div class="notice damaged" role="alert">
          <p>{m.tn('dashboard.damaged', damaged.length)}</p>
          <button type="button" onClick={() => void remove(damaged)}>
            {m.t('dashboard.damaged.delete')}
          </button>
        </div>
      )}
      <p role="status" class={exported?.ok === false ? 'error' : 'saved'}>
        {exported?.text ?? ''}
      </p>
      <Tabs
        label={m.t('dashboard.sections')}
        selected={tab}
        onSelect={setTab}
        tabs={[
          { id: 'ads', label: m.t('dashboard.tab.ads'), panel: guarded(adsPanel) },
          {
            id: 'clusters',
            label: m.tn('dashboard.tab.clusters', clusters.length),
            panel: guarded(
              <section aria-labelledby="clusters-heading">
                <h2 id="clusters-heading">{m.t('dashboard.cluster.heading')}</h2>
                <p class="small muted">{m.t('dashboard.cluster.intro')}</p>
                <ClusterList
                  clusters={clusters}
                  onShowAds={showCluster}
                  onExport={(view, format) => void exportRecords(view.records, format, view.summary.cluster.id, view.summary.reasons)}
                />
              </section>
            ),
          },
          { id: 'import', label: m.t('dashboard.tab.import'), panel: guarded(<ImportPanel onImport={importFile} />) },
        ]}
      />
    </Shell>
  );
}

function Shell({ children }: { children: preact.ComponentChildren }) {
  const m = useMessages();
  return (
    <main class="dashboard">
      <header class="top">
        <h1>
          <span aria-hidden="true">◉</span> {m.t('dashboard.title')}
        </h1>
      </header>
      <p class="tagline small">{m.t('dashboard.tagline')}</p>
      {children}
      <p class="small muted disclaimer">{m.t('dashboard.disclaimer')}</p>
    </main>
  );
}
