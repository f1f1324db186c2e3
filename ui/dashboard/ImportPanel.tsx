import { useState } from 'preact/hooks';
import { BUNDLE_LIMITS, type FileProblem, type ImportOutcome, type ImportReport, type ItemReason } from '@/utils/evidence';
import { useMessages } from '../messages';
import { StorageError } from './HistoryNotice';

export interface ImportPanelProps {
  /** Imports the file's text; `file` is its name, recorded with every ad it adds. */
  onImport: (json: string, file: string) => Promise<ImportOutcome>;
}

/** Longest rendering of a conflicting value: enough to compare, not a wall of text. */
const MAX_SHOWN = 300;
/** Refused items listed one by one; a hostile file of 20,000 gets a count for the rest. */
const MAX_REFUSED_ROWS = 100;

function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : value === undefined ? '—' : JSON.stringify(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

function useMegabytes(): (bytes: number) => string {
  const m = useMessages();
  return (bytes) => new Intl.NumberFormat(m.lang, { style: 'unit', unit: 'megabyte' }).format(bytes / 1024 / 1024);
}

function Problem({ problem }: { problem: FileProblem }) {
  const m = useMessages();
  const megabytes = useMegabytes();
  switch (problem.kind) {
    case 'not-json':
    case 'not-a-bundle':
      return <li>{m.t(`dashboard.import.problem.${problem.kind}`, { detail: problem.message })}</li>;
    case 'too-large':
      return <li>{m.t('dashboard.import.problem.too-large', { max: megabytes(problem.max) })}</li>;
    case 'too-many-items':
      return <li>{m.t('dashboard.import.problem.too-many-items', { max: m.formatNumber(problem.max) })}</li>;
  }
}

/** Why one item was refused, in words. */
function Reason({ reason }: { reason: ItemReason }) {
  const m = useMessages();
  switch (reason.kind) {
    case 'field':
    case 'date':
    case 'future':
    case 'span':
      return <li>{m.t(`dashboard.import.reason.${reason.kind}`, { field: reason.field })}</li>;
    case 'value':
      return <li>{m.t('dashboard.import.reason.value', { field: reason.field, value: reason.value })}</li>;
    case 'url':
      return <li>{m.t('dashboard.import.reason.url', { value: reason.value })}</li>;
    case 'too-long':
      return <li>{m.t('dashboard.import.reason.too-long', { field: reason.field, max: m.formatNumber(reason.max) })}</li>;
    case 'date-order':
    case 'text-hash':
    case 'item-hash':
    case 'duplicate':
      return <li>{m.t(`dashboard.import.reason.${reason.kind}`)}</li>;
  }
}

function Report({ outcome }: { outcome: ImportReport }) {
  const m = useMessages();
  const { added, kept, refused, recomputed, dropped, conflicts, manifestMatches } = outcome;
  return (
    <>
      <p class="import-summary">
        {m.tn('dashboard.import.added', added.length)} {m.tn('dashboard.import.kept', kept.length)}{' '}
        {refused.length > 0 && m.tn('dashboard.import.refusedCount', refused.length)}
      </p>
      <p class="small">{m.t('dashboard.import.reviewNotImported')}</p>
      {!manifestMatches && <p class="error manifest-changed">{m.t('dashboard.import.manifestChanged')}</p>}
      {refused.length > 0 && (
        <>
          <h3>{m.tn('dashboard.import.refusedHeading', refused.length)}</h3>
          <div class="table-wrap">
            <table class="refused">
              <thead>
                <tr>
                  <th scope="col">{m.t('dashboard.import.col.ad')}</th>
                  <th scope="col">{m.t('dashboard.import.col.reasons')}</th>
                </tr>
              </thead>
              <tbody>
                {refused.slice(0, MAX_REFUSED_ROWS).map((item) => (
                  <tr key={item.index}>
                    <td class="hash">{item.id || `#${item.index + 1}`}</td>
                    <td>
                      <ul class="reasons">
                        {item.reasons.map((reason, i) => (
                          <Reason key={i} reason={reason} />
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {refused.length > MAX_REFUSED_ROWS && <p class="small">{m.t('dashboard.import.moreRefused', { n: m.formatNumber(refused.length - MAX_REFUSED_ROWS) })}</p>}
        </>
      )}
      {recomputed.length > 0 && <p class="small recomputed">{m.tn('dashboard.import.recomputed', recomputed.length)}</p>}
      {dropped.length > 0 && (
        <p class="small dropped">{m.tn('dashboard.import.dropped', dropped.length, { fields: [...new Set(dropped.flatMap((d) => d.fields))].slice(0, 10).join(', ') })}</p>
      )}
      {conflicts.length > 0 && (
        <>
          <h3>{m.tn('dashboard.import.conflicts', conflicts.length)}</h3>
          <p>{m.t('dashboard.import.conflictsHelp')}</p>
          <div class="table-wrap">
            <table class="conflicts">
              <thead>
                <tr>
                  <th scope="col">{m.t('dashboard.import.col.ad')}</th>
                  <th scope="col">{m.t('dashboard.import.col.field')}</th>
                  <th scope="col">{m.t('dashboard.import.col.ours')}</th>
                  <th scope="col">{m.t('dashboard.import.col.theirs')}</th>
                </tr>
              </thead>
              <tbody>
                {conflicts.map((c, i) => (
                  <tr key={i}>
                    <td class="hash">{c.id}</td>
                    <td>{c.field}</td>
                    <td>{shown(c.ours)}</td>
                    <td>{shown(c.theirs)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}

type Shown = ImportOutcome | { ok: false; unreadable: string };

/**
 * A colleague's evidence bundle, added to this history (issue 12): checked item by item, what passes and
 * is new is added, what is already here stays as it is (the differences are listed), what fails is
 * refused with its reasons. A file over the size limit is refused before it is read.
 */
export function ImportPanel({ onImport }: ImportPanelProps) {
  const m = useMessages();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Shown | null>(null);
  const choose = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome(file.size > BUNDLE_LIMITS.bytes ? { ok: false, problems: [{ kind: 'too-large', max: BUNDLE_LIMITS.bytes }] } : await onImport(await file.text(), file.name));
    } catch (error) {
      setOutcome({ ok: false, unreadable: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
      input.value = '';
    }
  };
  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">{m.t('dashboard.import.heading')}</h2>
      <p>{m.t('dashboard.import.intro')}</p>
      <label for="import-file">{m.t('dashboard.import.choose')}</label>
      <input id="import-file" type="file" accept=".json,application/json" onChange={choose} disabled={busy} />
      <div aria-live="polite" class="import-result">
        {busy && <p>{m.t('dashboard.import.busy')}</p>}
        {outcome && !outcome.ok && 'unreadable' in outcome && <p class="error">{m.t('dashboard.import.unreadable', { detail: outcome.unreadable })}</p>}
        {outcome && !outcome.ok && 'problems' in outcome && (
          <div class="error">
            <p>{m.t('dashboard.import.refused')}</p>
            <ul>
              {outcome.problems.map((p, i) => (
                <Problem key={i} problem={p} />
              ))}
            </ul>
          </div>
        )}
        {outcome && !outcome.ok && 'storage' in outcome && <StorageError error={outcome.storage} />}
        {outcome?.ok && <Report outcome={outcome} />}
      </div>
    </section>
  );
}
