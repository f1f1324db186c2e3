import { Worker } from 'node:worker_threads';
import type { FromWorker, ToWorker } from './protocol';
import type { AdJob } from './score';

/** A scored ad's JSON, or why it could not be scored; `fatal` when no worker can load the engine at all. */
export type Outcome = { ok: true; json: string; truncated: boolean } | { ok: false; message: string; fatal?: boolean };

export interface PoolOptions {
  /** Most workers at once; they are started as the work needs them. */
  size: number;
  /** The worker's module (cli/worker.ts as bundled). */
  workerUrl: URL;
  /** V8 old-generation limit of each worker, in MB: an ad that needs more fails alone, the batch goes on. */
  heapMb: number;
  /** An ad still unscored after this long is given up and its worker replaced: a hang costs one ad, not the batch. */
  timeoutMs: number;
}

export interface WorkerStats {
  ads: number;
  /** Time spent scoring, as the worker measured it. */
  busyMs: number;
  /** Largest V8 heap (total_heap_size) seen after an ad, in bytes. */
  peakHeap: number;
}

/** Ads sent ahead to each worker, so that it never waits for the main thread; a lost worker loses only these. */
const AHEAD = 16;
/** Workers that end before scoring one ad, this many times in a row, mean the engine cannot load: stop trying. */
const MAX_START_FAILURES = 3;

interface Task {
  seq: number;
  job: AdJob;
  resolve: (outcome: Outcome) => void;
}

interface Slot {
  worker: Worker;
  /** Sent and not answered, in order: the worker answers in this order, and the first one is being scored. */
  tasks: Task[];
  stats: WorkerStats;
  timer?: NodeJS.Timeout;
  gone: boolean;
}

/** Worker threads that score ads in parallel; each ad's outcome comes back through the promise run() returned. */
export class Pool {
  private readonly waiting: Task[] = [];
  private readonly slots: Slot[] = [];
  private readonly finished: WorkerStats[] = [];
  private nextSeq = 0;
  private startFailures = 0;
  private broken: string | undefined;

  constructor(private readonly options: PoolOptions) {
    // The first worker loads the engine at once, while the inputs are still being listed and opened.
    this.spawn();
  }

  run(job: AdJob): Promise<Outcome> {
    return new Promise((resolve) => {
      if (this.broken !== undefined) {
        resolve({ ok: false, message: this.broken, fatal: true });
        return;
      }
      this.waiting.push({ seq: this.nextSeq++, job, resolve });
      this.dispatch();
    });
  }

  /** Stops every worker; the figures of each worker the run used. */
  async close(): Promise<WorkerStats[]> {
    const slots = [...this.slots];
    for (const slot of slots) this.retire(slot);
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
    return this.finished;
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      const slot = this.pick();
      if (!slot) return;
      const task = this.waiting.shift() as Task;
      slot.tasks.push(task);
      slot.worker.postMessage({ seq: task.seq, job: task.job } satisfies ToWorker);
      if (slot.tasks.length === 1) this.arm(slot);
    }
  }

  /**
   * The least busy worker with room; a new one only when every worker has a full queue, so that a
   * handful of ads costs one engine load (about a second of CPU and 100 MB), not one per core.
   */
  private pick(): Slot | undefined {
    let best: Slot | undefined;
    for (const slot of this.slots) if (!best || slot.tasks.length < best.tasks.length) best = slot;
    if (best && best.tasks.length < AHEAD) return best;
    return this.slots.length < this.options.size ? this.spawn() : undefined;
  }

  private spawn(): Slot {
    const worker = new Worker(this.options.workerUrl, { resourceLimits: { maxOldGenerationSizeMb: this.options.heapMb } });
    const slot: Slot = { worker, tasks: [], stats: { ads: 0, busyMs: 0, peakHeap: 0 }, gone: false };
    worker.on('message', (message: FromWorker) => this.answered(slot, message));
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') this.lose(slot, `the engine ran out of memory on this ad (limit ${this.options.heapMb} MB per worker); skipped`);
      else this.lose(slot, `the engine failed (${error.message})`, true);
    });
    worker.on('exit', (code) => this.lose(slot, `the engine's worker stopped (exit code ${code})`, true));
    this.slots.push(slot);
    return slot;
  }

  private answered(slot: Slot, message: FromWorker): void {
    const task = slot.tasks.shift();
    clearTimeout(slot.timer);
    if (!task) return;
    slot.stats.ads++;
    slot.stats.busyMs += message.ms;
    slot.stats.peakHeap = Math.max(slot.stats.peakHeap, message.heap);
    this.startFailures = 0;
    task.resolve('error' in message ? { ok: false, message: `the engine failed on this ad (${message.error})` } : { ok: true, json: message.json, truncated: message.truncated });
    if (slot.tasks.length > 0) this.arm(slot);
    this.dispatch();
  }

  /** Times the ad the worker is on now. */
  private arm(slot: Slot): void {
    slot.timer = setTimeout(() => {
      this.lose(slot, `not scored within ${Math.round(this.options.timeoutMs / 1000)} s; skipped`);
      void slot.worker.terminate();
    }, this.options.timeoutMs);
  }

  /**
   * A worker died or hung: the ad it was on fails, the ads sent behind it go to the other workers.
   * `crashed`: it failed by itself (not out of memory, not timed out), as a worker that cannot load the engine does.
   */
  private lose(slot: Slot, message: string, crashed = false): void {
    if (slot.gone) return;
    this.retire(slot);
    // A worker that ends before its first answer most likely could not load the engine: its ads are not to blame.
    const starting = crashed && slot.stats.ads === 0;
    if (starting) this.startFailures++;
    const [current, ...behind] = slot.tasks;
    slot.tasks = [];
    this.waiting.unshift(...(starting && current ? [current, ...behind] : behind));
    if (this.startFailures >= MAX_START_FAILURES) {
      this.broken = `cannot start the engine: ${message}`;
      for (const task of this.waiting.splice(0)) task.resolve({ ok: false, message: this.broken, fatal: true });
      return;
    }
    if (!starting) current?.resolve({ ok: false, message });
    this.dispatch();
  }

  private retire(slot: Slot): void {
    slot.gone = true;
    clearTimeout(slot.timer);
    this.slots.splice(this.slots.indexOf(slot), 1);
    this.finished.push(slot.stats);
  }
}
