import { storage } from 'wxt/utils/storage';
import type { HistoryError, HistoryResult } from '@/utils/history';

/** The last failure to write the history, and when: shown in the popup and the options page. */
export interface HistoryProblem extends HistoryError {
  /** ISO time (UTC) of the failure. */
  at: string;
}

/**
 * Kept in storage.session (memory only, extension pages can read it, content scripts cannot): the
 * background worker may be stopped at any time, and a problem it met must still reach the user.
 */
export const historyProblemItem = storage.defineItem<HistoryProblem | null>('session:historyProblem', { fallback: null });

/**
 * Remembers how a history operation went: a failure is kept for the user to see, a success clears an
 * earlier one (the history works again). 'disabled' is no problem: the user turned history off.
 */
export async function noteHistoryOutcome(result: HistoryResult<unknown>, now: Date = new Date()): Promise<void> {
  if (!result.ok) {
    if (result.error.kind !== 'disabled') await historyProblemItem.setValue({ ...result.error, at: now.toISOString() });
    return;
  }
  if ((await historyProblemItem.getValue()) !== null) await historyProblemItem.removeValue();
}
