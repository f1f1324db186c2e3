import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { formatClusters, type ClusterItem } from '../../cli/clusters';
import type { Contact, Level } from '../../engine/types';

function item(id: string, text: string, level: Level, source: string, phone?: [string, string]): ClusterItem {
  const contacts: Contact[] = phone
    ? [{ type: 'phone', value: phone[0], evidence: { start: text.indexOf(phone[1]), end: text.indexOf(phone[1]) + phone[1].length, text: phone[1] } }]
    : [];
  return { id, text, source, report: { id, lang: 'en', kind: 'job', score: level === 'high' ? 80 : 0, level, flags: [], mitigations: [], contacts } };
}

const ITEMS: ClusterItem[] = [
  item('is-02', 'Mia – sweet 19yo girl just arrived from abroad 🌹150/h, incall only, Zone 1. Tel 07700 900561', 'high', 'feed-1.html', ['+447700900561', '07700 900561']),
  item('is-03', 'Customer Service Advisor – Brightline Energy, Cardiff. Full training, £24,500 per year.', 'low', 'feed-1.html'),
  item('is-27', 'Lara – sweet 19yo girl just arrived from abroad 🌹150/h, incall only, Zone 2.\u001b[2J Tel 07700 900561', 'high', 'feed-2.html', ['+447700900561', '07700 900561']),
];

describe('formatClusters', () => {
  it('prints contact → ads and duplicate groups with counts, without terminal control characters', () => {
    const out = formatClusters(ITEMS, 'text');
    expect(out).toContain('Shared contacts: 1\n  phone +447700900561: 2 ads, 2 sources\n    is-02  high    80  feed-1.html  Mia – sweet');
    expect(out).toContain('Near-duplicate texts: 1\n  2 ads, similarity ≥ 1.00, 2 sources\n');
    expect(out).not.toContain('is-03');
    expect(out).not.toContain('\u001b');
  });

  it('gives the same clusters as JSON, JSON lines and CSV', () => {
    const json = JSON.parse(formatClusters(ITEMS, 'json')) as { clusters: { id: string; size: number; ads: { id: string }[] }[] };
    expect(json.clusters.map((c) => [c.id, c.size, c.ads.map((a) => a.id)])).toEqual([
      ['contact:phone:+447700900561', 2, ['is-02', 'is-27']],
      ['text:is-02', 2, ['is-02', 'is-27']],
    ]);
    const lines = formatClusters(ITEMS, 'jsonl').trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
    expect(lines).toEqual(json.clusters.map((c) => c.id));
    const rows = parse(formatClusters(ITEMS, 'csv')) as string[][];
    expect(rows[0]).toEqual(['cluster_id', 'kind', 'contact', 'similarity', 'size', 'ad_id', 'level', 'score', 'source']);
    expect(rows.slice(1).map((r) => [r[0], r[5], r[8]])).toEqual([
      ['contact:phone:+447700900561', 'is-02', 'feed-1.html'],
      ['contact:phone:+447700900561', 'is-27', 'feed-2.html'],
      ['text:is-02', 'is-02', 'feed-1.html'],
      ['text:is-02', 'is-27', 'feed-2.html'],
    ]);
  });

  it('says so when nothing is linked', () => {
    expect(formatClusters([ITEMS[1] as ClusterItem], 'text')).toBe('Shared contacts: 0\nNear-duplicate texts: 0\n');
    expect(formatClusters([], 'jsonl')).toBe('');
  });
});
