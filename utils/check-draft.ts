import { useEffect, useState } from 'preact/hooks';
import { storage } from 'wxt/utils/storage';
import type { Report } from '@/engine/types';

/** What "check a text" shows: the pasted text and, once checked, its result. */
export interface CheckDraft {
  text: string;
  report: Report | null;
}

export const EMPTY_DRAFT: CheckDraft = { text: '', report: null };

/**
 * The pasted text, kept until the person clears it: Chrome closes the popup at the first click
 * elsewhere, and a person copying the offer's next paragraph must not lose the first. In
 * storage.session, never storage.local: on a shared device it must not outlive the browser session,
 * and the browser keeps it in memory only. Content scripts cannot read this area.
 */
export const checkDraftItem = storage.defineItem<CheckDraft | null>('session:checkDraft', { fallback: null });

/** A stored value as a draft, or the empty draft when it is missing or not one. */
export function asDraft(value: unknown): CheckDraft {
  const draft = value as Partial<CheckDraft> | null;
  if (typeof draft?.text !== 'string') return EMPTY_DRAFT;
  return { text: draft.text, report: typeof draft.report === 'object' && draft.report !== null ? draft.report : null };
}

/**
 * The popup's draft: read when it opens, written as the person types, cleared by the clear button and
 * by the quick wipe (from anywhere: its removal is watched). In discreet mode nothing is kept
 * beyond the open popup, and a draft kept before discreet mode was turned on is deleted.
 */
export function useCheckDraft(discreet: boolean): [CheckDraft, (draft: CheckDraft) => void] {
  const [draft, setDraft] = useState<CheckDraft>(EMPTY_DRAFT);
  useEffect(() => {
    if (discreet) {
      void checkDraftItem.removeValue();
      return undefined;
    }
    void checkDraftItem.getValue().then((value) => setDraft(asDraft(value)));
    // Only a removal is taken from the store (the quick wipe, another popup's clear button): the
    // person's own typing is ahead of the store's echo of it, which would otherwise undo keystrokes.
    return checkDraftItem.watch((value) => value === null && setDraft(EMPTY_DRAFT));
  }, [discreet]);
  const update = (next: CheckDraft) => {
    setDraft(next);
    if (discreet) return;
    void (next.text === '' && next.report === null ? checkDraftItem.removeValue() : checkDraftItem.setValue(next));
  };
  return [draft, update];
}
