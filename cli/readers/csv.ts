import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { adFromRecord, bad, type Item } from '../items';
import { MAX_RECORD_BYTES, type OnBytes } from './limits';

/**
 * csv-parse (the CSV project, no dependencies, streaming) rather than splitting on commas: exports
 * quote fields that hold commas, quotes and newlines (RFC 4180), start with a BOM, and vary in column
 * count; a hand-written splitter gets those wrong on exactly the long descriptions we care about.
 */
export async function* readCsv(path: string, name: string, onBytes: OnBytes): AsyncGenerator<Item> {
  const parser = createReadStream(path).pipe(
    parse({
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
          yield bad(name, 'no "text" column (or "title"/"description" columns) in the header');
          return;
        }
      }
      const where = `${name}:${info.lines}`;
      yield adFromRecord(record, where, where, true);
    }
  } catch (error) {
    // csv-parse cannot resynchronise after a broken quote: the rest of this file is lost, the batch goes on.
    const e = error as NodeJS.ErrnoException & { lines?: number };
    if (e.syscall) {
      yield bad(name, `cannot read (${e.code ?? e.message})`);
      return;
    }
    yield bad(e.lines ? `${name}:${e.lines}` : name, `invalid CSV (${e.message}); the rest of this file is skipped`);
  } finally {
    parser.destroy();
  }
}
