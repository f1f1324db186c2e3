import { analyze } from '@/engine';
import type { FromAnalysisWorker, ToAnalysisWorker } from './protocol';

/** The worker's answer to one text: the engine's report, or why it threw (the worker itself carries on). */
export function answer({ seq, request }: ToAnalysisWorker): FromAnalysisWorker {
  try {
    return { seq, report: analyze(String(request.text), { id: request.id, lang: request.lang }) };
  } catch (error) {
    return { seq, error: error instanceof Error ? error.message : String(error) };
  }
}
