import type { HistoryError } from '@/utils/history';
import { useMessages } from '../messages';

/** The dashboard's address fragment that opens its list oldest first (entrypoints/dashboard reads it). */
export const OLDEST_FIRST = 'oldest';

/** Where "delete old ads" leads: the dashboard's list, oldest first (a link from another page, or a button on the dashboard). */
export type OldestAds = { href: string } | { show: () => void };

/**
 * A storage error in words, with the browser's own message for a bug report. Never swallowed. Storage full
 * says "delete old ads": with `oldest`, it leads to them (issue 14).
 */
export function StorageError({ error, oldest }: { error: HistoryError; oldest?: OldestAds }) {
  const m = useMessages();
  return (
    <div class="error storage-error" role="alert">
      <p>{m.t(`dashboard.storage.${error.kind}`)}</p>
      {error.kind === 'quota' && oldest && (
        <p>
          {'href' in oldest ? (
            <a class="oldest-ads" href={oldest.href}>
              {m.t('dashboard.storage.showOldest')}
            </a>
          ) : (
            <button type="button" class="oldest-ads" onClick={oldest.show}>
              {m.t('dashboard.storage.showOldest')}
            </button>
          )}
        </p>
      )}
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
