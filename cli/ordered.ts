/**
 * Results handed on in the order they were started, however they finish, with a bound on how many
 * are pending (by count and by weight, e.g. text length): push() waits while the bound is reached,
 * so a fast reader never piles up memory ahead of slow workers or a slow standard output.
 */
export class Ordered<T> {
  private readonly queue: { value: Promise<T>; weight: number }[] = [];
  private weight = 0;
  private closed = false;
  private failure: { error: unknown } | undefined;
  private wakeConsumer: (() => void) | undefined;
  private wakeProducer: (() => void) | undefined;
  private readonly done: Promise<void>;

  constructor(
    private readonly limits: { count: number; weight: number },
    private readonly consume: (value: T) => Promise<void>,
  ) {
    this.done = this.loop().catch((error: unknown) => {
      this.failure = { error };
      this.wakeProducer?.();
    });
  }

  /** Adds the next result; waits while the bound is reached (one result is always let in). */
  async push(value: Promise<T>, weight = 0): Promise<void> {
    while (this.queue.length > 0 && (this.queue.length >= this.limits.count || this.weight + weight > this.limits.weight)) {
      if (this.failure) throw this.failure.error;
      await new Promise<void>((resolve) => (this.wakeProducer = resolve));
    }
    if (this.failure) throw this.failure.error;
    this.queue.push({ value, weight });
    this.weight += weight;
    this.wake('consumer');
  }

  /** Waits for every result to be consumed; rethrows what the consumer threw. */
  async close(): Promise<void> {
    this.closed = true;
    this.wake('consumer');
    await this.done;
    if (this.failure) throw this.failure.error;
  }

  private wake(who: 'consumer' | 'producer'): void {
    const wake = who === 'consumer' ? this.wakeConsumer : this.wakeProducer;
    if (who === 'consumer') this.wakeConsumer = undefined;
    else this.wakeProducer = undefined;
    wake?.();
  }

  private async loop(): Promise<void> {
    for (;;) {
      const head = this.queue[0];
      if (!head) {
        if (this.closed) return;
        await new Promise<void>((resolve) => (this.wakeConsumer = resolve));
        continue;
      }
      await this.consume(await head.value);
      this.queue.shift();
      this.weight -= head.weight;
      this.wake('producer');
    }
  }
}
