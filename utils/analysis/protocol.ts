import type { Report } from '@/engine/types';

/** One text for the engine, as the background hands it to the analysis worker. */
export interface AnalysisRequest {
  text: string;
  /** Carried into the report (the ad's key on its page). */
  id?: string;
  /** The page's language hint. */
  lang?: string;
}

/**
 * What became of one request. `timeout`: the worker took longer than the per-ad budget and was replaced;
 * `failed`: the engine threw, or the worker could not be started; `dropped`: the tab went away or loaded
 * another page before the ad's turn came.
 */
export type AnalysisOutcome = { ok: true; report: Report } | { ok: false; reason: UnreadReason | 'dropped' };
export type UnreadReason = 'timeout' | 'failed';

/** Background or offscreen document → worker. */
export interface ToAnalysisWorker {
  seq: number;
  request: AnalysisRequest;
}

/** Worker → background or offscreen document: the report, or why the engine threw. */
export type FromAnalysisWorker = { seq: number; report: Report } | { seq: number; error: string };

/** The worker's script in the build (entrypoints/analysis-worker.ts). */
export const ANALYSIS_WORKER_FILE = '/analysis-worker.js';

/**
 * How long the engine may take over one ad before its worker is replaced and the ad reported as not read.
 * The engine is linear in the text and caps it (100,000 characters of text made to be slow took 0.6 s
 * here, README "Figures"); ten seconds leaves room for a slow machine and the worker's start, and still
 * frees the queue before a person gives up on the page.
 */
export const AD_BUDGET_MS = 10_000;
