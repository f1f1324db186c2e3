import type { AdJob } from './score';

/** Main thread → worker: one ad to score. */
export interface ToWorker {
  seq: number;
  job: AdJob;
}

interface Done {
  seq: number;
  /** Time the worker spent on the ad. */
  ms: number;
  /** The worker's V8 heap (total_heap_size) after the ad: its memory, bounded by the pool's limit. */
  heap: number;
}

/** Worker → main thread: the report as JSON (what the output prints, so it is stringified once, where the work is), or why the engine failed. */
export type FromWorker = (Done & { json: string; truncated: boolean }) | (Done & { error: string });
