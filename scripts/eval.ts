// npm run eval: accuracy of the engine on every labelled set and the real data, each reported apart.
//   devset        ../shared/devset/ads.jsonl (public; the rules were tuned on it)
//   idev          tests/fixtures/independent-dev/ (written by helpers who never read the rules; tunable)
//   blind         the newest tests/blind/<date>/<lang>.jsonl (written by helpers who never read the rules; never tuned on)
//   spent         the older blind sets, whose figures were seen before later changes (tunable now)
//   paraphrases   tests/blind/<date>/paraphrases.jsonl (each risky devset ad said three other ways; never tuned on)
//   real          ../shared/realdata/jobs.jsonl and multilang.jsonl (false alarms; EMSCAD fraud)
// Per language: recall at the labelled level, share flagged at medium or above, false-positive rate,
// category recall. Options: --set a,b (only those sets), --lang xx, --misses (the items that are
// wrong; refused for the blind sets, whose texts a rule author must not read), --json.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../engine/analyze';
import { LEVEL_RANK, type Level } from '../engine/types';

const ROOT = join(import.meta.dirname, '..');
const SHARED = join(ROOT, '..', 'shared');
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const onlyLang = option('--lang');
const sets = option('--set')?.split(',');
const showMisses = args.includes('--misses');
const asJson = args.includes('--json');
const wanted = (set: string) => !sets || sets.includes(set);

interface Item {
  id: string;
  lang: string;
  label: 'risky' | 'benign' | 'legit' | 'fraud';
  min_level?: Level;
  categories?: string[];
  source?: string;
  text: string;
}

const readJsonl = (file: string): Item[] =>
  readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Item);
const readDir = (dir: string, keep: (f: string) => boolean) =>
  readdirSync(dir).filter((f) => f.endsWith('.jsonl') && keep(f)).sort().flatMap((f) => readJsonl(join(dir, f)));

/**
 * The frozen blind sets, each in a folder named by the date it was written (a letter after the date
 * for a second set of one day). Only the newest is still blind: the older ones were spent when their
 * figures were used to decide a change (tests/blind/README.md), and are printed as such.
 */
const BLIND_DIR = join(ROOT, 'tests', 'blind');
const blindDates = readdirSync(BLIND_DIR).filter((d) => /^\d{4}-\d{2}-\d{2}[a-z]?$/.test(d)).sort();
const newestBlind = blindDates.at(-1) as string;
const paraphraseDate = blindDates.filter((d) => existsSync(join(BLIND_DIR, d, 'paraphrases.jsonl'))).at(-1);

interface Tally { risky: number; hit: number; flagged: number; benign: number; fp: number; catExpected: number; catFound: number }
const empty = (): Tally => ({ risky: 0, hit: 0, flagged: 0, benign: 0, fp: 0, catExpected: 0, catFound: 0 });

interface SetResult { name: string; blind: boolean; byLang: Map<string, Tally>; byCategory: Map<string, { expected: number; found: number }>; misses: string[] }

function evaluate(name: string, items: Item[], blind: boolean, group: (i: Item) => string = (i) => i.lang): SetResult {
  const byLang = new Map<string, Tally>();
  const byCategory = new Map<string, { expected: number; found: number }>();
  const misses: string[] = [];
  for (const item of items) {
    if (onlyLang && item.lang !== onlyLang) continue;
    const report = analyze(item.text, { id: item.id });
    const found = new Set<string>(report.flags.map((f) => f.category));
    const rank = LEVEL_RANK[report.level];
    const cats = item.categories ?? [];
    for (const key of [group(item), 'all']) {
      const t = byLang.get(key) ?? empty();
      byLang.set(key, t);
      if (item.label === 'risky') {
        t.risky++;
        if (rank >= LEVEL_RANK[item.min_level ?? 'medium']) t.hit++;
        if (rank >= 1) t.flagged++;
        t.catExpected += cats.length;
        t.catFound += cats.filter((c) => found.has(c)).length;
      } else {
        t.benign++;
        if (rank >= 1) t.fp++;
      }
    }
    for (const c of cats) {
      const t = byCategory.get(c) ?? { expected: 0, found: 0 };
      byCategory.set(c, t);
      t.expected++;
      if (found.has(c)) t.found++;
    }
    const wrong = item.label === 'risky' ? rank < LEVEL_RANK[item.min_level ?? 'medium'] : rank >= 1;
    const missing = cats.filter((c) => !found.has(c));
    if (showMisses && !blind && (wrong || missing.length > 0)) {
      misses.push(
        `${wrong ? 'WRONG' : 'cats '} ${item.id} ${item.label} want ${item.min_level ?? 'low'} got ${report.level} (${report.score})` +
          ` missing=[${missing.join(',')}] flags=[${report.flags.map((f) => `${f.rule}:${f.evidence.map((e) => e.text).join('|')}`).join('; ')}]` +
          `\n    ${item.text.slice(0, 400).replace(/\n/g, ' ')}`,
      );
    }
  }
  return { name, blind, byLang, byCategory, misses };
}

const pct = (a: number, b: number) => (b === 0 ? '  -  ' : (a / b).toFixed(2));

