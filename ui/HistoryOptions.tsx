import { useState } from 'preact/hooks';
import type { HistoryProblem } from '@/utils/casework/history-problem';
import type { HistorySettings } from '@/utils/casework/history-settings';
import { RETENTION_DAYS, type HistoryError, type HistoryResult } from '@/utils/history';
import { StorageError } from './dashboard/HistoryNotice';
import { HistoryProblemNotice } from './HistoryProblem';
import { useMessages } from './messages';

export interface HistoryOptionsProps {
  history: HistorySettings;
  onChange: (change: Partial<HistorySettings>) => void;
  /** Deletes the whole history database (with history on or off). */
  onDelete: () => Promise<HistoryResult<void>>;
  /** The last failure to save, kept by the background. */
  problem: HistoryProblem | null;
  dashboardHref: string;
}

type Deletion = { step: 'idle' } | { step: 'confirm' } | { step: 'busy' } | { step: 'done' } | { step: 'failed'; error: HistoryError };

/** The options' History fieldset (issue 5): opt-in, what to keep, for how long, and deleting it all. */
export function HistoryOptions({ history, onChange, onDelete, problem, dashboardHref }: HistoryOptionsProps) {
  const m = useMessages();
  const [deletion, setDeletion] = useState<Deletion>({ step: 'idle' });
  const remove = async () => {
    setDeletion({ step: 'busy' });
    const result = await onDelete().catch((error: unknown) => ({ ok: false as const, error: { kind: 'unknown' as const, message: String(error) } }));
    setDeletion(result.ok ? { step: 'done' } : { step: 'failed', error: result.error });
  };
  return (
    <fieldset class="history-options">
      <legend>{m.t('options.history')}</legend>
      <p class="small">{m.t('options.historyIntro')}</p>
      <p class="small shared-device">
        <strong>{m.t('options.historySharedDevice')}</strong>
      </p>
      <label class="choice">
        <input type="checkbox" id="opt-history" checked={history.enabled} onChange={(e) => onChange({ enabled: (e.target as HTMLInputElement).checked })} />
        <span>{m.t('options.historyEnabled')}</span>
      </label>
      <div role="group" aria-labelledby="opt-history-keep">
        <p id="opt-history-keep" class="small">
          {m.t('options.historyKeep')}
        </p>
        {(['risky', 'all'] as const).map((keep) => (
          <label class="choice" key={keep}>
            <input type="radio" name="historyKeep" value={keep} disabled={!history.enabled} checked={history.keep === keep} onChange={() => onChange({ keep })} />
            <span>{m.t(`options.historyKeep.${keep}`)}</span>
          </label>
        ))}
      </div>
      <label for="opt-retention">{m.t('options.historyRetention')}</label>{' '}
      <select
        id="opt-retention"
        value={String(history.retentionDays)}
        disabled={!history.enabled}
        onChange={(e) => onChange({ retentionDays: Number((e.target as HTMLSelectElement).value) })}
      >
        {RETENTION_DAYS.map((days) => (
          <option key={days} value={String(days)}>
            {m.t(`options.retention.${days}`)}
          </option>
        ))}
      </select>
      <HistoryProblemNotice problem={history.enabled ? problem : null} />
      <p>
        <a href={dashboardHref} target="_blank" rel="noopener">
          {m.t('sidepanel.dashboard')}
        </a>
      </p>
      <div class="history-delete">
        {deletion.step === 'confirm' ? (
          <div role="alertdialog" aria-labelledby="opt-delete-question">
            <p id="opt-delete-question">{m.t('options.historyDeleteConfirm')}</p>
            <button type="button" class="danger" onClick={() => void remove()}>
              {m.t('options.historyDeleteYes')}
            </button>{' '}
            <button type="button" onClick={() => setDeletion({ step: 'idle' })}>
              {m.t('action.cancel')}
            </button>
          </div>
        ) : (
          <button type="button" disabled={deletion.step === 'busy'} onClick={() => setDeletion({ step: 'confirm' })}>
            {m.t('options.historyDelete')}
          </button>
        )}
        <div role="status" aria-live="polite">
          {deletion.step === 'done' && <p class="deleted">{m.t('options.historyDeleted')}</p>}
          {deletion.step === 'failed' && (
            <>
              <p class="error">{m.t('options.historyDeleteFailed')}</p>
              <StorageError error={deletion.error} />
            </>
          )}
        </div>
      </div>
    </fieldset>
  );
}
