import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { LANGUAGES, type Lang } from '../engine/types';
import { guessCountry } from '../utils/country';
import { didYouMean } from './suggest';

export const FORMATS = ['jsonl', 'json', 'csv', 'text'] as const;
export type Format = (typeof FORMATS)[number];

/** More workers than this only add memory: the main thread cannot read and write faster. */
export const MAX_JOBS = 64;

export const USAGE = `Usage: faro scan [options] [FILE|DIR|-]...

Scores job and classified ads locally (nothing leaves this machine) and prints one report per ad.

Inputs:
  FILE.jsonl   one ad per line: {"text": "...", "id"?, "lang"?, "url"?}; other fields are ignored
  FILE.csv     a "text" column, or "title"/"description" columns (optional "id", "lang", "url");
               separated by commas, semicolons or tabs (found from the header); also FILE.tsv
  FILE.txt     one ad per file
  FILE.html    the ads found on the page, each with its title, link and an excerpt
  DIR          every file of these kinds inside, recursively, in sorted order
  -            standard input: JSONL, or else one plain-text ad

Options:
  --format F   jsonl (default): one report per line; json: one array; csv; text: a summary to read
  --lang XX    language hint for ads without their own "lang" (${LANGUAGES.join(', ')})
  --locale XX  language of the text summary (default: from LC_ALL, LC_MESSAGES or LANG, else en)
  --country CC country whose helpline ends the text summary (default: from the locale), e.g. IT
  -j, --jobs N ads scored in parallel by N worker threads (default: the number of cores, here ${availableParallelism()})
  --clusters   also find ads of the batch that share a contact or repeat one text: with --format text
               after the reports, otherwise instead of them (keeps every text of the batch in memory)
  --stats      time, CPU, memory and each worker's share on standard error at the end
  -h, --help   print this text

Reports go to standard output in input order; progress and problems go to standard error.
Exit status: 0 every input was read, 1 some inputs failed (named on standard error), 2 wrong usage.
`;

export interface ScanArgs {
  format: Format;
  lang?: Lang;
  /** Language of the text summary. */
  locale: Lang;
  /** ISO 3166-1 alpha-2 country of the helpline shown, if one is known. */
  country?: string;
  jobs: number;
  clusters: boolean;
  stats: boolean;
  inputs: string[];
}

export type ParsedArgs = { kind: 'help' } | { kind: 'scan'; args: ScanArgs } | { kind: 'usage-error'; message: string };

const OPTIONS = {
  format: { type: 'string', default: 'jsonl' },
  lang: { type: 'string' },
  locale: { type: 'string' },
  country: { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  clusters: { type: 'boolean', default: false },
  stats: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h' },
} as const;

const COMMANDS = ['scan'];
const isLang = (value: string): value is Lang => (LANGUAGES as readonly string[]).includes(value);

/** parseArgs' message, with the option the user probably meant ("--formt" → "--format"). */
function optionError(error: Error & { code?: string }): string {
  const unknown = /Unknown option '(-{1,2})([^']+)'/.exec(error.message);
  if (error.code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || !unknown) return error.message;
  const [, dashes, name] = unknown;
  return `unknown option "${dashes}${name}"${didYouMean(name ?? '', Object.keys(OPTIONS), (o) => `--${o}`)}`;
}

/** The language and region of the POSIX locale (LC_ALL, then LC_MESSAGES, then LANG), e.g. "it_IT.UTF-8" → it, IT. */
export function envLocale(env: NodeJS.ProcessEnv): { lang?: Lang; tag?: string } {
  const value = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find((v) => v !== undefined && v !== '');
  const tag = value?.split(/[.@]/)[0];
  const lang = tag?.split(/[-_]/)[0]?.toLowerCase();
  return lang !== undefined && isLang(lang) ? { lang, tag } : {};
}

function parseJobs(value: string | undefined): number | string {
  if (value === undefined) return availableParallelism();
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= MAX_JOBS ? n : `--jobs takes a whole number from 1 to ${MAX_JOBS}, not "${value}"`;
}

export function parseCommandLine(argv: string[], env: NodeJS.ProcessEnv = process.env): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    return { kind: 'usage-error', message: optionError(error as Error) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  const [command, ...inputs] = positionals;
  if (command !== 'scan') {
    return { kind: 'usage-error', message: command ? `unknown command "${command}"${didYouMean(command, COMMANDS)}` : 'missing command "scan"' };
  }
  const format = values.format as Format;
  if (!FORMATS.includes(format)) return { kind: 'usage-error', message: `unknown format "${values.format}"${didYouMean(values.format, FORMATS)} (${FORMATS.join(', ')})` };
  const lang = values.lang?.toLowerCase();
  if (lang !== undefined && !isLang(lang)) return { kind: 'usage-error', message: `unknown language "${values.lang}"${didYouMean(lang, LANGUAGES)} (${LANGUAGES.join(', ')})` };
  const locale = values.locale?.toLowerCase();
  if (locale !== undefined && !isLang(locale)) return { kind: 'usage-error', message: `unknown locale "${values.locale}"${didYouMean(locale, LANGUAGES)} (${LANGUAGES.join(', ')})` };
  const country = values.country?.toUpperCase();
  if (country !== undefined && !/^[A-Z]{2}$/.test(country)) return { kind: 'usage-error', message: `--country takes a two-letter country code such as IT, not "${values.country}"` };
  const jobs = parseJobs(values.jobs);
  if (typeof jobs === 'string') return { kind: 'usage-error', message: jobs };
  if (inputs.length === 0) return { kind: 'usage-error', message: 'no input: name files, directories, or - for standard input' };
  const fromEnv = envLocale(env);
  const chosen = locale ?? fromEnv.lang ?? 'en';
  // The helpline follows the locale actually used: the environment's region when it speaks that language.
  const tag = fromEnv.lang === chosen ? fromEnv.tag : chosen;
  return {
    kind: 'scan',
    args: {
      format,
      lang,
      locale: chosen,
      country: country ?? (tag === undefined ? undefined : guessCountry(undefined, [tag])),
      jobs,
      clusters: values.clusters === true,
      stats: values.stats === true,
      inputs,
    },
  };
}
