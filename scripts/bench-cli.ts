// npm run bench (the command line): `faro scan` end to end on real job ads, as a user runs it.
// - `faro --help`: how long the command takes to answer at all.
// - 16 MB of JSONL made by repeating ../shared/realdata/jobs.jsonl, scored with one worker
//   (--jobs 1) and with the pool (--jobs N, default the number of cores): wall time, CPU time of
//   every thread, peak resident memory, the time to the first report, each worker's heap peak.
// - Checks that every run printed byte for byte the same reports.
// Options: --mb N (default 16), --jobs N (default: the number of cores), --runs N (default 1),
// --baseline PATH (another faro bin, e.g. an older checkout's cli/faro.mjs, timed on the same file
// for the speed-up). Prints figures; asserts nothing (the machine is shared and noisy).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const FARO = join(ROOT, 'cli', 'faro.mjs');
const JOBS_FILE = join(ROOT, '..', 'shared', 'realdata', 'jobs.jsonl');
const args = process.argv.slice(2);
const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const MEGABYTES = Number(option('--mb') ?? 16);
const POOL = Number(option('--jobs') ?? availableParallelism());
const RUNS = Math.max(1, Number(option('--runs') ?? 1));
const BASELINE = option('--baseline');
const MB = 1024 * 1024;
/** Clock ticks per second of /proc/<pid>/stat's CPU times (USER_HZ: 100 on every Linux build in use). */
const TICKS = 100;

interface Run {
  wallS: number;
  cpuS?: number;
  peakMb?: number;
  firstReportS?: number;
  reports: number;
  sha256: string;
  stderr: string;
  code: number | null;
}

/** CPU seconds (all threads) and peak RSS of a running process, from /proc (Linux); undefined elsewhere. */
function sample(pid: number): { cpuS?: number; peakMb?: number } {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cpuS = (Number(fields[11]) + Number(fields[12])) / TICKS;
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return { cpuS, peakMb: hwm ? Number(hwm[1]) / 1024 : undefined };
  } catch {
    return {};
  }
}

/** Runs one faro bin; polls its CPU and memory until it ends (the last poll is at most 50 ms before the end). */
async function run(bin: string, argv: string[]): Promise<Run> {
  const started = performance.now();
  const child = spawn(process.execPath, [bin, ...argv], { stdio: ['ignore', 'pipe', 'pipe'] });
  const hash = createHash('sha256');
  let reports = 0;
  let firstReportS: number | undefined;
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => {
    firstReportS ??= (performance.now() - started) / 1000;
    hash.update(d);
    for (const b of d) if (b === 10) reports++;
  });
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  // The last readings before the end: a process that has ended (a zombie) shows no memory any more.
  const last: { cpuS?: number; peakMb?: number } = {};
  const poll = setInterval(() => {
    const now = sample(child.pid as number);
    if (now.cpuS !== undefined) last.cpuS = Math.max(last.cpuS ?? 0, now.cpuS);
    if (now.peakMb !== undefined) last.peakMb = Math.max(last.peakMb ?? 0, now.peakMb);
  }, 50);
  const [code] = (await once(child, 'close')) as [number | null];
  clearInterval(poll);
  return { wallS: (performance.now() - started) / 1000, ...last, firstReportS, reports, sha256: hash.digest('hex'), stderr, code };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** The run with the median wall time of RUNS runs. */
async function medianRun(bin: string, argv: string[]): Promise<Run> {
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await run(bin, argv));
  const wall = median(runs.map((r) => r.wallS));
  return runs.find((r) => r.wallS === wall) as Run;
}

function makeInput(dir: string): { file: string; ads: number } {
  const lines = readFileSync(JOBS_FILE, 'utf8').split('\n').filter((l) => l.trim());
  const file = join(dir, 'ads.jsonl');
  const fd = openSync(file, 'w');
  let size = 0;
  let ads = 0;
  while (size < MEGABYTES * MB) {
    const line = `${lines[ads % lines.length]}\n`;
    writeSync(fd, line);
    size += Buffer.byteLength(line);
    ads++;
  }
  closeSync(fd);
  return { file, ads };
}

const describe = (r: Run) =>
  `${r.wallS.toFixed(1)} s wall, ${r.cpuS?.toFixed(1) ?? '?'} s CPU, peak ${r.peakMb?.toFixed(0) ?? '?'} MB, first report after ${r.firstReportS?.toFixed(2) ?? '-'} s, exit ${r.code}, ${r.reports.toLocaleString('en')} reports`;
const workerLines = (r: Run) => r.stderr.split('\n').filter((l) => /^faro: +#\d|worker/.test(l)).map((l) => `    ${l.replace(/^faro: +/, '')}`);

const dir = mkdtempSync(join(tmpdir(), 'faro-bench-cli-'));
try {
  // Built before timing: the first run after a change to a source would otherwise time the build.
  await run(FARO, ['--help']);
  const help = await medianRun(FARO, ['--help']);
  console.log(`faro --help: ${help.wallS.toFixed(2)} s wall, ${help.cpuS?.toFixed(2) ?? '?'} s CPU`);

  const { file, ads } = makeInput(dir);
  const mb = statSync(file).size / MB;
  console.log(`\nfaro scan on ${mb.toFixed(1)} MB of JSONL (${ads.toLocaleString('en')} real job ads, ${JOBS_FILE} repeated), median of ${RUNS} run(s)`);
  const single = await medianRun(FARO, ['scan', '--stats', '--jobs', '1', file]);
  console.log(`  --jobs 1: ${describe(single)}; ${(mb / single.wallS).toFixed(2)} MB/s`);
  for (const line of workerLines(single)) console.log(line);
  const pool = await medianRun(FARO, ['scan', '--stats', '--jobs', String(POOL), file]);
  console.log(`  --jobs ${POOL}: ${describe(pool)}; ${(mb / pool.wallS).toFixed(2)} MB/s, ${(single.wallS / pool.wallS).toFixed(2)}x --jobs 1 by the wall clock`);
  for (const line of workerLines(pool)) console.log(line);
  const outputs = [single, pool];
  if (BASELINE) {
    const base = await medianRun(BASELINE, ['scan', file]);
    outputs.push(base);
    console.log(`  baseline ${BASELINE}: ${describe(base)}`);
    console.log(`  speed-up against the baseline, by the wall clock: ${(base.wallS / single.wallS).toFixed(2)}x with --jobs 1, ${(base.wallS / pool.wallS).toFixed(2)}x with --jobs ${POOL}`);
  }
  const same = outputs.every((r) => r.sha256 === single.sha256 && r.reports === ads);
  console.log(`  reports byte for byte the same in every run, one per ad: ${same ? 'yes' : 'NO'}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
