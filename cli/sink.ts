import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Output is gathered into blocks of this size: one write per report would cost a system call each. */
const BLOCK = 64 * 1024;

/** Buffered writes to standard output that wait when the reader is slower than the engine (backpressure). */
export class Sink {
  private buffer = '';
  constructor(private readonly out: Writable) {}

  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= BLOCK) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.buffer === '') return;
    const text = this.buffer;
    this.buffer = '';
    if (!this.out.write(text)) await once(this.out, 'drain');
  }
}
