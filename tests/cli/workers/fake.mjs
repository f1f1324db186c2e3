// A stand-in for cli/worker.ts in the pool's tests: speaks the same protocol, and misbehaves on request.
// text "throw" → the engine throws; "exit" → the worker ends; "hang" → never answers; "oom" → fills its heap;
// "sleep:N" → answers after N ms. Otherwise it answers at once. The "report" is {id, text}.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', ({ seq, job }) => {
  const reply = (fields) => parentPort.postMessage({ seq, ms: 1, heap: 1024 * 1024, ...fields });
  if (job.text === 'throw') return reply({ error: 'no such rule' });
  if (job.text === 'exit') process.exit(3);
  if (job.text === 'hang') for (;;);
  if (job.text === 'oom') {
    const hoard = [];
    for (;;) hoard.push(new Array(1e6).fill(hoard.length));
  }
  const sleep = /^sleep:(\d+)$/.exec(job.text);
  if (sleep) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(sleep[1]));
  reply({ json: JSON.stringify({ id: job.id, text: job.text }), truncated: false });
});
