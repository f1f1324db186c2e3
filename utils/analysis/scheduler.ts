import { FairQueue, type Owner } from './fair-queue';
import type { AnalysisOutcome, AnalysisRequest } from './protocol';

/** Where the engine runs: a worker, reached directly (Firefox) or through the offscreen document (Chrome). */
export interface AnalysisHost {
  /** Analyses one text; never rejects for a text the engine cannot read (the outcome says so). */
  run(request: AnalysisRequest): Promise<AnalysisOutcome>;
  /** Nothing is queued any more: the host may free its worker after a while. */
  idle(): void;
}

interface Job {
  request: AnalysisRequest;
  resolve(outcome: AnalysisOutcome): void;
}

/**
 * The background's analysis queue: every tab's ads go to one worker, one at a time, in the fair order of
 * FairQueue, so that the background itself only passes messages and a tab full of slow ads delays another
 * tab by at most about one of its ads. A tab that closes or loads another page has its queued ads dropped.
 */
export class AnalysisScheduler {
  private readonly queue = new FairQueue<Job>();
  private draining = false;

  constructor(
    private readonly host: AnalysisHost,
    private readonly now: () => number = () => performance.now(),
  ) {}

  analyze(owner: Owner, request: AnalysisRequest): Promise<AnalysisOutcome> {
    return new Promise((resolve) => {
      this.queue.push(owner, { request, resolve });
      void this.drain();
    });
  }

  /** Forgets the owner's queued texts; each is answered `dropped`. One already in the worker finishes. */
  drop(owner: Owner): void {
    for (const job of this.queue.drop(owner)) job.resolve({ ok: false, reason: 'dropped' });
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      for (let next = this.queue.next(); next; next = this.queue.next()) {
        const started = this.now();
        const outcome = await this.host.run(next.job.request).catch((): AnalysisOutcome => ({ ok: false, reason: 'failed' }));
        this.queue.charge(next.owner, this.now() - started);
        next.job.resolve(outcome);
      }
    } finally {
      this.draining = false;
    }
    this.host.idle();
  }
}
