// A worker thread of the pool (cli/pool.ts): loads the engine once, then scores the ads it is sent, in order.
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import type { FromWorker, ToWorker } from './protocol';
import { scoreAd } from './score';

const port = parentPort;
if (!port) throw new Error('cli/worker.ts runs as a worker thread of faro scan');

port.on('message', ({ seq, job }: ToWorker) => {
  const started = performance.now();
  let reply: FromWorker;
  try {
    const report = scoreAd(job);
    const json = JSON.stringify(report);
    reply = { seq, json, truncated: report.truncated === true, ms: performance.now() - started, heap: getHeapStatistics().total_heap_size };
  } catch (error) {
    // One ad the engine cannot read must not end the batch: it is reported, and the next one is scored.
    const message = error instanceof Error ? error.message : String(error);
    reply = { seq, error: message, ms: performance.now() - started, heap: getHeapStatistics().total_heap_size };
  }
  port.postMessage(reply);
});
