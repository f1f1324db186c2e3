import { createReadStream } from 'node:fs';
import { bad, type Item } from '../items';
import type { Source } from '../sources';
import { readJsonl } from './jsonl';
import type { OnBytes } from './limits';
import { readHead, unreadable } from './sniff';
import { readText } from './text';
import { readStdin } from './stdin';

/** The items of one file in its format; the CSV parser and the HTML DOM are loaded only for files that need them. */
async function* readFile(path: string, format: Exclude<Source, { kind: 'stdin' }>['format'], head: Buffer, onBytes: OnBytes): AsyncGenerator<Item> {
  switch (format) {
    case 'jsonl':
      yield* readJsonl(createReadStream(path), path, onBytes);
      break;
    case 'csv':
      yield* (await import('./csv')).readCsv(path, head, onBytes);
      break;
    case 'txt':
      yield* readText(createReadStream(path), path, onBytes);
      break;
    case 'html':
      yield* (await import('./html')).readHtml(path, onBytes);
      break;
  }
}

/**
 * The items of one source. A file that cannot be opened, is empty, holds binary data or no ad at all
 * yields one bad item naming it, and the batch goes on.
 */
export async function* readSource(source: Source, onBytes: OnBytes): AsyncGenerator<Item> {
  if (source.kind === 'stdin') {
    yield* readStdin(process.stdin, onBytes);
    return;
  }
  const { path, format } = source;
  try {
    const head = await readHead(path);
    const problem = head.length === 0 ? 'empty file' : unreadable(head);
    if (problem) {
      onBytes(source.size);
      yield bad(path, problem);
      return;
    }
    let items = 0;
    for await (const item of readFile(path, format, head, onBytes)) {
      items++;
      yield item;
    }
    if (items === 0) yield bad(path, 'no ad in this file (only blank lines or a header)');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    yield bad(path, `cannot read (${code ?? (error as Error).message})`);
  }
}
