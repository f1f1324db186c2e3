// npm run bench: how fast the engine reads real job ads, beside the issue's fair floor, on one thread
// and on a pool of worker threads; CPU and wall time, memory, and what compromise costs. The command
// line end to end is scripts/bench-cli.ts (npm run bench runs both).
//
// The fair floor is the least any engine of these rules must do, computed from the current rules:
// read the JSON line, normalize the text (engine/normalize.ts), one Aho-Corasick pass over every
// literal the rules' patterns require (engine/prefilter.ts) with each hit checked by its pattern once,
// a cheap language guess (letters counted by script), one scan for digits, "@" and web addresses, and
// a JSON line out.
// Prints figures and ratios; asserts nothing (the machine is shared and noisy).
// Options: --runs N (default 5), --jobs N (pool size, default the number of cores).
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { analyze, buildContext } from '../engine/analyze';
import { normalize } from '../engine/normalize';
import { requiredLiterals } from '../engine/prefilter';
import { AhoCorasick } from '../engine/aho-corasick';
import { RULES, MITIGATIONS } from '../rules/index';
import { assessDuties, englishTaskVerbs } from '../detectors/duties';
import { isHighPay, isPayMention } from '../detectors/pay';

const ROOT = join(import.meta.dirname, '..');
const JOBS = join(ROOT, '..', 'shared', 'realdata', 'jobs.jsonl');
const MB = 1024 * 1024;

const lines = readFileSync(JOBS, 'utf8').split('\n').filter((l) => l.trim());


async function main() {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
  const RUNS = Math.max(5, option('--runs', 5));
  const POOL = Math.max(1, option('--jobs', availableParallelism()));
  const bytes = lines.reduce((sum, l) => sum + Buffer.byteLength((JSON.parse(l) as { text: string }).text), 0);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  const range = (xs: number[]) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}`;

  /** CPU and wall times (ms) of `RUNS` passes, after one warm-up pass. */
  function timePasses(pass: () => void): { cpu: number[]; wall: number[] } {
    pass();
    const cpu: number[] = [];
    const wall: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const c = process.cpuUsage();
      const t = performance.now();
      pass();
      wall.push(performance.now() - t);
      const used = process.cpuUsage(c);
      cpu.push((used.user + used.system) / 1000);
    }
    return { cpu, wall };
  }

  const engine = timePasses(() => {
    for (const l of lines) {
      const ad = JSON.parse(l) as { text: string };
      JSON.stringify(analyze(ad.text));
    }
  });
  const floorOf = fairFloor();
  const floor = timePasses(floorOf.pass);
  const rate = (ms: number) => `${((lines.length / ms) * 1000).toFixed(0)} ads/s, ${((bytes / MB / ms) * 1000).toFixed(2)} MB/s`;
  console.log(`engine on ${lines.length} real job ads (${(bytes / MB).toFixed(2)} MB), ${RUNS} runs after a warm-up; CPU time (range), wall time (median)`);
  console.log(`  engine, one thread: ${median(engine.cpu).toFixed(0)} ms CPU (${range(engine.cpu)}), ${median(engine.wall).toFixed(0)} ms wall  (${rate(median(engine.cpu))} of CPU)`);
  console.log(`  fair floor:         ${median(floor.cpu).toFixed(0)} ms CPU (${range(floor.cpu)}), ${median(floor.wall).toFixed(0)} ms wall  (${rate(median(floor.cpu))} of CPU)`);
  console.log(`    ${floorOf.describe()}`);
  console.log(`  engine / fair floor, one thread, by CPU time: ${(median(engine.cpu) / median(floor.cpu)).toFixed(1)}x (range ${(Math.min(...engine.cpu) / Math.max(...floor.cpu)).toFixed(1)}–${(Math.max(...engine.cpu) / Math.min(...floor.cpu)).toFixed(1)}x; floor: 5x)`);
  console.log(`  memory after the single-thread runs: heap ${(process.memoryUsage().heapUsed / MB).toFixed(0)} MB, peak resident ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  await poolFigures(POOL, RUNS, median(engine.wall), median);
  compromiseFigures(median(engine.cpu), median(floor.cpu), RUNS, median);
}

/**
 * The fair floor, built from the current rules: every pattern of every language of every rule and
 * mitigation, keyed by the literals it requires; a pattern without any is not in the floor (the
 * engine scans it whole).
 */
