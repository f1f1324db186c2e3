import type { HistoryProblem } from '@/utils/casework/history-problem';
import { OLDEST_FIRST, StorageError } from './dashboard/HistoryNotice';
import { useMessages } from './messages';

/**
 * The last failure to save to the history, with when it happened; shown until a save works again. With the
 * dashboard's address, a full storage leads to the stored ads, oldest first, to delete some.
 */
export function HistoryProblemNotice({ problem, dashboardHref }: { problem: HistoryProblem | null; dashboardHref?: string }) {
  const m = useMessages();
  if (!problem) return null;
  const time = new Date(problem.at).toLocaleString(m.lang);
  return (
    <div class="history-problem">
      <p class="error">
        <strong>{m.t('history.problem', { time })}</strong>
      </p>
      <StorageError error={problem} {...(dashboardHref ? { oldest: { href: `${dashboardHref}#${OLDEST_FIRST}` } } : {})} />
    </div>
  );
}
