import { browser } from 'wxt/browser';
import { sendToOffscreen } from '@/utils/messaging';
import { ANALYSIS_WORKER_FILE } from './protocol';
import type { AnalysisHost } from './scheduler';
import { WorkerPilot, type WorkerLike } from './worker-pilot';

/**
 * How long the worker (Firefox) or the offscreen document (Chrome) stays after the last ad: a person moving
 * between pages of a job site keeps the engine loaded; an idle browser gets its memory back (the engine's
 * worker holds tens of megabytes, and starting it again takes under a second). Shorter than Chrome's 30 s
 * before it stops an idle service worker, so that the background is still there to close the document.
 */
export const HOST_IDLE_MS = 20_000;

/** The offscreen document's page in the build (entrypoints/offscreen, Chrome only). */
export const OFFSCREEN_PAGE = '/offscreen.html';

/** Runs `action` once nothing happened for `ms`; `touch` starts the wait again, `hold` cancels it. */
class IdleTimer {
  private timer: ReturnType<typeof setTimeout> | undefined;
  constructor(
    private readonly ms: number,
    private readonly action: () => void,
  ) {}
  hold(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
  touch(): void {
    this.hold();
    this.timer = setTimeout(this.action, this.ms);
  }
}

/** The engine's worker, started by this document (Firefox's background page; Chrome's offscreen document). */
export function spawnAnalysisWorker(): WorkerLike {
  return new Worker(browser.runtime.getURL(ANALYSIS_WORKER_FILE)) as unknown as WorkerLike;
}

/** A worker this context starts itself: Firefox's background page is a document and may. */
export function workerHost(spawn: () => WorkerLike = spawnAnalysisWorker, idleMs = HOST_IDLE_MS): AnalysisHost {
  const pilot = new WorkerPilot(spawn);
  const idle = new IdleTimer(idleMs, () => pilot.stop());
  return {
    run: (request) => {
      idle.hold();
      return pilot.run(request);
    },
    idle: () => idle.touch(),
  };
}

/**
 * Chrome's service worker cannot start a Worker: an offscreen document (reason WORKERS) starts it and
 * passes the texts on. Only one offscreen document may exist; after a restart of the service worker the
 * one already open is used.
 */
export function offscreenHost(idleMs = HOST_IDLE_MS): AnalysisHost {
  let open: Promise<void> | undefined;
  let closing: Promise<void> = Promise.resolve();
  const idle = new IdleTimer(idleMs, () => {
    open = undefined;
    closing = browser.offscreen.closeDocument().catch(() => undefined);
  });
  const ensureOpen = async () => {
    await closing;
    open ??= openOffscreen().catch((error: unknown) => {
      open = undefined;
      throw error;
    });
    await open;
  };
  return {
    run: async (request) => {
      idle.hold();
      await ensureOpen();
      return sendToOffscreen('analyzeInWorker', request);
    },
    idle: () => idle.touch(),
  };
}

async function openOffscreen(): Promise<void> {
  const existing = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  if (existing.length > 0) return;
  await browser.offscreen.createDocument({
    url: OFFSCREEN_PAGE,
    reasons: ['WORKERS'],
    justification: 'Runs the ad-scoring engine in a worker, so that reading one page never delays the others.',
  });
}

/** The host this background can have: a worker of its own where it is a document (Firefox), else the offscreen document (Chrome). */
export function analysisHost(): AnalysisHost {
  return typeof Worker === 'function' ? workerHost() : offscreenHost();
}
