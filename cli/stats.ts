import type { WorkerStats } from './pool';

export interface RunStats {
  ads: number;
  bytes: number;
  ms: number;
  workers: WorkerStats[];
  heapLimitMb: number;
}

const MB = 1024 * 1024;
const number = (n: number) => n.toLocaleString('en');

/**
 * `--stats`: the run's wall time, the CPU of every thread together, the process's peak resident
 * memory, and per worker the ads it scored, the time it spent on them and its largest heap against
 * the limit. Standard error, so that the reports on standard output stay clean.
 */
export function formatStats({ ads, bytes, ms, workers, heapLimitMb }: RunStats): string {
  const seconds = ms / 1000;
  const cpu = process.cpuUsage();
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const lines = [
    `faro: ${number(ads)} ads, ${(bytes / MB).toFixed(1)} MB in ${seconds.toFixed(1)} s (${number(Math.round(ads / seconds))} ads/s, ${(bytes / MB / seconds).toFixed(2)} MB/s); ` +
      `CPU ${cpuSeconds.toFixed(1)} s (${(cpuSeconds / seconds).toFixed(2)} cores busy); peak memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
    `faro: ${workers.length} worker${workers.length === 1 ? '' : 's'} (heap limit ${heapLimitMb} MB each)`,
    ...workers.map((w, i) => `faro:   #${i + 1}: ${number(w.ads)} ads, ${(w.busyMs / 1000).toFixed(1)} s scoring, heap peak ${(w.peakHeap / MB).toFixed(0)} MB`),
  ];
  return `${lines.join('\n')}\n`;
}
