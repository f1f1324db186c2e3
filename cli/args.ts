import { parseArgs } from 'node:util';
import { LANGUAGES, type Lang } from '../engine/types';
import { FORMATS, type Format } from './writers';

export const USAGE = `Usage: faro scan [--format jsonl|json|csv|text] [--lang XX] [--clusters] [FILE|DIR|-]...

Scores job and classified ads locally (nothing leaves this machine) and prints one report per ad.

Inputs:
  FILE.jsonl   one ad per line: {"text": "...", "id"?, "lang"?, "url"?}; other fields are ignored
  FILE.csv     a "text" column, or "title"/"description" columns (optional "id", "lang", "url")
  FILE.txt     one ad per file
  FILE.html    the ads found on the page
  DIR          every file of these kinds inside, recursively, in sorted order
  -            standard input: JSONL, or else one plain-text ad

Options:
  --format F   jsonl (default): one report per line; json: one array; csv; text: a summary to read
  --lang XX    language hint for ads without their own "lang" (${LANGUAGES.join(', ')})
  --clusters   also find ads of the batch that share a contact or repeat one text: with --format text
               after the reports, otherwise instead of them (keeps every text of the batch in memory)
  -h, --help   print this text

Reports go to standard output in input order; progress and problems go to standard error.
Exit status: 0 every input was read, 1 some inputs failed (named on standard error), 2 wrong usage.
`;

export interface ScanArgs {
  format: Format;
  lang?: Lang;
  clusters: boolean;
  inputs: string[];
}

export type ParsedArgs = { kind: 'help' } | { kind: 'scan'; args: ScanArgs } | { kind: 'usage-error'; message: string };

export function parseCommandLine(argv: string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', default: 'jsonl' },
        lang: { type: 'string' },
        clusters: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return { kind: 'usage-error', message: (error as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  const [command, ...inputs] = positionals;
  if (command !== 'scan') return { kind: 'usage-error', message: command ? `unknown command "${command}"` : 'missing command "scan"' };
  const format = values.format as Format;
  if (!FORMATS.includes(format)) return { kind: 'usage-error', message: `unknown format "${values.format}" (${FORMATS.join(', ')})` };
  const lang = values.lang?.toLowerCase();
  if (lang !== undefined && !(LANGUAGES as readonly string[]).includes(lang)) {
    return { kind: 'usage-error', message: `unknown language "${values.lang}" (${LANGUAGES.join(', ')})` };
  }
  if (inputs.length === 0) return { kind: 'usage-error', message: 'no input: name files, directories, or - for standard input' };
  return { kind: 'scan', args: { format, lang: lang as Lang | undefined, clusters: values.clusters === true, inputs } };
}
