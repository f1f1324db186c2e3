/**
 * Every regular expression the engine runs is checked for catastrophic backtracking with recheck's
 * automaton checker (a proof, not a fuzzing search), on its native backend: the binary of the
 * recheck-<os>-<arch> package that npm installs beside recheck. The pure JavaScript backend is only a
 * fallback for a platform without that binary (same verdicts, many times slower). Which regexes:
 * every one engine/, detectors/ and rules/ construct or write (redos-patterns.ts).
 *
 * Why pieces. The automaton checker could not decide whole patterns: a word list, a gap
 * `[^.;\n]{0,40}?` and a second word list made its look-ahead automaton explode (28,000 states for
 * one lexicon pattern, no verdict in 3 minutes), and lookarounds (every `\b` after rule.ts rewrites
 * it) are outside what it supports; with the default checker recheck fell back to fuzzing, which
 * proves nothing safe. So each pattern is cut (redos-split.ts) into pieces that recheck decides in
 * milliseconds, in a way that can only overstate the cost:
 *  - A piece is judged as if the match failed right after it: recheck checks `(?:piece)[]` (`[]`
 *    never matches), whose cost is that of every backtracking path of the piece from every start.
 *    The real pattern takes some of those paths only.
 *  - Alternatives cost the sum of their costs: each alternative of the pattern, and of each group
 *    that holds a loop, is judged apart.
 *  - A part without loops (`*`, `+`, `{n,}`) does bounded work wherever it is tried; `{0,40}` counts
 *    as bounded, as recheck itself counts it. Before the first loop of an alternative such a part
 *    multiplies the cost by a constant, and its last elements are kept as context (they decide where
 *    the loop can start: in `from (?:\w+ ){0,2}?` the loop starts after a space only). After the last
 *    loop it multiplies by a constant, and is left out.
 *  - An end that always succeeds once reached is left out: the match is then over, so it is paid
 *    once per match. That is a lazy repetition (past its minimum), a greedy loop over one character
 *    class (it takes the run; also before `(?!class)` or a word boundary after word characters), an
 *    optional part without loops.
 *  - Lookarounds only take paths away and are left out. One whose body loops is judged as consumed in
 *    its place (the pattern before it, then its body). A leading one-character lookbehind `(?<!W)` is
 *    kept as a character `[^W]` consumed first: it costs the same one position earlier, and tells
 *    recheck where the piece can start.
 * Bounded gaps make the constant large ((gap + 1) × the word lists around it): that is how the house
 * rules keep them safe. An exponential verdict fails the suite. A polynomial one is listed on every
 * run with its attack string, for the owner of the pattern; they are quadratic at the level of the
 * regular expression (the engine caps an ad at MAX_AD_CHARS, 100,000 characters): most are a stem
 * with `\p{L}*` before a word boundary, whose leading `\b` rule.ts takes out of the regex, so that
 * the stem repeated without spaces ("licenslicens…1") is read to its end from every repetition.
 *
 * Every piece of every pattern takes 30 to 50 s on the native backend (two shared cores): no
 * verdicts are kept between runs, and a pattern changed anywhere is judged in the run.
 */
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { enginePatterns, FOLDERS, type Pattern } from './redos-patterns';
import { split } from './redos-split';

/** The native binary when recheck ships one for this platform, else the pure JavaScript backend. */
function backend(): 'native' | 'pure' {
  const os = ({ linux: 'linux', darwin: 'macos', win32: 'windows' } as Record<string, string>)[process.platform];
  try {
    createRequire(import.meta.url).resolve(`recheck-${os}-${process.arch}/package.json`);
    return 'native';
  } catch {
    return 'pure';
  }
}
const BACKEND = backend();
process.env['RECHECK_BACKEND'] = BACKEND;
const { check } = await import('recheck');
type Diagnostics = Awaited<ReturnType<typeof check>>;

/** recheck's budget per piece (the slowest takes about 2 s natively); a piece out of time is listed as undecided. */
const PIECE_TIMEOUT_MS = BACKEND === 'native' ? 20_000 : 120_000;

const patterns = await enginePatterns();

