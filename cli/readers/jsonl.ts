import { adFromRecord, bad, type Item } from '../items';
import { readLines } from '../lines';
import { MAX_RECORD_BYTES, type OnBytes } from './limits';

/** One ad per line; blank lines are skipped; a bad line is reported and the next one is read. */
export async function* readJsonl(stream: AsyncIterable<Buffer | string>, name: string, onBytes: OnBytes): AsyncGenerator<Item> {
  for await (const line of readLines(stream, MAX_RECORD_BYTES)) {
    onBytes(line.bytes);
    const where = `${name}:${line.number}`;
    if (line.text === undefined) {
      yield bad(where, `line longer than ${MAX_RECORD_BYTES / 1024 / 1024} MB, skipped`);
      continue;
    }
    if (line.text.trim() === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(line.text);
    } catch (error) {
      yield bad(where, `invalid JSON (${(error as Error).message})`);
      continue;
    }
    yield adFromRecord(record, where, where);
  }
}
