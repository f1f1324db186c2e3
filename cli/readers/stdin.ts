import { bad, type Item } from '../items';
import { readJsonl } from './jsonl';
import type { OnBytes } from './limits';
import { unreadable } from './sniff';
import { readText } from './text';

const NAME = 'stdin';

/** The first chunks of a stream up to the first non-blank byte, and the stream rejoined behind them. */
async function peekFirstByte(stream: AsyncIterable<Buffer | string>): Promise<{ first?: number; head: Buffer; all: AsyncIterable<Buffer> }> {
  const iterator = stream[Symbol.asyncIterator]();
  const seen: Buffer[] = [];
  let first: number | undefined;
  while (first === undefined) {
    const next = await iterator.next();
    if (next.done) break;
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    seen.push(chunk);
    first = chunk.find((b) => b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0xef && b !== 0xbb && b !== 0xbf);
  }
  async function* all(): AsyncGenerator<Buffer> {
    yield* seen;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      yield typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    }
  }
  return { first, head: Buffer.concat(seen), all: all() };
}

/** Standard input holds JSONL when it starts with "{", else one plain-text ad; binary data is refused. */
export async function* readStdin(stream: AsyncIterable<Buffer | string>, onBytes: OnBytes): AsyncGenerator<Item> {
  const { first, head, all } = await peekFirstByte(stream);
  const problem = unreadable(head);
  if (problem) {
    yield bad(NAME, problem);
    return;
  }
  if (first === 0x7b) yield* readJsonl(all, NAME, onBytes);
  else yield* readText(all, NAME, onBytes);
}
