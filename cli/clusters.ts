/**
 * `faro scan DIR --clusters`: the ads of a batch that share a contact or repeat one text (engine/link),
 * printed for moderators working on dumps outside the browser.
 *
 * Wiring (cli/scan.ts): `--clusters` is a boolean; while scanning, keep
 * `{ id, text, report, source }` for every ad (source = the file, and line, it came from); after the scan,
 * write `formatClusters(kept, format)` to stdout, after the per-ad output for text, or instead of it for
 * json/jsonl/csv (one document per run keeps the output parseable). Memory: the texts of the whole batch
 * are kept; 50,000 ads of 1 kB are about 100 MB in V8 strings, still fine on a laptop.
 *
 * Formats: `text` (for reading), `json` ({ clusters: [...] }), `jsonl` (one cluster per line),
 * `csv` (one row per cluster member: cluster_id, kind, contact, similarity, size, ad_id, level, score, source).
 */
import { stringify } from 'csv-stringify/sync';
import { linkAds, type Cluster, type LinkableAd } from '../engine/link/index';
import type { Report } from '../engine/types';
import { excerpt } from './excerpt';
import { formulaSafe } from '../utils/evidence/csv';

export type ClusterFormat = 'text' | 'json' | 'jsonl' | 'csv';

export interface ClusterItem {
  id: string;
  text: string;
  report: Report;
  /** Where the ad came from (a file, a file:line, a URL). */
  source?: string;
}

interface ClusterView {
  id: string;
  kind: Cluster['kind'];
  contact?: { type: string; value: string };
  similarity?: number;
  size: number;
  sources: string[];
  ads: { id: string; level: Report['level']; score: number; source?: string; excerpt: string }[];
}

const EXCERPT_CHARS = 70;

function views(items: readonly ClusterItem[]): ClusterView[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const linkable: LinkableAd[] = items.map(({ id, text, report }) => ({ id, text, report }));
  return linkAds(linkable).clusters.map((c) => {
    const ads = c.adIds.map((id) => {
      const item = byId.get(id) as ClusterItem;
      return { id, level: item.report.level, score: item.report.score, ...(item.source !== undefined ? { source: item.source } : {}), excerpt: excerpt(item.text, EXCERPT_CHARS) };
    });
    const sources = [...new Set(ads.map((a) => a.source).filter((s): s is string => s !== undefined))].sort();
    const view: ClusterView = { id: c.id, kind: c.kind, size: ads.length, sources, ads };
    if (c.kind === 'shared-contact') view.contact = { type: c.contact.type, value: c.contact.value };
    else view.similarity = c.similarity;
    return view;
  });
}

function asText(clusters: ClusterView[]): string {
  const contacts = clusters.filter((c) => c.kind === 'shared-contact');
  const duplicates = clusters.filter((c) => c.kind === 'duplicate-text');
  const lines: string[] = [];
  const members = (c: ClusterView) => {
    const width = Math.max(...c.ads.map((a) => a.id.length));
    for (const a of c.ads) lines.push(`    ${a.id.padEnd(width)}  ${a.level.padEnd(6)} ${String(a.score).padStart(3)}  ${a.source ? `${a.source}  ` : ''}${a.excerpt}`);
  };
  const spread = (c: ClusterView) => (c.sources.length > 0 ? `, ${c.sources.length} source${c.sources.length === 1 ? '' : 's'}` : '');
  lines.push(`Shared contacts: ${contacts.length}`);
  for (const c of contacts) {
    lines.push(`  ${c.contact?.type} ${c.contact?.value}: ${c.size} ads${spread(c)}`);
    members(c);
  }
  lines.push(`Near-duplicate texts: ${duplicates.length}`);
  for (const c of duplicates) {
    lines.push(`  ${c.size} ads, similarity ≥ ${c.similarity?.toFixed(2)}${spread(c)}`);
    members(c);
  }
  return lines.join('\n') + '\n';
}

function asCsv(clusters: ClusterView[]): string {
  const rows = clusters.flatMap((c) =>
    c.ads.map((a) => [c.id, c.kind, c.contact ? `${c.contact.type}:${c.contact.value}` : '', c.similarity ?? '', c.size, a.id, a.level, a.score, a.source ?? ''].map((v) => formulaSafe(String(v)))),
  );
  return stringify([['cluster_id', 'kind', 'contact', 'similarity', 'size', 'ad_id', 'level', 'score', 'source'], ...rows], { record_delimiter: 'windows' });
}

/** Clusters of a batch of analysed ads, formatted for the terminal or for another program. */
export function formatClusters(items: readonly ClusterItem[], format: ClusterFormat): string {
  const clusters = views(items);
  switch (format) {
    case 'text':
      return asText(clusters);
    case 'json':
      return JSON.stringify({ clusters }, null, 2) + '\n';
    case 'jsonl':
      return clusters.map((c) => JSON.stringify(c) + '\n').join('');
    case 'csv':
      return asCsv(clusters);
  }
}
