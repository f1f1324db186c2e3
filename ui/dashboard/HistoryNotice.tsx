import type { HistoryError } from '@/utils/history';
import { useMessages } from '../messages';

/** A storage error in words, with the browser's own message for a bug report. Never swallowed. */
export function StorageError({ error }: { error: HistoryError }) {
  const m = useMessages();
  return (
    <div class="error storage-error" role="alert">
      <p>{m.t(`dashboard.storage.${error.kind}`)}</p>
      <p class="small">{m.t('dashboard.storage.detail', { detail: error.message })}</p>
    </div>
  );
}

/** Why there is no history to show: turned off (and where to turn it on), or a storage error. */
export function HistoryNotice({ error, optionsHref }: { error: HistoryError; optionsHref: string }) {
  const m = useMessages();
  if (error.kind !== 'disabled') return <StorageError error={error} />;
  return (
    <div class="notice history-off">
      <h2>{m.t('dashboard.off.heading')}</h2>
      <p>{m.t('dashboard.off.body')}</p>
      <p>
        <a href={optionsHref}>{m.t('dashboard.off.link')}</a>
      </p>
    </div>
  );
}