function print(r: SetResult, source: string): void {
  console.log(`\n${r.name} (${source})`);
  console.log('lang   risky recall medium+  benign  fp-rate  category-recall');
  const rows = [...r.byLang.entries()].sort(([a], [b]) => (a === 'all' ? 1 : b === 'all' ? -1 : a.localeCompare(b)));
  for (const [lang, t] of rows) {
    console.log(
      `${lang.padEnd(5)} ${String(t.risky).padStart(6)} ${pct(t.hit, t.risky).padStart(6)} ${pct(t.flagged, t.risky).padStart(7)}  ${String(t.benign).padStart(6)}  ${pct(t.fp, t.benign).padStart(7)}  ${pct(t.catFound, t.catExpected).padStart(6)}`,
    );
  }
  console.log('  category recall:');
  for (const [c, t] of [...r.byCategory.entries()].sort()) console.log(`    ${c.padEnd(26)} ${pct(t.found, t.expected)} (${t.found}/${t.expected})`);
  if (r.misses.length > 0) {
    console.log(`  misses (${r.misses.length})`);
    for (const m of r.misses) console.log(`  ${m}`);
  }
}

const results: { result: SetResult; source: string }[] = [];
if (wanted('devset')) {
  const dev = readJsonl(join(SHARED, 'devset', 'ads.jsonl'));
  results.push({ result: evaluate('devset', dev, false, (i) => (i.id.startsWith('dev-obf') ? 'obf' : i.lang)), source: '../shared/devset/ads.jsonl; tuned on' });
}
if (wanted('idev')) {
  const dir = join(ROOT, 'tests', 'fixtures', 'independent-dev');
  results.push({ result: evaluate('independent dev set', readDir(dir, () => true), false), source: 'tests/fixtures/independent-dev; written blind to the rules, tunable' });
}
if (wanted('spent')) {
  // A spent set is no longer blind: it may be read and tuned on like the independent dev set.
  for (const date of blindDates.filter((d) => d !== newestBlind)) {
    const items = readDir(join(BLIND_DIR, date), (f) => f !== 'paraphrases.jsonl');
    results.push({ result: evaluate(`spent blind set of ${date}`, items, false), source: `tests/blind/${date}; its figures were seen before later changes: tunable now` });
  }
}
if (wanted('blind')) {
  const items = readDir(join(BLIND_DIR, newestBlind), (f) => f !== 'paraphrases.jsonl');
  results.push({ result: evaluate(`BLIND set of ${newestBlind}`, items, true), source: `tests/blind/${newestBlind}; never tuned on` });
}
if (wanted('paraphrases') && paraphraseDate) {
  const file = join(BLIND_DIR, paraphraseDate, 'paraphrases.jsonl');
  results.push({ result: evaluate(`BLIND paraphrases of ${paraphraseDate}`, readJsonl(file), true), source: 'each risky devset ad said three other ways; never tuned on' });
}

interface RealTally { ads: number; medium: number; high: number }
const real = new Map<string, RealTally>();
const realAlarms: string[] = [];
if (wanted('real') && !onlyLang) {
  const tally = (key: string, level: Level, line: string) => {
    const t = real.get(key) ?? { ads: 0, medium: 0, high: 0 };
    real.set(key, t);
    t.ads++;
    if (LEVEL_RANK[level] >= 1) ((t.medium += 1), realAlarms.push(`${key} ${line}`));
    if (LEVEL_RANK[level] >= 2) t.high++;
  };
  for (const job of readJsonl(join(SHARED, 'realdata', 'jobs.jsonl'))) {
    const r = analyze(job.text, { id: job.id });
    const line = `${job.id} ${r.level} (${r.score}) ${r.flags.map((f) => `${f.rule}:${f.evidence.map((e) => e.text).join('|')}`).join('; ')}`;
    tally(job.label === 'fraud' ? 'jobs: EMSCAD fraud' : 'jobs: legit', r.level, line);
  }
  for (const ad of readJsonl(join(SHARED, 'realdata', 'multilang.jsonl'))) {
    const r = analyze(ad.text, { id: ad.id, lang: ad.lang });
    const line = `${ad.id} ${r.level} (${r.score}) ${r.flags.map((f) => `${f.rule}:${f.evidence.map((e) => e.text).join('|')}`).join('; ')}`;
    tally(`multilang: ${ad.lang}`, r.level, line);
  }
}

if (asJson) {
  const out = Object.fromEntries(results.map(({ result }) => [result.name, { languages: Object.fromEntries(result.byLang), categories: Object.fromEntries(result.byCategory) }]));
  console.log(JSON.stringify({ ...out, real: Object.fromEntries(real) }, null, 2));
} else {
  for (const { result, source } of results) print(result, source);
  if (real.size > 0) {
    console.log('\nreal data (../shared/realdata): share at medium or above, and at high');
    for (const [key, t] of [...real.entries()].sort()) {
      console.log(`  ${key.padEnd(20)} ${String(t.ads).padStart(5)} ads  medium+ ${pct(t.medium, t.ads)} (${t.medium})  high ${pct(t.high, t.ads)} (${t.high})`);
    }
    if (showMisses) for (const a of realAlarms.filter((a) => !a.startsWith('jobs: EMSCAD'))) console.log(`  ALARM ${a}`);
  }
}
