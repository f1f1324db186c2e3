import type { AdRecord, Review } from '@/utils/history';
import { ConfirmQuestion, type Confirmed } from '../Confirm';
import { LevelChip } from '../LevelChip';
import { useMessages } from '../messages';
import { AdDetail } from './AdDetail';
import { ErrorBoundary } from './ErrorBoundary';
import { formatTime } from './format';

export interface AdListProps {
  records: AdRecord[];
  selected: ReadonlySet<string>;
  expanded: string | null;
  onToggleSelect: (id: string, on: boolean) => void;
  onExpand: (id: string | null) => void;
  onReview: (id: string, review: Review) => Promise<string | null>;
  /** Deletes one stored ad at once: offered where an ad cannot be drawn. */
  onDelete: (id: string) => void;
  /** Dismisses an ad from the list (`true`) or restores it: reversible, so not asked twice. */
  onDismiss: (id: string, dismissed: boolean) => void;
  /** The row whose deletion is being confirmed, and the answers: deleting cannot be undone, so it is asked. */
  confirmingDelete: string | null;
  onAskDelete: (id: string | null) => void;
}

/** A question already asked (the row's own state): yes runs `yes`, cancel closes it. */
export function answered(yes: () => void, cancel: () => void): Confirmed {
  return { state: { step: 'confirm' }, ask: () => undefined, cancel, confirm: async () => yes() };
}

/** Stored ads, one row each; a row opens into the ad's detail, can be dismissed from the list, or deleted. */
export function AdList({ records, selected, expanded, onToggleSelect, onExpand, onReview, onDelete, onDismiss, confirmingDelete, onAskDelete }: AdListProps) {
  const m = useMessages();
  return (
    <ul class="ad-rows">
      {records.map((r, i) => {
        const open = expanded === r.id;
        const title = r.title || m.t('report.untitled');
        const detailId = `detail-${i}`;
        return (
          <li key={r.id} class={`ad-row ad-row-${r.report.level}`} data-ad-id={r.id}>
            <ErrorBoundary
              fallback={(error) => (
                <div class="error row-failed" role="alert">
                  <p>{m.t('dashboard.ads.rowFailed', { detail: error.message })}</p>
                  <button type="button" onClick={() => onDelete(r.id)}>
                    {m.t('dashboard.ads.deleteRow')}
                  </button>
                </div>
              )}
            >
              <div class="ad-row-head">
                <input
                  type="checkbox"
                  class="select"
                  checked={selected.has(r.id)}
                  onChange={(e) => onToggleSelect(r.id, (e.target as HTMLInputElement).checked)}
                  aria-label={m.t('dashboard.ads.select', { title })}
                />
                <h3 class="ad-row-title">
                  <button type="button" class="link-button" aria-expanded={open} aria-controls={detailId} onClick={() => onExpand(open ? null : r.id)}>
                    {title}
                  </button>
                </h3>
                <LevelChip level={r.report.level} score={r.report.score} />
                {r.reviewed && <span class="chip chip-reviewed">{m.t('dashboard.ads.reviewedMark')}</span>}
                {r.source && <span class="chip chip-imported">{m.t('dashboard.ads.importedMark')}</span>}
              </div>
              <p class="small muted ad-row-meta">
                {r.site} · {m.t('dashboard.ads.lastSeen', { time: formatTime(m, r.lastSeen) })}
                {r.note && <> · {m.t('dashboard.ads.hasNote')}</>}
              </p>
              <p class="row-actions small">
                <button type="button" class="link-button" aria-label={m.t(r.dismissed ? 'dashboard.ads.restoreLabel' : 'dashboard.ads.dismissLabel', { title })} onClick={() => onDismiss(r.id, !r.dismissed)}>
                  {m.t(r.dismissed ? 'dashboard.ads.restore' : 'dashboard.ads.dismiss')}
                </button>
                <button type="button" class="link-button danger-link" aria-label={m.t('dashboard.ads.deleteLabel', { title })} onClick={() => onAskDelete(r.id)}>
                  {m.t('dashboard.ads.delete')}
                </button>
              </p>
              {confirmingDelete === r.id && (
                <ConfirmQuestion
                  id={`delete-q-${i}`}
                  question={m.t('dashboard.ads.deleteConfirm', { title })}
                  yes={m.t('dashboard.ads.deleteYes')}
                  action={answered(() => onDelete(r.id), () => onAskDelete(null))}
                />
              )}
              {open && (
                <div id={detailId}>
                  <AdDetail record={r} onReview={(review) => onReview(r.id, review)} />
                </div>
              )}
            </ErrorBoundary>
          </li>
        );
      })}
    </ul>
  );
}