function fairFloor() {
  const byLiteral = new Map<string, { re: RegExp; lead: number }[]>();
  let patterns = 0;
  for (const rule of [...RULES, ...MITIGATIONS]) {
    for (const lang of Object.values(rule.compiled)) {
      for (const re of lang?.patterns ?? []) {
        const required = requiredLiterals(re.source);
        if (!required) continue;
        patterns++;
        for (const literal of required.literals) {
          let list = byLiteral.get(literal);
          if (!list) byLiteral.set(literal, (list = []));
          // One anchored attempt per hit: the least a check can be.
          list.push({ re: new RegExp(re.source, `${re.flags}y`), lead: Number.isFinite(required.lead) ? required.lead : 0 });
        }
      }
    }
  }
  const literals = [...byLiteral.keys()];
  const checks = literals.map((l) => byLiteral.get(l) as { re: RegExp; lead: number }[]);
  const automaton = new AhoCorasick(literals);
  const CONTACT_BITS = /\d+|@|https?:\/\/|www\.|\.(?:com|net|org|eu|it|es|pl|sk|bg|gr|ro|ua|ru|fr|de|uk)\b/g;
  let sink = 0;
  const pass = () => {
    for (const l of lines) {
      const ad = JSON.parse(l) as { text: string; id?: string };
      const text = normalize(ad.text).text;
      let hits = 0;
      automaton.scan(text, (id, end) => {
        const start = end - (literals[id] as string).length;
        for (const { re, lead } of checks[id] as { re: RegExp; lead: number }[]) {
          re.lastIndex = Math.max(0, start - lead);
          if (re.exec(text)) hits++;
        }
      });
      let latin = 0;
      let other = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c < 0x250) latin++;
        else other++;
      }
      const contacts = text.match(CONTACT_BITS)?.length ?? 0;
      sink += JSON.stringify({ id: ad.id, hits, script: latin >= other ? 'latin' : 'other', contacts }).length;
    }
  };
  const describe = () =>
    `JSON in, normalize, one automaton over ${literals.length.toLocaleString('en')} literals of ${patterns} patterns (${(checks.flat().length / literals.length).toFixed(1)} patterns per literal) checking each hit, letters by script, one scan for digits, @ and addresses, JSON out (${sink > 0 ? 'ran' : 'empty'})`;
  return { pass, describe };
}

/** A worker's entry: this file, through tsx (a worker given a .ts file, or `--import tsx`, is refused by Node 20). */
const LOAD_THIS_FILE = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); })`;

/** The engine on `size` worker threads, each a share of the ads: wall time per pass, and the CPU of every thread. */
async function poolFigures(size: number, runs: number, singleWall: number, median: (xs: number[]) => number) {
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  const passEnds: number[][] = [];
  await Promise.all(
    Array.from({ length: size }, (_, first) => {
      const worker = new Worker(LOAD_THIS_FILE, { eval: true, workerData: { first, step: size, passes: runs + 1 } });
      const ends: number[] = [];
      passEnds.push(ends);
      worker.on('message', () => ends.push(performance.now()));
      return new Promise<void>((resolve, reject) => {
        worker.on('error', reject);
        worker.on('exit', () => resolve());
      });
    }),
  );
  const used = process.cpuUsage(cpu0);
  // A pass ends when its last worker ends it; the first pass (loading and warm-up) is left out.
  const ends = Array.from({ length: runs + 1 }, (_, p) => Math.max(...passEnds.map((e) => e[p] as number)));
  const walls = ends.slice(1).map((end, i) => end - (ends[i] as number));
  console.log(`  engine, pool of ${size} worker threads: ${median(walls).toFixed(0)} ms wall per pass (median; ${(singleWall / median(walls)).toFixed(2)}x one thread), ${(performance.now() - started).toFixed(0)} ms for loading and ${runs + 1} passes, ${((used.user + used.system) / 1000).toFixed(0)} ms CPU of all threads, peak resident ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

/**
 * compromise runs inside the high-pay-vague-duties rule, only for English ads with a high pay whose
 * lexicons leave the duties open. The rule's cheap tests are repeated here to find those ads.
 */
function compromiseFigures(engineMs: number, floorMs: number, runs: number, median: (xs: number[]) => number) {
  const users: string[] = [];
  for (const l of lines) {
    const t = (JSON.parse(l) as { text: string }).text;
    const ctx = buildContext(t);
    const high = ctx.money.filter((m) => isHighPay(m) && isPayMention(ctx.norm.text, m));
    if (high.length === 0) continue;
    const langs = ctx.lang === 'und' ? ctx.langs : [ctx.lang];
    if (assessDuties(ctx.norm.text, ctx.norm.original, langs).usedNlp) users.push(t);
  }
  const times: number[] = [];
  for (let i = 0; i <= runs && users.length > 0; i++) {
    const c = process.cpuUsage();
    for (const t of users) englishTaskVerbs(t);
    const used = process.cpuUsage(c);
    if (i > 0) times.push((used.user + used.system) / 1000);
  }
  const nlp = times.length ? median(times) : 0;
  console.log('\ncompromise');
  console.log(`  ads that run it: ${users.length}/${lines.length} (${((100 * users.length) / lines.length).toFixed(1)}%)`);
  console.log(`  its CPU time on them: ${nlp.toFixed(0)} ms per pass${users.length ? ` (${(nlp / users.length).toFixed(1)} ms per ad)` : ''}; share of the engine ${((100 * nlp) / engineMs).toFixed(1)}%`);
  console.log(`  engine without compromise / fair floor (estimate): ${((engineMs - nlp) / floorMs).toFixed(1)}x`);
}

// Last: the functions and constants above are initialized by now.
if (!isMainThread) {
  // A worker of the pool: scores every `step`-th ad from `first`, `passes` times, and says when done.
  const { first, step, passes } = workerData as { first: number; step: number; passes: number };
  for (let p = 0; p < passes; p++) {
    for (let i = first; i < lines.length; i += step) JSON.stringify(analyze((JSON.parse(lines[i] as string) as { text: string }).text));
    parentPort?.postMessage('pass');
  }
} else {
  await main();
}
