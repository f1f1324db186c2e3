import { createReadStream } from 'node:fs';
import { bad, type Item } from '../items';
import type { Source } from '../sources';
import { readCsv } from './csv';
import { readHtml } from './html';
import { readJsonl } from './jsonl';
import type { OnBytes } from './limits';
import { readText } from './text';
import { readStdin } from './stdin';

/** The items of one source. A file that cannot be opened yields one bad item and the batch goes on. */
export async function* readSource(source: Source, onBytes: OnBytes): AsyncGenerator<Item> {
  if (source.kind === 'stdin') {
    yield* readStdin(process.stdin, onBytes);
    return;
  }
  const { path, format } = source;
  try {
    switch (format) {
      case 'jsonl':
        yield* readJsonl(createReadStream(path), path, onBytes);
        break;
      case 'csv':
        yield* readCsv(path, path, onBytes);
        break;
      case 'txt':
        yield* readText(createReadStream(path), path, onBytes);
        break;
      case 'html':
        yield* readHtml(path, onBytes);
        break;
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    yield bad(path, `cannot read (${code ?? (error as Error).message})`);
  }
}
