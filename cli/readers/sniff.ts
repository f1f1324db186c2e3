import { open } from 'node:fs/promises';

/** Bytes read from the start of a file to judge what it holds (and a CSV file's header). */
export const HEAD_BYTES = 64 * 1024;

/** The first HEAD_BYTES of a file. */
export async function readHead(path: string): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await file.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

/**
 * Why the start of an input is not text we can read, or undefined when it is: a NUL byte means
 * binary data (an image, a spreadsheet, a PDF renamed .txt), a UTF-16 mark or bytes that are not
 * UTF-8 mean another encoding, which would reach the engine as mojibake and flag nothing.
 */
export function unreadable(head: Uint8Array): string | undefined {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return 'UTF-16 text: save it as UTF-8';
  if (head.includes(0)) return 'binary data, not text';
  try {
    // `stream`: a character cut at the end of the head is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
  } catch {
    return 'not UTF-8 text (another encoding?): save it as UTF-8';
  }
  return undefined;
}
