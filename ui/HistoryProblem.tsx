import type { HistoryProblem } from '@/utils/casework/history-problem';
import { StorageError } from './dashboard/HistoryNotice';
import { useMessages } from './messages';

/** The last failure to save to the history, with when it happened; shown until a save works again. */
export function HistoryProblemNotice({ problem }: { problem: HistoryProblem | null }) {
  const m = useMessages();
  if (!problem) return null;
  const time = new Date(problem.at).toLocaleString(m.lang);
  return (
    <div class="history-problem">
      <p class="error">
        <strong>{m.t('history.problem', { time })}</strong>
      </p>
      <StorageError error={problem} />
    </div>
  );
}
