/** One ad read from an input, ready for the engine. */
export interface AdItem {
  kind: 'ad';
  id: string;
  text: string;
  lang?: string;
  url?: string;
  /** Saved pages only: the ad's heading (or first line) and the start of its text, for a reader of the report. */
  title?: string;
  excerpt?: string;
  /** Saved pages only: the page's ad was longer than Faro reads, and only its start and end were kept. */
  truncated?: true;
  /** Where it came from: the file, and line, or page and ad key (for clusters). */
  source: string;
}

/** An input, or part of one, that could not be read: `where` names the file (and line). */
export interface BadItem {
  kind: 'bad';
  where: string;
  message: string;
}

export type Item = AdItem | BadItem;

export const bad = (where: string, message: string): BadItem => ({ kind: 'bad', where, message });

const optionalString = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/**
 * An ad from a JSONL object or a CSV row: `text` (or `title` + `description` for CSV exports),
 * optional `id`, `lang`, `url`; every other field is ignored.
 */
export function adFromRecord(record: unknown, where: string, fallbackId: string, allowTitle = false): Item {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return bad(where, 'expected a JSON object with a "text" field');
  const r = record as Record<string, unknown>;
  let text = r['text'];
  if (text === undefined && allowTitle) {
    text = [r['title'], r['description']].filter((part) => typeof part === 'string' && part.trim() !== '').join('\n');
  }
  if (typeof text !== 'string') return bad(where, text === undefined ? 'no "text" field' : '"text" is not a string');
  if (text.trim() === '') return bad(where, 'empty text');
  const id = typeof r['id'] === 'number' ? String(r['id']) : optionalString(r['id']);
  const item: AdItem = { kind: 'ad', id: id ?? fallbackId, text, source: where };
  const lang = optionalString(r['lang']);
  const url = optionalString(r['url']);
  if (lang) item.lang = lang;
  if (url) item.url = url;
  return item;
}
