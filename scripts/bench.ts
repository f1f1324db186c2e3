// npm run bench: how fast the engine reads real job ads, beside the floor (the same texts through
// NFKC and ONE pass of a single combined regular expression of every rule pattern) and what compromise
// costs. The command line end to end is scripts/bench-cli.ts (npm run bench runs both).
// Prints figures and ratios; asserts nothing (the machine is shared and noisy).
// Options: --runs N (default 5).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, buildContext } from '../engine/analyze';
import { RULES, MITIGATIONS } from '../rules/index';
import { literalPrefixes } from '../engine/prefilter';
import { assessDuties, englishTaskVerbs } from '../detectors/duties';
import { isHighPay, isPayMention } from '../detectors/pay';

const ROOT = join(import.meta.dirname, '..');
const JOBS = join(ROOT, '..', 'shared', 'realdata', 'jobs.jsonl');
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const RUNS = Math.max(5, option('--runs', 5));
/** The full alternation costs seconds per ad: timed on this many only. */
const FULL_ALTERNATION_SAMPLE = 10;

const texts = readFileSync(JOBS, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text);
const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
const MB = 1024 * 1024;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** Median wall time (ms) of `RUNS` passes over every text, after one warm-up pass. */
function timePasses(pass: () => void): number {
  pass();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    pass();
    times.push(performance.now() - t);
  }
  return median(times);
}

/** Every rule and mitigation pattern of every language (as compiled: `\\b` rewritten), named groups made plain: they may repeat. */
function allPatternSources(): string[] {
  const sources = new Set<string>();
  for (const rule of [...RULES, ...MITIGATIONS]) {
    for (const lang of Object.values(rule.compiled)) for (const re of lang?.patterns ?? []) sources.add(re.source.replace(/\(\?<([A-Za-z_]\w*)>/g, '(?:'));
  }
  return [...sources];
}

const escapeRegExp = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/**
 * The floor: one pass of one regular expression over the NFKC (and lower-cased) text. Every pattern
 * in one alternation is what the issue names, but V8 runs a 700 KB alternation with look-behinds
 * through its interpreter at seconds per ad (slower than the engine itself): no floor at all. So the
 * floor here is the single alternation of the literal words every pattern starts with
 * (engine/prefilter.ts), which is what a plain keyword filter costs; the full alternation is timed
 * on a small sample beside it, for the record.
 */
function keywordPattern(): RegExp {
  const words = new Set<string>();
  for (const source of allPatternSources()) for (const w of literalPrefixes(source) ?? []) if (w.trim()) words.add(w);
  return new RegExp([...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'gu');
}

const rate = (ms: number) => `${((texts.length / ms) * 1000).toFixed(0)} ads/s, ${((bytes / MB / ms) * 1000).toFixed(2)} MB/s`;

function engineFigures() {
  const engine = timePasses(() => {
    for (const t of texts) analyze(t);
  });
  console.log(`engine on ${texts.length} real job ads (${(bytes / MB).toFixed(2)} MB), median of ${RUNS} runs after a warm-up`);
  console.log(`  engine: ${engine.toFixed(0)} ms  (${rate(engine)})`);
  const keywords = keywordPattern();
  let sink = 0;
  const floor = timePasses(() => {
    for (const t of texts) for (const _ of t.normalize('NFKC').toLowerCase().matchAll(keywords)) sink++;
  });
  console.log(`  floor:  ${floor.toFixed(0)} ms  (${rate(floor)})  NFKC + lower case + one pass of one alternation of ${keywords.source.split('|').length.toLocaleString('en')} literal words (${Math.round(sink / (RUNS + 1))} matches)`);
  console.log(`  engine / floor: ${(engine / floor).toFixed(1)}x`);
  const sample = texts.slice(0, FULL_ALTERNATION_SAMPLE);
  const full = new RegExp(allPatternSources().map((s) => `(?:${s})`).join('|'), 'gu');
  const started = performance.now();
  for (const t of sample) for (const _ of t.normalize('NFKC').toLowerCase().matchAll(full)) sink++;
  const perAd = (performance.now() - started) / sample.length;
  console.log(`  (every pattern in one alternation, ${(full.source.length / 1024).toFixed(0)} KB: ${perAd.toFixed(0)} ms per ad on ${sample.length} ads, ${((perAd * texts.length) / engine).toFixed(1)}x the engine: not a floor)`);
  return { engine, floor };
}

/**
 * compromise runs inside the high-pay-vague-duties rule, only for English ads with a high pay whose
 * lexicons leave the duties open. The rule's cheap tests are repeated here to find those ads.
 */
function compromiseFigures(engineMs: number, floorMs: number) {
  const users: string[] = [];
  for (const t of texts) {
    const ctx = buildContext(t);
    const high = ctx.money.filter((m) => isHighPay(m) && isPayMention(ctx.norm.text, m));
    if (high.length === 0) continue;
    const langs = ctx.lang === 'und' ? ctx.langs : [ctx.lang];
    if (assessDuties(ctx.norm.text, ctx.norm.original, langs).usedNlp) users.push(t);
  }
  const nlp = users.length === 0 ? 0 : timePasses(() => {
    for (const t of users) englishTaskVerbs(t);
  });
  console.log('\ncompromise');
  console.log(`  ads that run it: ${users.length}/${texts.length} (${((100 * users.length) / texts.length).toFixed(1)}%)`);
  console.log(`  its time on them: ${nlp.toFixed(0)} ms per pass${users.length ? ` (${(nlp / users.length).toFixed(1)} ms per ad)` : ''}`);
  console.log(`  engine with it: ${engineMs.toFixed(0)} ms; without it (estimate): ${(engineMs - nlp).toFixed(0)} ms; share ${((100 * nlp) / engineMs).toFixed(1)}%`);
  console.log(`  engine without compromise / floor: ${((engineMs - nlp) / floorMs).toFixed(1)}x  (aim: within 10x)`);
}

const { engine: engineMs, floor: floorMs } = engineFigures();
compromiseFigures(engineMs, floorMs);
