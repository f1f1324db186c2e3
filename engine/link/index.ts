/**
 * Cross-ad linking: which ads share a contact, which ads repeat one text. Pure and deterministic,
 * no browser APIs: the extension (a listing page, the history dashboard), the CLI and the tests call it.
 *
 * API
 * - `linkAds(ads)` → `{ clusters, flagsById }`: clusters for display (contact → ads, duplicate groups),
 *   and the cross-ad flags each linked ad earns (`shared-contact`, `duplicate-text`).
 * - `withLinks(ads, linked?)` → the same ads' reports with those flags added (any earlier cross-ad flags
 *   replaced, so it can run again as history grows) and score/level recomputed.
 * - `contactKey(contact)`: the canonical key two ads must share ("phone:+39…", "email:…", "telegram:…").
 * - `maskedTokens`, `shingleSet`, `jaccard`: the text view used for near-duplicates, for explanations and tests.
 *
 * Ads are identified by `id` (the first of repeated ids wins). Order of clusters: shared contacts first,
 * then duplicate groups, each by size (largest first), then by key / first ad; ads within a cluster keep
 * input order. 10,000 ads take well under a second (scripts/bench-clusters.ts).
 */
import { strengthOf } from '../categories';
import { SCORE, score } from '../score';
import type { CategoryId, ContactType, Flag, Report, Span } from '../types';
import { contactGroups, contactKey } from './contacts';
import { duplicateGroups } from './duplicates';

export { contactKey } from './contacts';
export { DUPLICATE_THRESHOLD } from './duplicates';
export { jaccard, maskedTokens, shingleSet } from './shingles';

export interface LinkableAd {
  id: string;
  /** The ad's text as seen (the same text the report's evidence spans point into). */
  text: string;
  report: Report;
}

export interface SharedContactCluster {
  kind: 'shared-contact';
  /** "contact:" + the contact key; stable for one contact. */
  id: string;
  /** The shared contact: its key, and type/value for display (a phone offered on WhatsApp shows as a phone). */
  contact: { key: string; type: ContactType; value: string };
  adIds: string[];
}

export interface DuplicateTextCluster {
  kind: 'duplicate-text';
  /** "text:" + the first ad's id. */
  id: string;
  adIds: string[];
  /** The lowest Jaccard similarity (0–1) among the pairs that joined the group. */
  similarity: number;
}

export type Cluster = SharedContactCluster | DuplicateTextCluster;

export interface LinkResult {
  clusters: Cluster[];
  /** Cross-ad flags per ad id; ads that are not linked are absent. */
  flagsById: Map<string, Flag[]>;
}

export const CROSS_AD_CATEGORIES: ReadonlySet<CategoryId> = new Set(['shared-contact', 'duplicate-text']);

function crossAdFlag(category: 'shared-contact' | 'duplicate-text', others: number, evidence: Span[]): Flag {
  const strength = strengthOf(category);
  return { rule: category, category, strength, weight: SCORE.typicalWeight[strength], evidence, detail: { others } };
}

/** The first ad of each id: an ad listed twice (card and JSON-LD, a feed that repeats) is not linked to itself. */
function uniqueById(ads: readonly LinkableAd[]): LinkableAd[] {
  const byId = new Map<string, LinkableAd>();
  for (const ad of ads) if (!byId.has(ad.id)) byId.set(ad.id, ad);
  return [...byId.values()];
}

function contactTypeOf(key: string): ContactType {
  return key.slice(0, key.indexOf(':')) as ContactType;
}

/** The whole text minus surrounding white space: a duplicate is the text itself, not one phrase in it. */
function wholeText(text: string): Span[] {
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return end > start ? [{ start, end, text: text.slice(start, end) }] : [];
}

function sharedContactEvidence(report: Report, keys: ReadonlySet<string>): Span[] {
  const spans = new Map<string, Span>();
  for (const c of report.contacts) {
    const key = contactKey(c);
    if (key !== undefined && keys.has(key)) spans.set(`${c.evidence.start}:${c.evidence.end}`, c.evidence);
  }
  return [...spans.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

export function linkAds(input: readonly LinkableAd[]): LinkResult {
  const ads = uniqueById(input);
  const clusters: Cluster[] = [];
  const flagsById = new Map<string, Flag[]>();
  const addFlag = (id: string, flag: Flag) => flagsById.set(id, [...(flagsById.get(id) ?? []), flag]);

  const contactLinks = ads.map(() => ({ others: new Set<number>(), keys: new Set<string>() }));
  for (const group of contactGroups(ads.map((ad) => ad.report.contacts ?? []))) {
    const first = ads[group.members[0] as number] as LinkableAd;
    const shown = first.report.contacts.find((c) => contactKey(c) === group.key);
    clusters.push({
      kind: 'shared-contact',
      id: `contact:${group.key}`,
      contact: { key: group.key, type: contactTypeOf(group.key), value: shown?.value ?? group.key },
      adIds: group.members.map((i) => (ads[i] as LinkableAd).id),
    });
    for (const i of group.members) {
      const link = contactLinks[i] as { others: Set<number>; keys: Set<string> };
      link.keys.add(group.key);
      for (const j of group.members) if (j !== i) link.others.add(j);
    }
  }
  contactLinks.forEach((link, i) => {
    if (link.others.size === 0) return;
    const ad = ads[i] as LinkableAd;
    addFlag(ad.id, crossAdFlag('shared-contact', link.others.size, sharedContactEvidence(ad.report, link.keys)));
  });

  const duplicates = duplicateGroups(ads.map((ad) => ad.text));
  duplicates.sort((a, b) => b.members.length - a.members.length || (a.members[0] as number) - (b.members[0] as number));
  for (const group of duplicates) {
    const ids = group.members.map((i) => (ads[i] as LinkableAd).id);
    clusters.push({ kind: 'duplicate-text', id: `text:${ids[0] as string}`, adIds: ids, similarity: group.similarity });
    for (const i of group.members) {
      const ad = ads[i] as LinkableAd;
      addFlag(ad.id, crossAdFlag('duplicate-text', group.members.length - 1, wholeText(ad.text)));
    }
  }
  return { clusters, flagsById };
}

/** The ads' reports with their cross-ad flags (replacing earlier ones) and the score and level recomputed. */
export function withLinks(ads: readonly LinkableAd[], linked: LinkResult = linkAds(ads)): Report[] {
  return ads.map(({ id, report }) => {
    const flags = [...report.flags.filter((f) => !CROSS_AD_CATEGORIES.has(f.category)), ...(linked.flagsById.get(id) ?? [])];
    return { ...report, flags, ...score(flags, report.mitigations) };
  });
}
