import { linkAds, type Cluster } from '../../engine/link/index';
import { asLinkable } from './linkable';
import type { AdRecord } from './schema';

/**
 * Clusters of the stored history with what the dashboard shows next to them: the sites and dates a
 * cluster spans, and when its ads first appeared (per day, and per hour of the day for "most posted
 * between 1 and 4 a.m."). Pure: give it `store.all()`'s records.
 */
export interface ClusterSummary {
  /** The first of `reasons`: its id names the entry and its export. */
  cluster: Cluster;
  /**
   * Every link between exactly these ads, shared contacts first (issue 14: a pair sharing a phone and a
   * near-identical text is one entry with both reasons, not two entries).
   */
  reasons: Cluster[];
  sites: string[];
  firstSeen: string;
  lastSeen: string;
  /** Ads first seen per day (YYYY-MM-DD), ascending: the timeline chart. */
  byDay: { day: string; count: number }[];
  /** Ads first seen per hour of the day (index 0–23), in the time zone of `hourOf`. */
  byHour: number[];
}

/** UTC hour by default; the dashboard passes `(iso) => new Date(iso).getHours()` for the user's local time. */
export type HourOf = (iso: string) => number;
const utcHour: HourOf = (iso) => new Date(iso).getUTCHours();

export function summarize(reasons: readonly [Cluster, ...Cluster[]], byId: ReadonlyMap<string, AdRecord>, hourOf: HourOf = utcHour): ClusterSummary {
  const [cluster] = reasons;
  const records = cluster.adIds.map((id) => byId.get(id)).filter((r): r is AdRecord => r !== undefined);
  const days = new Map<string, number>();
  const byHour = new Array<number>(24).fill(0);
  for (const r of records) {
    const day = r.firstSeen.slice(0, 10);
    days.set(day, (days.get(day) ?? 0) + 1);
    const hour = hourOf(r.firstSeen);
    if (hour >= 0 && hour < 24) byHour[hour] = (byHour[hour] as number) + 1;
  }
  const firstSeen = records.map((r) => r.firstSeen).sort()[0] ?? '';
  const lastSeen = records.map((r) => r.lastSeen).sort().at(-1) ?? '';
  return {
    cluster,
    reasons: [...reasons],
    sites: [...new Set(records.map((r) => r.site))].sort(),
    firstSeen,
    lastSeen,
    byDay: [...days].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, count]) => ({ day, count })),
    byHour,
  };
}

/** Clusters over the same set of ads, together, in the order their first one came (engine/link's order). */
function sameAds(clusters: readonly Cluster[]): [Cluster, ...Cluster[]][] {
  const groups = new Map<string, [Cluster, ...Cluster[]]>();
  for (const cluster of clusters) {
    const key = JSON.stringify([...cluster.adIds].sort());
    const group = groups.get(key);
    if (group) group.push(cluster);
    else groups.set(key, [cluster]);
  }
  return [...groups.values()];
}

/** Links every stored ad (engine/link) and summarises each set of linked ads, with all its reasons. */
export function historyClusters(records: readonly AdRecord[], hourOf?: HourOf): ClusterSummary[] {
  const byId = new Map(records.map((r) => [r.id, r]));
  return sameAds(linkAds(records.map(asLinkable)).clusters).map((reasons) => summarize(reasons, byId, hourOf));
}
