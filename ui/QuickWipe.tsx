import type { HistoryResult } from '@/utils/history';
import { ConfirmOutcome, ConfirmQuestion, useConfirmed } from './Confirm';
import { useMessages } from './messages';

export interface QuickWipeProps {
  /** Deletes the history and every tab's results (the background's `wipe`). */
  onWipe: () => Promise<HistoryResult<void>>;
  /** Told once the wipe is done, so that the popup stops showing what it had. */
  onWiped?: () => void;
}

/**
 * The popup's quick wipe (issue 12): for a person on a shared or watched device, one click and a
 * confirmation remove what Faro keeps (the history, the results of open tabs). Faro cannot clear the
 * browser's own history of visited pages; the confirmation says where that is done.
 */
export function QuickWipe({ onWipe, onWiped }: QuickWipeProps) {
  const m = useMessages();
  const wipe = useConfirmed(async () => {
    const result = await onWipe();
    if (result.ok) onWiped?.();
    return result;
  });
  return (
    <section class="quick-wipe" aria-label={m.t('wipe.button')}>
      {wipe.state.step === 'confirm' ? (
        <ConfirmQuestion id="wipe-question" question={m.t('wipe.confirm')} yes={m.t('wipe.yes')} action={wipe}>
          <p class="small">{m.t('wipe.browserHint')}</p>
        </ConfirmQuestion>
      ) : (
        <button type="button" class="link-button wipe-button" disabled={wipe.state.step === 'busy'} onClick={wipe.ask}>
          {m.t('wipe.button')}
        </button>
      )}
      <ConfirmOutcome state={wipe.state} done={m.t('wipe.done')} failed={m.t('wipe.failed')} />
    </section>
  );
}
