import { useState } from 'preact/hooks';
import type { HistoryError, HistoryResult } from '@/utils/history';
import { StorageError } from './dashboard/HistoryNotice';
import { useMessages } from './messages';

/**
 * An action that deletes and cannot be undone (delete the history, turn history off, the popup's quick
 * wipe): asked for, confirmed in words that say what goes, run, and its outcome said. One state machine
 * and one look for all of them.
 */
export type ConfirmStep = { step: 'idle' } | { step: 'confirm' } | { step: 'busy' } | { step: 'done' } | { step: 'failed'; error: HistoryError };

export interface Confirmed {
  state: ConfirmStep;
  ask: () => void;
  cancel: () => void;
  confirm: () => Promise<void>;
}

export function useConfirmed(run: () => Promise<HistoryResult<unknown>>): Confirmed {
  const [state, setState] = useState<ConfirmStep>({ step: 'idle' });
  return {
    state,
    ask: () => setState({ step: 'confirm' }),
    cancel: () => setState({ step: 'idle' }),
    confirm: async () => {
      setState({ step: 'busy' });
      const result = await run().catch((error: unknown) => ({ ok: false as const, error: { kind: 'unknown' as const, message: String(error) } }));
      setState(result.ok ? { step: 'done' } : { step: 'failed', error: result.error });
    },
  };
}

/** The question, with "yes" (in words that say what happens) and "cancel". */
export function ConfirmQuestion({ id, question, yes, action, children }: { id: string; question: string; yes: string; action: Confirmed; children?: preact.ComponentChildren }) {
  const m = useMessages();
  return (
    <div role="alertdialog" aria-labelledby={id} class="confirm">
      <p id={id}>{question}</p>
      {children}
      <button type="button" class="danger" onClick={() => void action.confirm()}>
        {yes}
      </button>{' '}
      <button type="button" onClick={action.cancel}>
        {m.t('action.cancel')}
      </button>
    </div>
  );
}

/** What came of it, announced to screen readers. */
export function ConfirmOutcome({ state, done, failed }: { state: ConfirmStep; done: string; failed: string }) {
  return (
    <div role="status" aria-live="polite">
      {state.step === 'done' && <p class="deleted">{done}</p>}
      {state.step === 'failed' && (
        <>
          <p class="error">{failed}</p>
          <StorageError error={state.error} />
        </>
      )}
    </div>
  );
}
