import { useEffect } from 'preact/hooks';
import type { HistoryProblem } from '@/utils/casework/history-problem';
import type { HistorySettings } from '@/utils/casework/history-settings';
import { RETENTION_DAYS, type HistoryResult } from '@/utils/history';
import { ConfirmOutcome, ConfirmQuestion, useConfirmed } from './Confirm';
import { HistoryProblemNotice } from './HistoryProblem';
import { useMessages } from './messages';

export interface HistoryOptionsProps {
  history: HistorySettings;
  onChange: (change: Partial<HistorySettings>) => void;
  /** Deletes the whole history database (with history on or off). */
  onDelete: () => Promise<HistoryResult<void>>;
  /** Turns history off and deletes it: the options promise no trace, so off means gone. */
  onTurnOff: () => Promise<HistoryResult<void>>;
  /** The last failure to save, kept by the background. */
  problem: HistoryProblem | null;
  dashboardHref: string;
}

/** The options' History fieldset (issue 5): opt-in, what to keep, for how long, and deleting it all. */
export function HistoryOptions({ history, onChange, onDelete, onTurnOff, problem, dashboardHref }: HistoryOptionsProps) {
  const m = useMessages();
  const deletion = useConfirmed(onDelete);
  const turnOff = useConfirmed(onTurnOff);
  // Turned on again: what was said about turning it off no longer applies.
  useEffect(() => {
    if (history.enabled) turnOff.cancel();
  }, [history.enabled]);
  return (
    <fieldset class="history-options">
      <legend>{m.t('options.history')}</legend>
      <p class="small">{m.t('options.historyIntro')}</p>
      <p class="small shared-device">
        <strong>{m.t('options.historySharedDevice')}</strong>
      </p>
      <label class="choice">
        <input
          type="checkbox"
          id="opt-history"
          checked={history.enabled}
          disabled={turnOff.state.step === 'busy'}
          onChange={(e) => {
            const input = e.target as HTMLInputElement;
            if (input.checked) return onChange({ enabled: true });
            // Off means deleted (issue 12): it stays on until the person has read that and said yes.
            input.checked = true;
            turnOff.ask();
          }}
        />
        <span>{m.t('options.historyEnabled')}</span>
      </label>
      {turnOff.state.step === 'confirm' && <ConfirmQuestion id="opt-off-question" question={m.t('options.historyOffConfirm')} yes={m.t('options.historyOffYes')} action={turnOff} />}
      <ConfirmOutcome state={turnOff.state} done={m.t('options.historyDeleted')} failed={m.t('options.historyDeleteFailed')} />
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
      <HistoryProblemNotice problem={history.enabled ? problem : null} dashboardHref={dashboardHref} />
      <p>
        <a href={dashboardHref} target="_blank" rel="noopener">
          {m.t('sidepanel.dashboard')}
        </a>
      </p>
      <div class="history-delete">
        {deletion.state.step === 'confirm' ? (
          <ConfirmQuestion id="opt-delete-question" question={m.t('options.historyDeleteConfirm')} yes={m.t('options.historyDeleteYes')} action={deletion} />
        ) : (
          <button type="button" disabled={deletion.state.step === 'busy'} onClick={deletion.ask}>
            {m.t('options.historyDelete')}
          </button>
        )}
        <ConfirmOutcome state={deletion.state} done={m.t('options.historyDeleted')} failed={m.t('options.historyDeleteFailed')} />
      </div>
    </fieldset>
  );
}
