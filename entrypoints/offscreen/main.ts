import { browser } from 'wxt/browser';
import { spawnAnalysisWorker } from '@/utils/analysis/hosts';
import { WorkerPilot } from '@/utils/analysis/worker-pilot';
import { handleMessages, type OffscreenApi } from '@/utils/messaging';

/**
 * Chrome's offscreen document (reason WORKERS): a service worker cannot start a Worker, this page can. It
 * holds the engine's worker and passes on the texts the background sends, one at a time; the background
 * opens it when ads arrive and closes it when idle (utils/analysis/hosts.ts). Only the background may ask:
 * a message from a tab (a content script) is not answered.
 */
const pilot = new WorkerPilot(spawnAnalysisWorker);
handleMessages<OffscreenApi>(
  { analyzeInWorker: (request) => pilot.run(request) },
  (_type, sender) => sender.id === browser.runtime.id && sender.tab === undefined,
);
