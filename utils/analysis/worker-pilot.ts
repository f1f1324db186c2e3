import { AD_BUDGET_MS, type AnalysisOutcome, type AnalysisRequest, type FromAnalysisWorker, type ToAnalysisWorker } from './protocol';

/** What the pilot needs of a dedicated Worker (a fake one in the unit tests). */
export interface WorkerLike {
  postMessage(message: ToAnalysisWorker): void;
  terminate(): void;
  onmessage: ((event: { data: FromAnalysisWorker }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

interface Running {
  seq: number;
  resolve(outcome: AnalysisOutcome): void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * Runs the engine in one dedicated Worker, one text at a time (the background's queue decides the order).
 * A text that takes longer than the budget costs the worker: it is terminated, the text is reported as
 * not read, and the next text gets a fresh worker. A worker that fails to start or dies is replaced the
 * same way. Lives where a Worker can be made: Chrome's offscreen document, Firefox's background page.
 */
export class WorkerPilot {
  private worker: WorkerLike | undefined;
  private running: Running | undefined;
  private seq = 0;

  constructor(
    private readonly spawn: () => WorkerLike,
    private readonly budgetMs = AD_BUDGET_MS,
  ) {}

  run(request: AnalysisRequest): Promise<AnalysisOutcome> {
    if (this.running) return Promise.reject(new Error('the analysis worker runs one text at a time'));
    return new Promise((resolve) => {
      let worker: WorkerLike;
      try {
        worker = this.ensureWorker();
      } catch {
        resolve({ ok: false, reason: 'failed' });
        return;
      }
      const seq = ++this.seq;
      const timer = setTimeout(() => this.finish(seq, { ok: false, reason: 'timeout' }, true), this.budgetMs);
      this.running = { seq, resolve, timer };
      worker.postMessage({ seq, request });
    });
  }

  /** Ends the worker (idle, or the document closes); the next text starts a new one. */
  stop(): void {
    this.worker?.terminate();
    this.worker = undefined;
    if (this.running) this.finish(this.running.seq, { ok: false, reason: 'failed' }, false);
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.spawn();
    worker.onmessage = ({ data }) => {
      this.finish(data.seq, 'report' in data ? { ok: true, report: data.report } : { ok: false, reason: 'failed' }, false);
    };
    // A script that does not load, or an error the engine did not catch: this worker is done.
    worker.onerror = () => {
      if (this.running) this.finish(this.running.seq, { ok: false, reason: 'failed' }, true);
      else this.replace();
    };
    this.worker = worker;
    return worker;
  }

  private finish(seq: number, outcome: AnalysisOutcome, replace: boolean): void {
    const running = this.running;
    // A late answer of a worker already replaced, or of a text already given up on.
    if (!running || running.seq !== seq) return;
    clearTimeout(running.timer);
    this.running = undefined;
    if (replace) this.replace();
    running.resolve(outcome);
  }

  private replace(): void {
    this.worker?.terminate();
    this.worker = undefined;
  }
}
