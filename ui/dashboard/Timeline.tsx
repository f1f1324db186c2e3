import { hoursOfDay, timeline } from '@/utils/casework/clusters';
import { useMessages } from '../messages';
import { formatDay } from './format';

const W = 300;
const H = 48;

function Bars({ counts, label }: { counts: number[]; label: string }) {
  const max = Math.max(1, ...counts);
  const step = W / Math.max(1, counts.length);
  return (
    <svg class="timeline" viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" role="img" aria-label={label}>
      <title>{label}</title>
      <line x1="0" y1={H - 0.5} x2={W} y2={H - 0.5} class="axis" />
      {counts.map((n, i) =>
        n === 0 ? null : <rect key={i} x={i * step + step * 0.1} width={step * 0.8} y={H - (n / max) * (H - 2)} height={(n / max) * (H - 2)} />,
      )}
    </svg>
  );
}

/** When a cluster's ads first appeared: over its span, and by hour of the day (UTC). Inline SVG, described in words. */
export function Timeline({ times }: { times: readonly string[] }) {
  const m = useMessages();
  const { bins } = timeline(times);
  if (bins.length === 0) return null;
  const first = new Date(bins[0]!.start).toISOString();
  const last = new Date(bins[bins.length - 1]!.start).toISOString();
  const hours = hoursOfDay(times);
  const peak = hours.indexOf(Math.max(...hours));
  return (
    <figure class="timelines">
      <div>
        <Bars counts={bins.map((b) => b.count)} label={m.tn('dashboard.cluster.timelineLabel', times.length, { from: formatDay(m, first), to: formatDay(m, last) })} />
        <figcaption class="small muted">
          {formatDay(m, first)} – {formatDay(m, last)}
        </figcaption>
      </div>
      <div>
        <Bars counts={hours} label={m.t('dashboard.cluster.hoursLabel', { hour: String(peak).padStart(2, '0') })} />
        <figcaption class="small muted">{m.t('dashboard.cluster.hoursCaption')}</figcaption>
      </div>
    </figure>
  );
}
