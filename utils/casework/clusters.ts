import { linkAds, type Cluster } from '@/engine/link/index';
import { asLinkable, type AdRecord } from '@/utils/history';

/** A cluster of engine/link with the stored ads behind it and what the dashboard shows of them. */
export interface ClusterSummary {
  cluster: Cluster;
  records: AdRecord[];
  sites: string[];
  /** Earliest firstSeen and latest lastSeen of its ads (UTC ISO). */
  firstSeen: string;
  lastSeen: string;
}

/** Clusters the whole history (shared contacts first, then duplicate texts, largest first). */
export function summarizeClusters(records: readonly AdRecord[]): ClusterSummary[] {
  const byId = new Map(records.map((r) => [r.id, r]));
  return linkAds(records.map(asLinkable)).clusters.map((cluster) => {
    const members = cluster.adIds.map((id) => byId.get(id)).filter((r): r is AdRecord => r !== undefined);
    return {
      cluster,
      records: members,
      sites: [...new Set(members.map((r) => r.site))].sort(),
      firstSeen: members.reduce((min, r) => (r.firstSeen < min ? r.firstSeen : min), members[0]?.firstSeen ?? ''),
      lastSeen: members.reduce((max, r) => (r.lastSeen > max ? r.lastSeen : max), members[0]?.lastSeen ?? ''),
    };
  });
}

export interface TimelineBin {
  /** Start of the bin, ms since the epoch (UTC). */
  start: number;
  count: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Bin widths tried in order: the first that gives at most `maxBins` bins is used. */
const WIDTHS = [HOUR, 6 * HOUR, DAY, 7 * DAY, 30 * DAY];

/** Counts of ads per bin over the span of `times` (UTC ISO strings), with empty bins kept: a timeline. */
export function timeline(times: readonly string[], maxBins = 32): { width: number; bins: TimelineBin[] } {
  const ms = times.map((t) => Date.parse(t)).filter(Number.isFinite).sort((a, b) => a - b);
  if (ms.length === 0) return { width: DAY, bins: [] };
  const first = ms[0] as number;
  const span = (ms[ms.length - 1] as number) - first;
  const width = WIDTHS.find((w) => Math.floor(span / w) + 1 <= maxBins) ?? Math.ceil((span + 1) / maxBins);
  const origin = Math.floor(first / width) * width;
  const count = Math.floor(((ms[ms.length - 1] as number) - origin) / width) + 1;
  const bins: TimelineBin[] = Array.from({ length: count }, (_, i) => ({ start: origin + i * width, count: 0 }));
  for (const t of ms) (bins[Math.floor((t - origin) / width)] as TimelineBin).count++;
  return { width, bins };
}

/** Ads per hour of the day (UTC), 24 counts: "most posted between 1 and 4 a.m.". */
export function hoursOfDay(times: readonly string[]): number[] {
  const counts = new Array<number>(24).fill(0);
  for (const t of times) {
    const ms = Date.parse(t);
    if (Number.isFinite(ms)) counts[new Date(ms).getUTCHours()]! += 1;
  }
  return counts;
}
