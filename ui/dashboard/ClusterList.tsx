import { DUPLICATE_THRESHOLD, type Cluster } from '@/engine/link/index';
import type { AdRecord, ClusterSummary } from '@/utils/history';
import { useMessages } from '../messages';
import { formatDay } from './format';
import { Timeline } from './Timeline';

/** A cluster with its stored ads. */
export interface ClusterView {
  summary: ClusterSummary;
  records: AdRecord[];
}

export interface ClusterListProps {
  clusters: ClusterView[];
  onShowAds: (view: ClusterView) => void;
  onExport: (view: ClusterView, format: 'json' | 'csv') => void;
}

/** Percent for "at least": rounded down, so that 99.6% never reads as 100%. */
const atLeast = (share: number) => Math.floor(share * 100);

/** One reason the ads are linked, in words: the shared contact, or how alike the texts are and from when Faro links them. */
function reasonText(m: ReturnType<typeof useMessages>, c: Cluster): string {
  if (c.kind === 'shared-contact') return m.t('dashboard.cluster.contact', { contact: c.contact.value, type: m.t(`dashboard.contact.${c.contact.type}`) });
  const values = { similarity: m.formatNumber(atLeast(c.similarity)), threshold: m.formatNumber(Math.round(DUPLICATE_THRESHOLD * 100)) };
  // `similarity` is that of the least alike pair that joined the group: of two ads, theirs; of more, a floor.
  return m.t(c.adIds.length === 2 ? 'dashboard.cluster.duplicatePair' : 'dashboard.cluster.duplicateGroup', values);
}

/** Ads linked by shared contacts or near-identical texts, one entry per set of ads with all its reasons, with their spread in sites and time. */
export function ClusterList({ clusters, onShowAds, onExport }: ClusterListProps) {
  const m = useMessages();
  if (clusters.length === 0) return <p>{m.t('dashboard.cluster.none')}</p>;
  return (
    <ul class="clusters">
      {clusters.map((view) => {
        const { summary: s, records } = view;
        const titles = [...new Set(records.map((r) => r.title).filter((t): t is string => !!t))];
        return (
          <li key={s.cluster.id} class={['cluster', ...new Set(s.reasons.map((r) => `cluster-${r.kind}`))].join(' ')} data-cluster-id={s.cluster.id}>
            <h3>{s.reasons.map((r) => reasonText(m, r)).join(' · ')}</h3>
            <p>
              <strong class="cluster-count">{m.tn('dashboard.cluster.ads', records.length)}</strong>
              {' · '}
              {m.tn('dashboard.cluster.sites', s.sites.length, { sites: s.sites.join(', ') })}
              {' · '}
              {m.t('dashboard.cluster.span', { from: formatDay(m, s.firstSeen), to: formatDay(m, s.lastSeen) })}
            </p>
            {titles.length > 0 && <p class="small muted cluster-titles">{titles.slice(0, 8).join(' · ')}</p>}
            <Timeline summary={s} />
            <div class="row">
              <button type="button" onClick={() => onShowAds(view)}>
                {m.t('dashboard.cluster.showAds')}
              </button>
              <button type="button" onClick={() => onExport(view, 'json')}>
                {m.t('dashboard.export.json')}
              </button>
              <button type="button" onClick={() => onExport(view, 'csv')}>
                {m.t('dashboard.export.csv')}
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
