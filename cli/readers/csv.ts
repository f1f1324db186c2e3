import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { parse } from 'csv-parse';
import { adFromRecord, bad, type Item } from '../items';
import { MAX_RECORD_BYTES, type OnBytes } from './limits';

const DELIMITERS = [',', ';', '\t'] as const;
type Delimiter = (typeof DELIMITERS)[number];
const AD_COLUMNS = new Set(['text', 'title', 'description']);

const headerLine = (head: Buffer): string => {
  const text = head.toString('utf8');
  const end = text.search(/\r?\n/);
  return end === -1 ? text : text.slice(0, end);
};

/**
 * The field separator, from the header: the one that makes a "text" (or "title"/"description")
 * column appear, else the most frequent one. Spreadsheets save CSV with semicolons where the comma
 * is the decimal mark (Italy, Germany, Poland…), and tab-separated for .tsv.
 */
export function detectDelimiter(head: Buffer, preferTab: boolean): Delimiter {
  const header = headerLine(head);
  const columns = (d: Delimiter) => header.split(d).map((h) => h.trim().replace(/^"(.*)"$/, '$1').trim().toLowerCase());
  const naming = DELIMITERS.filter((d) => columns(d).some((c) => AD_COLUMNS.has(c)) && columns(d).length > 1);
  if (naming.length === 1) return naming[0] as Delimiter;
  const count = (d: Delimiter) => header.split(d).length - 1;
  const fallback: Delimiter = preferTab ? '\t' : ',';
  return DELIMITERS.reduce<Delimiter>((best, d) => (count(d) > count(best) ? d : best), fallback);
}

/**
 * The line where a quote opens that is never closed: quotes pair up through the whole file (a
 * doubled quote inside a field pairs with itself), so the opening is the last quote that left the
 * file "inside quotes". csv-parse only says where the file ended.
 */
export async function unclosedQuoteLine(path: string): Promise<number | undefined> {
  let line = 1;
  let inside = false;
  let openedAt = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (const byte of chunk) {
      if (byte === 0x0a) line++;
      else if (byte === 0x22) {
        inside = !inside;
        if (inside) openedAt = line;
      }
    }
  }
  return inside ? openedAt : undefined;
}

/**
 * csv-parse (the CSV project, no dependencies, streaming) rather than splitting on commas: exports
 * quote fields that hold commas, quotes and newlines (RFC 4180), start with a BOM, and vary in column
 * count; a hand-written splitter gets those wrong on exactly the long descriptions we care about.
 */
export async function* readCsv(path: string, head: Buffer, onBytes: OnBytes): AsyncGenerator<Item> {
  const parser = createReadStream(path).pipe(
    parse({
      delimiter: detectDelimiter(head, extname(path).toLowerCase() === '.tsv'),
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      max_record_size: MAX_RECORD_BYTES,
    }),
  );
  let bytes = 0;
  let checkedHeader = false;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number; bytes: number } }>) {
      onBytes(info.bytes - bytes);
      bytes = info.bytes;
      if (!checkedHeader) {
        checkedHeader = true;
        if (!('text' in record) && !('title' in record) && !('description' in record)) {
          yield bad(path, 'no "text" column (or "title"/"description" columns) in the header');
          return;
        }
      }
      const where = `${path}:${info.lines}`;
      yield adFromRecord(record, where, where, true);
    }
  } catch (error) {
    // csv-parse cannot resynchronise after a broken quote: the rest of this file is lost, the batch goes on.
    const e = error as NodeJS.ErrnoException & { lines?: number };
    if (e.syscall) {
      yield bad(path, `cannot read (${e.code ?? e.message})`);
      return;
    }
    if (e.code === 'CSV_QUOTE_NOT_CLOSED') {
      const line = await unclosedQuoteLine(path);
      yield bad(line ? `${path}:${line}` : path, 'invalid CSV (a quote opened here is never closed); the rest of this file is skipped');
      return;
    }
    yield bad(e.lines ? `${path}:${e.lines}` : path, `invalid CSV (${e.message}); the rest of this file is skipped`);
  } finally {
    parser.destroy();
  }
}
