import { stringify } from 'csv-stringify/sync';
import type { Report } from '../engine/types';

export const FORMATS = ['jsonl', 'json', 'csv', 'text'] as const;
export type Format = (typeof FORMATS)[number];

/** A report as the CLI prints it: the engine's Report, plus the ad's URL when the input gave one. */
export type ScanReport = Report & { url?: string };

/** Turns reports into output text, one at a time, so that a batch streams instead of piling up. */
export interface Writer {
  start(): string;
  report(report: ScanReport): string;
  end(): string;
}

const jsonl = (): Writer => ({
  start: () => '',
  report: (r) => `${JSON.stringify(r)}\n`,
  end: () => '',
});

/** One JSON array, written element by element. */
const json = (): Writer => {
  let count = 0;
  return {
    start: () => '[',
    report: (r) => `${count++ === 0 ? '\n' : ',\n'}${JSON.stringify(r)}`,
    end: () => (count === 0 ? ']\n' : '\n]\n'),
  };
};

const unique = (values: string[]) => [...new Set(values)];

export const CSV_COLUMNS = ['id', 'lang', 'kind', 'level', 'score', 'categories', 'rules', 'evidence'] as const;

/** Flat columns for a spreadsheet: lists are joined with "; ", evidence as `rule: "text"`. */
const csv = (): Writer => ({
  start: () => stringify([[...CSV_COLUMNS]]),
  report: (r) =>
    stringify([
      [
        r.id,
        r.lang,
        r.kind,
        r.level,
        r.score,
        unique(r.flags.map((f) => f.category)).join('; '),
        r.flags.map((f) => f.rule).join('; '),
        r.flags.flatMap((f) => f.evidence.map((e) => `${f.rule}: ${JSON.stringify(e.text)}`)).join('; '),
      ],
    ]),
  end: () => '',
});

/**
 * Ad text quoted for a terminal: JSON escapes quotes and C0 controls; C1 controls and bidi overrides
 * are escaped too, so that an ad cannot move the cursor, recolour or reorder what the reader sees.
 */
export function quote(text: string): string {
  return JSON.stringify(text).replace(/[\u0080-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A short summary per ad for a person reading a terminal. */
const text = (): Writer => ({
  start: () => '',
  report: (r) => {
    const lines = [`${quote(r.id).slice(1, -1)}  ${r.level.toUpperCase()} ${r.score}/100  lang=${r.lang}  kind=${r.kind}${r.truncated ? '  (truncated: only the start was read)' : ''}`];
    if (r.url) lines.push(`  url: ${quote(r.url)}`);
    for (const f of r.flags) {
      lines.push(`  flag ${f.rule} (${f.category}, ${f.strength}, +${f.weight}): ${f.evidence.map((e) => quote(e.text)).join(', ')}`);
    }
    for (const m of r.mitigations) lines.push(`  less risk ${m.id} (-${m.weight}): ${m.evidence.map((e) => quote(e.text)).join(', ')}`);
    for (const c of r.contacts) lines.push(`  contact ${c.type}: ${quote(c.value)}${c.obscured ? ' (obscured)' : ''}${c.freeWebmail ? ' (free webmail)' : ''}`);
    if (r.flags.length === 0) lines.push('  no signals found');
    return `${lines.join('\n')}\n\n`;
  },
  end: () => '',
});

export function createWriter(format: Format): Writer {
  switch (format) {
    case 'jsonl':
      return jsonl();
    case 'json':
      return json();
    case 'csv':
      return csv();
    case 'text':
      return text();
  }
}
