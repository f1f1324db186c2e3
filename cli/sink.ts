import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Output is gathered into blocks of this size: one write per report would cost a system call each. */
const BLOCK = 64 * 1024;
/** Longest a report waits in the buffer: whoever watches the output sees each report soon after it is scored. */
const LINGER_MS = 50;

/** Buffered writes to standard output that wait when the reader is slower than the engine (backpressure). */
export class Sink {
  private buffer = '';
  private timer: NodeJS.Timeout | undefined;
  private drained: Promise<unknown> | undefined;

  constructor(private readonly out: Writable) {}

  async write(text: string): Promise<void> {
    if (this.drained) await this.drained;
    this.buffer += text;
    if (this.buffer.length >= BLOCK) this.flush();
    else if (this.buffer !== '') this.timer ??= setTimeout(() => this.flush(), LINGER_MS).unref();
  }

  /** Writes what is buffered; resolves once the output has room again. */
  async end(): Promise<void> {
    this.flush();
    if (this.drained) await this.drained;
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.buffer === '') return;
    const text = this.buffer;
    this.buffer = '';
    if (!this.out.write(text)) {
      this.drained = once(this.out, 'drain').finally(() => (this.drained = undefined));
    }
  }
}
