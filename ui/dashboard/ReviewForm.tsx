import { useState } from 'preact/hooks';
import { BUNDLE_LIMITS } from '@/utils/evidence/limits';
import type { AdRecord, Review } from '@/utils/history';
import { useMessages } from '../messages';

export interface ReviewFormProps {
  record: AdRecord;
  /** Saves the review; resolves to an error message to show, or null when saved. */
  onSave: (review: Review) => Promise<string | null>;
}

/**
 * A person's review of an ad: reviewed or not, and a free-text note (technology flags, humans verify).
 * Starts from the stored review; give it `key={record.id}` so that another ad starts afresh.
 */
export function ReviewForm({ record, onSave }: ReviewFormProps) {
  const m = useMessages();
  const [reviewed, setReviewed] = useState(record.reviewed);
  const [note, setNote] = useState(record.note);
  const [status, setStatus] = useState<{ kind: 'idle' | 'saving' | 'saved' } | { kind: 'error'; message: string }>({ kind: 'idle' });
  const id = `review-${record.id}`;
  const submit = async (event: Event) => {
    event.preventDefault();
    setStatus({ kind: 'saving' });
    const error = await onSave({ reviewed, note });
    setStatus(error === null ? { kind: 'saved' } : { kind: 'error', message: error });
  };
  return (
    <form class="review" onSubmit={submit} aria-label={m.t('dashboard.review.heading')}>
      <label class="toggle">
        <input type="checkbox" checked={reviewed} onChange={(e) => setReviewed((e.target as HTMLInputElement).checked)} />
        {m.t('dashboard.review.reviewed')}
      </label>
      <label for={`${id}-note`}>{m.t('dashboard.review.note')}</label>
      <textarea id={`${id}-note`} rows={3} maxLength={BUNDLE_LIMITS.noteChars} value={note} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
      <div class="row">
        <button type="submit" class="primary" disabled={status.kind === 'saving'}>
          {m.t('dashboard.review.save')}
        </button>
        <span role="status" class={status.kind === 'error' ? 'error' : 'saved'}>
          {status.kind === 'saved' ? m.t('dashboard.review.saved') : status.kind === 'error' ? m.t('dashboard.review.error', { error: status.message }) : ''}
        </span>
      </div>
    </form>
  );
}
