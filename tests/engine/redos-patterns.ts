/**
 * The regular expressions the engine runs, for the ReDoS check (redos.test.ts): every RegExp our
 * code constructs while the engine loads and runs, and every regex literal in the source.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export const ROOT = join(import.meta.dirname, '..', '..');
export const FOLDERS = ['engine', 'detectors', 'rules'];

export interface Pattern {
  source: string;
  /** Without `g` and `y`: they do not change how a match backtracks. */
  flags: string;
  /** The file (and line, for a literal) the pattern comes from. */
  origin: string;
}

/** Collects every pattern once (by source and flags), keeping the first place it was seen. */
class PatternSet {
  readonly found = new Map<string, Pattern>();
  keep(source: string, flags: string, origin: string): void {
    const kept = flags.replace(/[gy]/g, '');
    const key = `/${source}/${kept}`;
    if (!this.found.has(key)) this.found.set(key, { source, flags: kept, origin });
  }
}

const OURS = new RegExp(`${ROOT}/(?:${FOLDERS.join('|')})/`);
const THIS_FILE = 'redos-patterns.ts';

/**
 * Regexes constructed by our code while the engine loads and runs once in every language (rule
 * patterns after their `\b` rewrite, unless/unlessAd, detectors' `new RegExp(...)`, lazily built
 * ones): the RegExp constructor is wrapped before the engine is imported, and a regex is kept when
 * the frame that built it is in engine/, detectors/ or rules/. Must run before anything else
 * imports the engine.
 */
async function constructedRegexes(set: PatternSet): Promise<void> {
  const Original = RegExp;
  const record = (re: RegExp): RegExp => {
    const frame = (new Error().stack ?? '').split('\n').slice(3).find((line) => !line.includes(THIS_FILE)) ?? '';
    if (OURS.test(frame) && !frame.includes('node_modules')) {
      const file = /\(([^()]*):\d+:\d+\)$/.exec(frame) ?? /at (.*):\d+:\d+$/.exec(frame);
      set.keep(re.source, re.flags, relative(ROOT, (file?.[1] ?? '?').replace(/^file:\/\//, '')));
    }
    return re;
  };
  globalThis.RegExp = new Proxy(Original, {
    construct: (target, args, newTarget) => record(Reflect.construct(target, args, newTarget) as RegExp),
    apply: (target, self, args) => record(Reflect.apply(target, self, args) as RegExp),
  });
  try {
    const { analyze } = await import('../../engine/analyze');
    const { LANGUAGES } = await import('../../engine/types');
    const sample = 'Hostess job abroad 3000 € per week, whatsapp +39 333 123 4567, mail x@gmail.com, passport, 🌹🌹 150';
    for (const lang of LANGUAGES) analyze(sample, { lang });
  } finally {
    globalThis.RegExp = Original;
  }
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Regex literals in the source, read from the TypeScript syntax tree (literals never go through the constructor). */
function literalRegexes(set: PatternSet): void {
  for (const file of FOLDERS.flatMap((f) => tsFiles(join(ROOT, f)))) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source);
        const end = text.lastIndexOf('/');
        set.keep(text.slice(1, end), text.slice(end + 1), `${relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
}

/** Every regex of engine/, detectors/ and rules/, constructed or literal, each once. */
export async function enginePatterns(): Promise<Pattern[]> {
  const set = new PatternSet();
  await constructedRegexes(set);
  literalRegexes(set);
  return [...set.found.values()];
}
