import { linkAds, type Cluster } from '../../engine/link/index';
import { asLinkable } from './linkable';
import type { AdRecord } from './schema';

/**
 * Clusters of the stored history with what the dashboard shows next to them: the sites and dates a
 * cluster spans, and when its ads first appeared (per day, and per hour of the day for "most posted
 * between 1 and 4 a.m."). Pure: give it `store.all()`'s records.
 */
export interface ClusterSummary {
  cluster: Cluster;
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

export function summarize(cluster: Cluster, byId: ReadonlyMap<string, AdRecord>, hourOf: HourOf = utcHour): ClusterSummary {
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
    sites: [...new Set(records.map((r) => r.site))].sort(),
    firstSeen,
    lastSeen,
    byDay: [...days].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, count]) => ({ day, count })),
    byHour,
  };
}

/** Links every stored ad (engine/link) and summarises each cluster. */
export function historyClusters(records: readonly AdRecord[], hourOf?: HourOf): ClusterSummary[] {
  const byId = new Map(records.map((r) => [r.id, r]));
  return linkAds(records.map(asLinkable)).clusters.map((c) => summarize(c, byId, hourOf));
}