const verdicts = new Map<string, Promise<Diagnostics>>();
/** A piece's verdict, asked once however many patterns share it. */
const judge = (source: string, flags: string): Promise<Diagnostics> => {
  const key = `/${source}/${flags}`;
  let verdict = verdicts.get(key);
  if (!verdict) {
    verdict = check(source, flags, { checker: 'automaton', timeout: PIECE_TIMEOUT_MS });
    verdicts.set(key, verdict);
  }
  return verdict;
};

const name = (p: Pattern) => `${p.origin}: /${p.source.slice(0, 80)}${p.source.length > 80 ? '…' : ''}/`;
const counts = { patterns: 0, withoutLoops: 0, safe: 0, polynomial: 0, undecided: 0 };
const polynomial = new Map<Pattern, string[]>();
const undecided: string[] = [];

describe(`regular expressions are safe from catastrophic backtracking (recheck, ${BACKEND} backend)`, () => {
  it('finds the engine, detector and rule regexes', () => {
    const origins = new Set(patterns.map((p) => p.origin.split(/[/:]/)[0]));
    expect(origins).toEqual(new Set(FOLDERS));
    expect(patterns.length).toBeGreaterThan(1000);
  });

  it('recheck proves and refutes on this backend, and a piece made to fail shows the cost of all its paths', async () => {
    expect((await check('^(a+)+$', '', { checker: 'automaton' })).status).toBe('vulnerable');
    expect((await check('(?: (?:\\w+ ){0,2}?)[]', '', { checker: 'automaton' })).status).toBe('safe');
    // Alone, `\w+` ends every match it starts; followed by a failure it scans each run from every start.
    expect((await check('\\w+', '', { checker: 'automaton' })).status).toBe('safe');
    const failing = await check('(?:\\w+)[]', '', { checker: 'automaton' });
    expect(failing.status === 'vulnerable' && failing.complexity.type).toBe('polynomial');
  });

  it.each(patterns.map((p) => ({ ...p, title: name(p) })))('$title', { timeout: 10 * PIECE_TIMEOUT_MS }, async (pattern) => {
    counts.patterns++;
    const cut = split(pattern.source);
    // Outside what the cuts cover: the whole pattern, with whichever checker recheck picks.
    const pieces = 'pieces' in cut ? cut.pieces : [pattern.source];
    if (pieces.length === 0) counts.withoutLoops++;
    let worst: 'safe' | 'polynomial' | 'undecided' = 'safe';
    for (const piece of pieces) {
      const result = await (('pieces' in cut) ? judge(piece, pattern.flags) : check(piece, pattern.flags, { timeout: PIECE_TIMEOUT_MS }));
      if (result.status === 'unknown') {
        undecided.push(`${name(pattern)}: ${result.error.kind} on /${piece}/`);
        worst = worst === 'safe' ? 'undecided' : worst;
        continue;
      }
      if (result.status === 'safe') continue;
      const detail = `${result.complexity.summary}, attack ${result.attack.pattern}, piece /${piece.slice(0, 120)}/`;
      expect({ pattern: name(pattern), detail, exponential: result.complexity.type === 'exponential' }).toEqual({ pattern: name(pattern), detail, exponential: false });
      polynomial.set(pattern, [...(polynomial.get(pattern) ?? []), detail]);
      worst = 'polynomial';
    }
    counts[worst]++;
  });

  it('lists the patterns left to look at', () => {
    const byFile = new Map<string, number>();
    for (const { origin } of polynomial.keys()) byFile.set(origin.split(':')[0] as string, (byFile.get(origin.split(':')[0] as string) ?? 0) + 1);
    console.warn(`recheck (${BACKEND}): ${JSON.stringify(counts)}`);
    if (polynomial.size > 0) {
      console.warn(`polynomial backtracking in ${polynomial.size} pattern(s), by file: ${[...byFile].map(([f, n]) => `${f} ${n}`).join(', ')}`);
      console.warn(`  ${[...polynomial].map(([p, ds]) => `${name(p)}\n    ${ds.join('\n    ')}`).join('\n  ')}`);
    }
    if (undecided.length > 0) console.warn(`recheck could not decide ${undecided.length} pattern(s):\n  ${undecided.join('\n  ')}`);
    expect(counts.patterns).toBe(patterns.length);
  });
});
