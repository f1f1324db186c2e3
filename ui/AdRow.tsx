import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { TabAd } from '@/utils/messaging';
import { flagsByWeight } from '@/utils/verdict';
import { AdDetails } from './AdReport';
import { LevelChip } from './LevelChip';
import { useMessages } from './messages';

/** A folded row names at most two signals; the rest are one click (or Enter) away. */
export const ROW_SIGNALS = 2;
/**
 * About what one line of a folded row holds (12 px text, popup width): a second signal is named only
 * when it fits on the line with the count of the others, so that most rows take two lines (title,
 * signals) and 11 ads fit in two popup screens.
 */
export const ROW_LINE_CHARS = 50;

/** The signal titles a folded row names (the heaviest first) and how many it leaves for the full report. */
export function rowSignals(titles: readonly string[], moreLabel: (n: number) => string): { shown: string[]; more: number } {
  for (let count = Math.min(ROW_SIGNALS, titles.length); count > 1; count--) {
    const more = titles.length - count;
    const line = titles.slice(0, count).join(' · ') + (more > 0 ? ` ${moreLabel(more)}` : '');
    if (line.length <= ROW_LINE_CHARS) return { shown: titles.slice(0, count), more };
  }
  return { shown: titles.slice(0, 1), more: Math.max(0, titles.length - 1) };
}

export interface AdRowProps {
  ad: TabAd;
  onShow: () => void;
  /** Who can help, under the expanded report. */
  helpHint?: ComponentChildren;
  /** Opened and brought into view (the badge's "details" link named this ad). */
  focused?: boolean;
}

/**
 * One ad of the page as one row: its level, its title and its heaviest signals. The title is a button
 * (the WAI-ARIA accordion pattern) that opens the full report below it. The report stays in the page
 * while the row is folded, only hidden, so that the button's aria-controls always names an element.
 */
export function AdRow({ ad, onShow, helpHint, focused = false }: AdRowProps) {
  const m = useMessages();
  const [open, setOpen] = useState(focused);
  const row = useRef<HTMLElement>(null);
  const bodyId = `ad-body${useId()}`;
  useEffect(() => {
    if (!focused) return;
    setOpen(true);
    row.current?.scrollIntoView({ block: 'start' });
  }, [focused]);
  const flags = flagsByWeight(ad.report);
  const title = ad.title ?? m.t('report.untitled');
  const { shown, more } = rowSignals(
    flags.map((flag) => m.rule(flag.rule).title),
    (n) => m.tn('report.moreSignals', n),
  );
  return (
    <article ref={row} class={`ad ad-row ad-${ad.report.level}`} aria-label={title} data-key={ad.key} data-score={ad.report.score}>
      <h3 class="ad-title">
        <button type="button" class="ad-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          <span class="ad-name">{title}</span>
          {/* The level only: the score is in the report below, and the rows are in its order. */}
          <LevelChip level={ad.report.level} />
        </button>
      </h3>
      {flags.length > 0 && (
        <p class="ad-signals">
          {shown.join(' · ')}
          {more > 0 && <span class="muted"> {m.tn('report.moreSignals', more)}</span>}
        </p>
      )}
      <div id={bodyId} class="ad-body" hidden={!open}>
        <p class="small muted">{m.t('report.score', { score: m.formatNumber(ad.report.score) })}</p>
        <AdDetails report={ad.report} unread={ad.unread !== undefined} onShow={onShow} helpHint={open ? helpHint : undefined} />
      </div>
    </article>
  );
}
