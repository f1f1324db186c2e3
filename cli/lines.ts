export interface Line {
  /** 1-based line number. */
  number: number;
  /** The line without its end-of-line; undefined when it was longer than the limit (it is skipped). */
  text?: string;
  /** Bytes the line took in the input, end-of-line included (for progress). */
  bytes: number;
}

/**
 * Splits a byte stream into lines without ever holding more than one line in memory, and at most
 * `maxBytes` of it: a 50 MB JSONL export streams through in constant memory, and a runaway line
 * (a binary file, a missing newline) is reported instead of swallowing the heap.
 */
export async function* readLines(stream: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let number = 0;
  const finish = (newline: number): Line => {
    number++;
    const line: Line = { number, bytes: size + newline };
    if (size <= maxBytes) {
      let text = Buffer.concat(parts, size).toString('utf8');
      if (text.endsWith('\r')) text = text.slice(0, -1);
      if (number === 1 && text.startsWith('\uFEFF')) text = text.slice(1);
      line.text = text;
    }
    parts = [];
    size = 0;
    return line;
  };
  for await (const raw of stream) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf(10, start);
      const end = newline === -1 ? chunk.length : newline;
      if (size + (end - start) <= maxBytes) {
        if (end > start) parts.push(chunk.subarray(start, end));
      } else {
        parts = [];
      }
      size += end - start;
      if (newline === -1) break;
      yield finish(1);
      start = newline + 1;
    }
  }
  if (size > 0) yield finish(0);
}
