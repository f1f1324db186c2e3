import { stringify } from 'csv-stringify/sync';
import { formulaSafe } from '../utils/evidence/csv';
import type { Format } from './args';
import type { ScanReport } from './score';

/** One scored ad: its report as the worker serialised it, and the object, parsed only by the formats that need it. */
export interface Scored {
  json: string;
  report(): ScanReport;
}

/** Turns reports into output text, one at a time, so that a batch streams instead of piling up. */
export interface Writer {
  start(): string;
  report(scored: Scored): string;
  end(): string;
}

/** The JSON the worker made is printed as is: byte for byte what JSON.stringify(analyze()) gives. */
const jsonl = (): Writer => ({
  start: () => '',
  report: (s) => `${s.json}\n`,
  end: () => '',
});

/** One JSON array, written element by element. */
const json = (): Writer => {
  let count = 0;
  return {
    start: () => '[',
    report: (s) => `${count++ === 0 ? '\n' : ',\n'}${s.json}`,
    end: () => (count === 0 ? ']\n' : '\n]\n'),
  };
};

const unique = (values: string[]) => [...new Set(values)];

export const CSV_COLUMNS = ['id', 'lang', 'kind', 'level', 'score', 'categories', 'rules', 'evidence', 'url', 'title', 'excerpt'] as const;

/**
 * Flat columns for a spreadsheet: lists are joined with "; ", evidence as `rule: "text"`. Ids, titles
 * and excerpts come from the web: a cell that a spreadsheet would run as a formula is defused the way
 * the dashboard's export does it.
 */
const csv = (): Writer => ({
  start: () => stringify([[...CSV_COLUMNS]]),
  report: (s) => {
    const r = s.report();
    const cells = [
      r.id,
      r.lang,
      r.kind,
      r.level,
      String(r.score),
      unique(r.flags.map((f) => f.category)).join('; '),
      r.flags.map((f) => f.rule).join('; '),
      r.flags.flatMap((f) => f.evidence.map((e) => `${f.rule}: ${JSON.stringify(e.text)}`)).join('; '),
      r.url ?? '',
      r.title ?? '',
      r.excerpt ?? '',
    ];
    return stringify([cells.map(formulaSafe)]);
  },
  end: () => '',
});

/** The writer of a machine format; the text summary is cli/text.ts (it needs the reader's language). */
export function createWriter(format: Exclude<Format, 'text'>): Writer {
  switch (format) {
    case 'jsonl':
      return jsonl();
    case 'json':
      return json();
    case 'csv':
      return csv();
  }
}
