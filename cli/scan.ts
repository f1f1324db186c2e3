import type { Writable } from 'node:stream';
import type { ScanArgs } from './args';
import type { ClusterItem } from './clusters';
import type { AdItem } from './items';
import { Ordered } from './ordered';
import { Pool, type Outcome } from './pool';
import { Progress } from './progress';
import { readSource } from './readers/index';
import type { ScanReport } from './score';
import { Sink } from './sink';
import { expandInputs } from './sources';
import { formatStats } from './stats';
import { createWriter, type Writer } from './writers';

export interface ScanStreams {
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean; columns?: number };
}

export interface ScanResult {
  ads: number;
  failed: number;
}

/** The worker module, beside this one in the bundle (cli/build.mjs). */
const WORKER = new URL('./worker.mjs', import.meta.url);
/** Each worker's V8 heap limit: scoring holds one ad at a time, so this is room, not a target (npm run bench reports the peak). */
export const WORKER_HEAP_MB = 512;
/** An ad unscored after this long is skipped, and its worker replaced. */
const AD_TIMEOUT_MS = 120_000;
/** Ads read ahead of the one being written, per worker, and characters of text at most in all of them. */
const AHEAD_PER_JOB = 32;
const AHEAD_CHARS = 32 * 1024 * 1024;

async function writerFor(args: ScanArgs): Promise<Writer> {
  if (args.format !== 'text') return createWriter(args.format);
  const [{ loadMessages }, { textWriter }] = await Promise.all([import('./locale'), import('./text')]);
  return textWriter(await loadMessages(args.locale), args.country);
}

/** Reads every input in order, scores the ads on a pool of workers, streams the reports in input order; problems are reported and counted, never thrown. */
export async function scan(args: ScanArgs, streams: ScanStreams): Promise<ScanResult> {
  const pool = new Pool({ size: args.jobs, workerUrl: WORKER, heapMb: WORKER_HEAP_MB, timeoutMs: AD_TIMEOUT_MS });
  const started = performance.now();
  const { sources, problems, skipped } = await expandInputs(args.inputs);
  const sizes = sources.map((s) => (s.kind === 'file' ? s.size : undefined));
  const total = sizes.includes(undefined) ? undefined : sizes.reduce<number>((a, b) => a + (b ?? 0), 0);
  const progress = new Progress(streams.stderr, total);
  const report = (where: string, message: string) => progress.message(`faro: ${where}: ${message}`);

  let failed = problems.length;
  for (const p of problems) report(p.where, p.message);
  if (skipped.length > 0) {
    progress.message(`faro: skipped ${skipped.length} file(s) of unknown format in directories (e.g. ${skipped[0]})`);
  }

  // Loaded before the first report, not after the last: a long run must not end on a missing chunk.
  const writer = await writerFor(args);
  const formatClusters = args.clusters ? (await import('./clusters')).formatClusters : undefined;
  const sink = new Sink(streams.stdout);
  // Clusters need the whole batch; as JSON, JSONL or CSV they replace the per-ad output so that stdout stays one document.
  const kept: ClusterItem[] | undefined = formatClusters ? [] : undefined;
  const perAd = !args.clusters || args.format === 'text';
  let ads = 0;
  let fatal: string | undefined;

  const emit = async ({ item, outcome }: { item: AdItem; outcome: Outcome }) => {
    if (!outcome.ok) {
      if (outcome.fatal) {
        fatal ??= outcome.message;
        return;
      }
      failed++;
      report(item.source, outcome.message);
      return;
    }
    let parsed: ScanReport | undefined;
    const scored = { json: outcome.json, report: () => (parsed ??= JSON.parse(outcome.json) as ScanReport) };
    if (outcome.truncated) progress.message(`faro: ${item.id}: longer than the engine reads; only the start was analysed`);
    kept?.push({ id: item.id, text: item.text, report: scored.report(), source: item.source });
    if (perAd) await sink.write(writer.report(scored));
    ads++;
    progress.addAd();
  };
  const ordered = new Ordered<{ item: AdItem; outcome: Outcome }>({ count: args.jobs * AHEAD_PER_JOB, weight: AHEAD_CHARS }, emit);

  if (perAd) await sink.write(writer.start());
  reading: for (const source of sources) {
    for await (const item of readSource(source, (n) => progress.addBytes(n))) {
      if (fatal) break reading;
      if (item.kind === 'bad') {
        failed++;
        report(item.where, item.message);
        continue;
      }
      const { text, id, url, title, excerpt, truncated } = item;
      const job = { text, id, lang: item.lang ?? args.lang, url, title, excerpt, truncated };
      await ordered.push(
        pool.run(job).then((outcome) => ({ item, outcome })),
        text.length,
      );
    }
  }
  await ordered.close();
  const workers = await pool.close();
  if (fatal) {
    failed++;
    progress.message(`faro: ${fatal}`);
  }
  if (kept && formatClusters) await sink.write(formatClusters(kept, args.format));
  if (perAd) await sink.write(writer.end());
  await sink.end();
  progress.done();
  if (args.stats) streams.stderr.write(formatStats({ ads, bytes: progress.bytesRead, ms: performance.now() - started, workers, heapLimitMb: WORKER_HEAP_MB }));
  return { ads, failed };
}
