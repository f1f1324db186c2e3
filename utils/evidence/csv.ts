// The browser build: the Node one reaches for Buffer, which extension pages do not have.
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { AdRecord } from '../history/schema';

/**
 * CSV of stored ads for a spreadsheet (one row per ad). csv-stringify (adaltas/node-csv: maintained,
 * no dependencies, a synchronous API with a browser build) does the RFC 4180 part: fields with commas,
 * quotes or line breaks quoted, quotes doubled, CRLF between records. Hand-rolled quoting gets
 * multi-line ad texts wrong sooner or later.
 *
 * Ad text comes from the web: a cell starting with = + - @ (or a tab / CR) is a formula to Excel and
 * LibreOffice ("CSV injection"), so such cells get a leading apostrophe. The JSON bundle, not the CSV,
 * is the evidence: it keeps every text byte for byte.
 */
export const CSV_COLUMNS = [
  'id', 'url', 'site', 'title', 'first_seen_utc', 'last_seen_utc', 'level', 'score', 'categories', 'rules',
  'evidence', 'phones', 'emails', 'handles', 'sha256', 'reviewed', 'note', 'text',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;
/** Phone numbers and signed amounts are data, not formulas: "+393296041177", "-20". */
const PLAIN_NUMBER = /^[+-]?[\d\s.,]+$/;

/** The cell as a spreadsheet shows it and never runs it (also used by the command line's CSV). */
export function formulaSafe(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

function row(r: AdRecord): string[] {
  const contacts = (types: string[]) => r.contacts.filter((c) => types.includes(c.type)).map((c) => c.value).join('; ');
  const flags = r.report.flags;
  return [
    r.id,
    r.url,
    r.site,
    r.title ?? '',
    r.firstSeen,
    r.lastSeen,
    r.report.level,
    String(r.report.score),
    [...new Set(flags.map((f) => f.category))].join('; '),
    flags.map((f) => f.rule).join('; '),
    flags.flatMap((f) => f.evidence.map((e) => e.text)).join(' | '),
    contacts(['phone']),
    contacts(['email']),
    contacts(['whatsapp', 'telegram', 'signal', 'viber']),
    r.sha256,
    r.reviewed ? 'yes' : 'no',
    r.note,
    r.text,
  ].map(formulaSafe);
}

export function toCsv(records: readonly AdRecord[]): string {
  return stringify([[...CSV_COLUMNS], ...records.map(row)], { record_delimiter: 'windows' });
}
