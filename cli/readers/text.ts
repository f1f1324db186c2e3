import { StringDecoder } from 'node:string_decoder';
import { bad, type Item } from '../items';
import { MAX_RECORD_BYTES, type OnBytes } from './limits';

/**
 * The whole stream as one ad, read up to MAX_RECORD_BYTES (the rest is drained, not kept): the
 * engine reads only the start of a huge ad and marks its report `truncated`.
 */
export async function readBoundedText(stream: AsyncIterable<Buffer | string>, onBytes: OnBytes): Promise<string> {
  const decoder = new StringDecoder('utf8');
  let text = '';
  let kept = 0;
  for await (const raw of stream) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
    onBytes(chunk.length);
    if (kept >= MAX_RECORD_BYTES) continue;
    const part = chunk.subarray(0, MAX_RECORD_BYTES - kept);
    kept += part.length;
    text += decoder.write(part);
  }
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** A .txt file (or plain text on standard input) is one ad; its id is its name. */
export async function* readText(stream: AsyncIterable<Buffer | string>, name: string, onBytes: OnBytes): AsyncGenerator<Item> {
  const text = await readBoundedText(stream, onBytes);
  if (text.trim() === '') yield bad(name, 'empty text');
  else yield { kind: 'ad', id: name, text, source: name };
}
