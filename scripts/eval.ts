// npm run eval: accuracy of the engine on the public devset and the real job ads.
// Prints per language and overall: recall, false-positive rate, category recall; and on real jobs
// the share of legit ads at medium+ and high, and of EMSCAD fraud at medium+.
// Options: --lang xx (only one language), --misses (print the items that are wrong), --json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../engine/analyze';
import { LEVEL_RANK, type Level, type Report } from '../engine/types';

const SHARED = join(import.meta.dirname, '..', '..', 'shared');
const args = process.argv.slice(2);
const only = args.includes('--lang') ? args[args.indexOf('--lang') + 1] : undefined;
const showMisses = args.includes('--misses');
const asJson = args.includes('--json');

interface DevItem {
  id: string;
  lang: string;
  label: 'risky' | 'benign';
  min_level?: Level;
  max_level?: Level;
  categories: string[];
  text: string;
}
interface RealJob {
  id: string;
  source: string;
  label: string;
  text: string;
}

const readJsonl = <T>(file: string): T[] =>
  readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);

const dev = readJsonl<DevItem>(join(SHARED, 'devset', 'ads.jsonl')).filter((d) => !only || d.lang === only);
const real = readJsonl<RealJob>(join(SHARED, 'realdata', 'jobs.jsonl'));

interface Tally { risky: number; hit: number; benign: number; fp: number; catExpected: number; catFound: number }
const empty = (): Tally => ({ risky: 0, hit: 0, benign: 0, fp: 0, catExpected: 0, catFound: 0 });
const byLang = new Map<string, Tally>();
const byCategory = new Map<string, { expected: number; found: number }>();
const misses: string[] = [];

for (const item of dev) {
  const group = item.id.startsWith('dev-obf') ? 'obf' : item.lang;
  const report: Report = analyze(item.text, { id: item.id });
  const found = new Set(report.flags.map((f) => f.category));
  for (const key of [group, 'all']) {
    const t = byLang.get(key) ?? empty();
    byLang.set(key, t);
    if (item.label === 'risky') {
      t.risky++;
      if (LEVEL_RANK[report.level] >= LEVEL_RANK[item.min_level ?? 'medium']) t.hit++;
      t.catExpected += item.categories.length;
      t.catFound += item.categories.filter((c) => found.has(c as never)).length;
    } else {
      t.benign++;
      if (report.level !== 'low') t.fp++;
    }
  }
  for (const c of item.categories) {
    const t = byCategory.get(c) ?? { expected: 0, found: 0 };
    byCategory.set(c, t);
    t.expected++;
    if (found.has(c as never)) t.found++;
  }
  const wrong = item.label === 'risky' ? LEVEL_RANK[report.level] < LEVEL_RANK[item.min_level ?? 'medium'] : report.level !== 'low';
  const missingCats = item.categories.filter((c) => !found.has(c as never));
  if (showMisses && (wrong || missingCats.length > 0)) {
    misses.push(
      `${wrong ? 'WRONG' : 'cats '} ${item.id} ${item.label} want ${item.min_level ?? 'low'} got ${report.level} (${report.score})` +
        ` missing=[${missingCats.join(',')}] flags=[${report.flags.map((f) => `${f.rule}:${f.evidence.map((e) => e.text).join('|')}`).join('; ')}]` +
        `\n    ${item.text.slice(0, 300).replace(/\n/g, ' ')}`,
    );
  }
}

const pct = (a: number, b: number) => (b === 0 ? '  -  ' : (a / b).toFixed(2));
const rows = [...byLang.entries()].sort(([a], [b]) => (a === 'all' ? 1 : b === 'all' ? -1 : a.localeCompare(b)));

const realTally = { legit: 0, legitMedium: 0, legitHigh: 0, fraud: 0, fraudMedium: 0 };
const legitFalseAlarms: string[] = [];
if (!only) {
  for (const job of real) {
    const r = analyze(job.text, { id: job.id });
    const rank = LEVEL_RANK[r.level];
    if (job.label === 'fraud') {
      realTally.fraud++;
      if (rank >= 1) realTally.fraudMedium++;
    } else {
      realTally.legit++;
      if (rank >= 1) {
        realTally.legitMedium++;
        legitFalseAlarms.push(`${job.id} ${r.level} (${r.score}) ${r.flags.map((f) => `${f.rule}:${f.evidence.map((e) => e.text).join('|')}`).join('; ')}`);
      }
      if (rank >= 2) realTally.legitHigh++;
    }
  }
}

if (asJson) {
  console.log(JSON.stringify({ languages: Object.fromEntries(rows), categories: Object.fromEntries(byCategory), real: realTally }, null, 2));
} else {
  console.log('devset (../shared/devset/ads.jsonl)');
  console.log('lang   risky recall  benign  fp-rate  category-recall');
  for (const [lang, t] of rows) {
    console.log(`${lang.padEnd(5)} ${String(t.risky).padStart(6)} ${pct(t.hit, t.risky).padStart(6)}  ${String(t.benign).padStart(6)}  ${pct(t.fp, t.benign).padStart(7)}  ${pct(t.catFound, t.catExpected).padStart(6)}`);
  }
  console.log('\ncategory recall');
  for (const [c, t] of [...byCategory.entries()].sort()) console.log(`  ${c.padEnd(26)} ${pct(t.found, t.expected)} (${t.found}/${t.expected})`);
  if (!only) {
    console.log('\nreal jobs (../shared/realdata/jobs.jsonl)');
    console.log(`  legit at medium+: ${realTally.legitMedium}/${realTally.legit} = ${(100 * realTally.legitMedium / realTally.legit).toFixed(1)}%  (floor <= 5%)`);
    console.log(`  legit at high:    ${realTally.legitHigh}/${realTally.legit} = ${(100 * realTally.legitHigh / realTally.legit).toFixed(1)}%  (floor <= 1%)`);
    console.log(`  EMSCAD fraud at medium+: ${realTally.fraudMedium}/${realTally.fraud} = ${(100 * realTally.fraudMedium / realTally.fraud).toFixed(1)}%`);
  }
  if (showMisses) {
    console.log(`\nmisses (${misses.length})`);
    for (const m of misses) console.log(m);
    if (!only) for (const m of legitFalseAlarms) console.log(`LEGIT-ALARM ${m}`);
  }
}
