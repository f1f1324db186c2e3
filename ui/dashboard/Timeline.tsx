import type { ClusterSummary } from '@/utils/history';
import { useMessages } from '../messages';
import { formatDay } from './format';

const W = 300;
const H = 48;
const DAY_MS = 86_400_000;
/** A lone day stays a bar, not a block across the chart. */
const MAX_BAR = 24;

/** Bars at positions 0…slots-1 of a fixed-width chart, scaled to the largest count. */
function Bars({ bars, slots, label }: { bars: { at: number; count: number }[]; slots: number; label: string }) {
  const max = Math.max(1, ...bars.map((b) => b.count));
  const step = W / Math.max(1, slots);
  const bar = Math.min(MAX_BAR, Math.max(1, step * 0.8));
  return (
    <svg class="timeline" viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" role="img" aria-label={label}>
      <title>{label}</title>
      <line x1="0" y1={H - 0.5} x2={W} y2={H - 0.5} class="axis" />
      {bars.map((b) => (
        <rect key={b.at} x={b.at * step + (step - bar) / 2} width={bar} y={H - (b.count / max) * (H - 2)} height={(b.count / max) * (H - 2)} />
      ))}
    </svg>
  );
}

/**
 * When a cluster's ads first appeared: per day over the cluster's span (days without ads left empty, so
 * bursts show), and per hour of the day. Inline SVG, described in words for screen readers.
 */
export function Timeline({ summary }: { summary: Pick<ClusterSummary, 'byDay' | 'byHour'> }) {
  const m = useMessages();
  const { byDay, byHour } = summary;
  const first = byDay[0];
  const last = byDay[byDay.length - 1];
  if (!first || !last) return null;
  const dayIndex = (day: string) => Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${first.day}T00:00:00Z`)) / DAY_MS);
  const total = byDay.reduce((n, d) => n + d.count, 0);
  const peak = byHour.indexOf(Math.max(...byHour));
  return (
    <figure class="timelines">
      <div>
        <Bars
          bars={byDay.map((d) => ({ at: dayIndex(d.day), count: d.count }))}
          slots={dayIndex(last.day) + 1}
          label={m.tn('dashboard.cluster.timelineLabel', total, { from: formatDay(m, first.day), to: formatDay(m, last.day) })}
        />
        <figcaption class="small muted">
          {formatDay(m, first.day)} – {formatDay(m, last.day)}
        </figcaption>
      </div>
      <div>
        <Bars bars={byHour.map((count, hour) => ({ at: hour, count }))} slots={24} label={m.t('dashboard.cluster.hoursLabel', { hour: String(peak).padStart(2, '0') })} />
        <figcaption class="small muted">{m.t('dashboard.cluster.hoursCaption')}</figcaption>
      </div>
    </figure>
  );
}
