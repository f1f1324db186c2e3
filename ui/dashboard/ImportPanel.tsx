import { useState } from 'preact/hooks';
import type { BundleProblem, ImportOutcome } from '@/utils/evidence';
import { useMessages } from '../messages';
import { StorageError } from './HistoryNotice';

export interface ImportPanelProps {
  onImport: (json: string) => Promise<ImportOutcome>;
}

/** Longest rendering of a conflicting value: enough to compare, not a wall of text. */
const MAX_SHOWN = 300;

function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : value === undefined ? '—' : JSON.stringify(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

function Problem({ problem }: { problem: BundleProblem }) {
  const m = useMessages();
  switch (problem.kind) {
    case 'not-json':
    case 'not-a-bundle':
      return <li>{m.t(`dashboard.import.problem.${problem.kind}`, { detail: problem.message })}</li>;
    case 'text-hash':
    case 'item-hash':
      return <li>{m.t(`dashboard.import.problem.${problem.kind}`, { id: problem.id })}</li>;
    case 'manifest-hash':
      return <li>{m.t('dashboard.import.problem.manifest-hash')}</li>;
  }
}

/**
 * A colleague's evidence bundle, merged into this history. Nothing is overwritten silently: what differs
 * is listed as a conflict (ours kept, theirs shown) for a person to decide.
 */
export function ImportPanel({ onImport }: ImportPanelProps) {
  const m = useMessages();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcome | { ok: false; unreadable: string } | null>(null);
  const choose = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome(await onImport(await file.text()));
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
        {outcome?.ok && (
          <>
            <p class="import-summary">
              {m.tn('dashboard.import.added', outcome.added.length)} {m.tn('dashboard.import.merged', outcome.merged.length)}{' '}
              {m.tn('dashboard.import.unchanged', outcome.unchanged.length)}
            </p>
            {outcome.conflicts.length > 0 && (
              <>
                <h3>{m.tn('dashboard.import.conflicts', outcome.conflicts.length)}</h3>
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
                      {outcome.conflicts.map((c, i) => (
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
        )}
      </div>
    </section>
  );
}
