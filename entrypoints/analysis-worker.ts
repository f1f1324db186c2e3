import type { FromAnalysisWorker, ToAnalysisWorker } from '@/utils/analysis/protocol';
import { answer } from '@/utils/analysis/worker-side';

/** What this script sees of its global scope: a dedicated worker's. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ToAnalysisWorker>) => void) | null;
  postMessage(message: FromAnalysisWorker): void;
}

/**
 * The engine, in a dedicated Worker (utils/analysis/worker-pilot.ts starts and replaces it): slow text
 * costs this thread, never the background's, so every tab's messages are answered meanwhile. It loads no
 * extension API and reaches nothing but its parent.
 */
export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as WorkerScope;
  scope.onmessage = (event) => scope.postMessage(answer(event.data));
});
