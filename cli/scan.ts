import type { Writable } from 'node:stream';
import { analyze } from '../engine/analyze';
import type { ScanArgs } from './args';
import { readSource } from './readers/index';
import { expandInputs } from './sources';
import { Progress } from './progress';
import { Sink } from './sink';
import { createWriter, type ScanReport } from './writers';
import { formatClusters, type ClusterItem } from './clusters';

export interface ScanStreams {
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean; columns?: number };
}

export interface ScanResult {
  ads: number;
  failed: number;
}

/** Reads every input in order, scores each ad, streams the reports; problems are reported and counted, never thrown. */
export async function scan(args: ScanArgs, streams: ScanStreams): Promise<ScanResult> {
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

  const writer = createWriter(args.format);
  const sink = new Sink(streams.stdout);
  // Clusters need the whole batch; as JSON, JSONL or CSV they replace the per-ad output so that stdout stays one document.
  const kept: ClusterItem[] | undefined = args.clusters ? [] : undefined;
  const perAd = !args.clusters || args.format === 'text';
  let ads = 0;
  if (perAd) await sink.write(writer.start());
  for (const source of sources) {
    for await (const item of readSource(source, (n) => progress.addBytes(n))) {
      if (item.kind === 'bad') {
        failed++;
        report(item.where, item.message);
        continue;
      }
      const result: ScanReport = analyze(item.text, { id: item.id, lang: item.lang ?? args.lang });
      if (item.url) result.url = item.url;
      if (result.truncated) progress.message(`faro: ${item.id}: longer than the engine reads; only the start was analysed`);
      kept?.push({ id: result.id, text: item.text, report: result, source: item.source });
      if (perAd) await sink.write(writer.report(result));
      ads++;
      progress.addAd();
    }
  }
  if (perAd) await sink.write(writer.end());
  if (kept) await sink.write(formatClusters(kept, args.format));
  await sink.flush();
  progress.done();
  return { ads, failed };
}
