import { LEVEL_RANK, type CategoryId, type Level } from '@/engine/types';
import type { AdRecord } from '@/utils/history';

/** `oldest`: the ads not seen for longest first, the ones to delete when storage is full (issue 14). */
export const SORTS = ['lastSeen', 'score', 'level', 'oldest'] as const;
export type SortKey = (typeof SORTS)[number];

/** The dashboard's list filter. Empty fields do not filter. Dates are `YYYY-MM-DD` (UTC days). */
export interface AdFilter {
  query: string;
  levels: Level[];
  category: CategoryId | '';
  site: string;
  lang: string;
  from: string;
  to: string;
  reviewed: 'any' | 'yes' | 'no';
  /** The dismissed ads instead of the others: dismissed ones leave the list until restored or deleted. */
  dismissed: boolean;
  sort: SortKey;
}

export const EMPTY_FILTER: AdFilter = { query: '', levels: [], category: '', site: '', lang: '', from: '', to: '', reviewed: 'any', dismissed: false, sort: 'lastSeen' };

const digits = (s: string) => s.replace(/\D/g, '');
/** A phone searched as "329 604 1177" or "+39 329-604-1177" is found as +393296041177. */
const MIN_PHONE_DIGITS = 5;

function matchesQuery(record: AdRecord, query: string): boolean {
  const q = query.trim().toLocaleLowerCase();
  if (q === '') return true;
  const haystacks = [record.text, record.title ?? '', record.url, record.note, ...record.contacts.map((c) => c.value)];
  if (haystacks.some((h) => h.toLocaleLowerCase().includes(q))) return true;
  const qDigits = digits(q);
  return qDigits.length >= MIN_PHONE_DIGITS && record.contacts.some((c) => c.type !== 'url' && digits(c.value).includes(qDigits));
}

/** The sighting window [firstSeen, lastSeen] overlaps the chosen days. */
function inDates(record: AdRecord, from: string, to: string): boolean {
  if (from !== '' && record.lastSeen < `${from}T00:00:00.000Z`) return false;
  if (to !== '' && record.firstSeen > `${to}T23:59:59.999Z`) return false;
  return true;
}

export function categoriesOf(record: AdRecord): CategoryId[] {
  return [...new Set(record.report.flags.map((f) => f.category))];
}

const COMPARE: Record<SortKey, (a: AdRecord, b: AdRecord) => number> = {
  lastSeen: (a, b) => (a.lastSeen < b.lastSeen ? 1 : a.lastSeen > b.lastSeen ? -1 : 0),
  score: (a, b) => b.report.score - a.report.score,
  level: (a, b) => LEVEL_RANK[b.report.level] - LEVEL_RANK[a.report.level] || b.report.score - a.report.score,
  oldest: (a, b) => (a.lastSeen < b.lastSeen ? -1 : a.lastSeen > b.lastSeen ? 1 : 0),
};

export function filterAds(records: readonly AdRecord[], f: AdFilter): AdRecord[] {
  const kept = records.filter(
    (r) =>
      (f.levels.length === 0 || f.levels.includes(r.report.level)) &&
      (f.category === '' || r.report.flags.some((flag) => flag.category === f.category)) &&
      (f.site === '' || r.site === f.site) &&
      (f.lang === '' || r.report.lang === f.lang) &&
      (f.reviewed === 'any' || r.reviewed === (f.reviewed === 'yes')) &&
      (r.dismissed === true) === f.dismissed &&
      inDates(r, f.from, f.to) &&
      matchesQuery(r, f.query),
  );
  // Ties fall back to the most recent, then the id: the same data always lists the same way.
  return kept.sort((a, b) => COMPARE[f.sort](a, b) || COMPARE.lastSeen(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The values the filter's menus offer: only what the history holds; and how many ads are dismissed. */
export function facets(records: readonly AdRecord[]): { sites: string[]; categories: CategoryId[]; langs: string[]; dismissed: number } {
  const sites = new Set<string>();
  const categories = new Set<CategoryId>();
  const langs = new Set<string>();
  let dismissed = 0;
  for (const r of records) {
    if (r.site) sites.add(r.site);
    for (const c of categoriesOf(r)) categories.add(c);
    langs.add(r.report.lang);
    if (r.dismissed === true) dismissed++;
  }
  return { sites: [...sites].sort(), categories: [...categories].sort(), langs: [...langs].sort(), dismissed };
}
