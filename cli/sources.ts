import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { bad, type BadItem } from './items';

export type SourceFormat = 'jsonl' | 'csv' | 'txt' | 'html';

/** Formats by file extension. */
const EXTENSIONS: ReadonlyMap<string, SourceFormat> = new Map([
  ['.jsonl', 'jsonl'],
  ['.ndjson', 'jsonl'],
  ['.csv', 'csv'],
  ['.tsv', 'csv'],
  ['.txt', 'txt'],
  ['.html', 'html'],
  ['.htm', 'html'],
]);

export type Source = { kind: 'file'; path: string; format: SourceFormat; size: number } | { kind: 'stdin' };

export interface Expanded {
  sources: Source[];
  /** Inputs that could not be used at all (missing, unreadable, unknown format). */
  problems: BadItem[];
  /** Files inside directories skipped for their extension (not an error: a folder may hold a README). */
  skipped: string[];
}

export const formatOf = (path: string): SourceFormat | undefined => EXTENSIONS.get(extname(path).toLowerCase());

/** Files under a directory, recursively, in sorted order (code-unit order, the same on every machine); hidden entries are left out. */
async function walk(dir: string, out: Expanded): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    out.problems.push(bad(dir, `cannot read directory (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, out);
    else if (entry.isFile()) {
      const format = formatOf(path);
      if (format) out.sources.push({ kind: 'file', path, format, size: (await stat(path)).size });
      else out.skipped.push(path);
    }
  }
}

/** The command line's inputs as a list of readable sources, in the order given. */
export async function expandInputs(inputs: string[]): Promise<Expanded> {
  const out: Expanded = { sources: [], problems: [], skipped: [] };
  for (const input of inputs) {
    if (input === '-') {
      out.sources.push({ kind: 'stdin' });
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      out.problems.push(bad(input, code === 'ENOENT' ? 'no such file or directory' : `cannot read (${code ?? (error as Error).message})`));
      continue;
    }
    if (info.isDirectory()) {
      await walk(input, out);
      continue;
    }
    const format = formatOf(input);
    if (!format) out.problems.push(bad(input, `unknown format "${extname(input) || '(no extension)'}" (use .jsonl, .csv, .tsv, .txt or .html)`));
    else out.sources.push({ kind: 'file', path: input, format, size: info.size });
  }
  return out;
}
