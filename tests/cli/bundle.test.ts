import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, faro } from './run';

const ROOT = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string>; scripts: Record<string, string> };

/** The files of the current build a module loads: its static imports, and with `dynamic` also what it may import later. */
function graph(dir: string, entry: string, dynamic: boolean): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    for (const m of code.matchAll(/^import\s[^;]*?from\s*"\.\/([^"]+)";|^import\s*"\.\/([^"]+)";/gm)) visit((m[1] ?? m[2]) as string);
    if (dynamic) for (const m of code.matchAll(/\bimport\("\.\/([^"]+)"\)/g)) visit(m[1] as string);
  };
  visit(entry);
  return seen;
}

const bytes = (dir: string, files: Set<string>) => [...files].reduce((n, f) => n + readFileSync(join(dir, f)).length, 0);
const holds = (dir: string, files: Set<string>, text: string) => [...files].some((f) => readFileSync(join(dir, f), 'utf8').includes(text));

let dir = '';
beforeAll(async () => {
  // The bin builds (or finds) the bundle of the current sources.
  expect((await faro(['--help'])).code).toBe(0);
  dir = join(ROOT, 'cli', 'dist', (JSON.parse(readFileSync(join(ROOT, 'cli', 'dist', 'current.json'), 'utf8')) as { dir: string }).dir);
}, CLI_TIMEOUT);

describe('the built command line', () => {
  it('needs no TypeScript loader or bundler at run time', () => {
    expect(pkg.dependencies).not.toHaveProperty('tsx');
    expect(pkg.dependencies).not.toHaveProperty('esbuild');
    expect(pkg.devDependencies).toHaveProperty('esbuild');
    expect(pkg.scripts['postinstall']).toContain('node cli/build.mjs');
    for (const file of graph(dir, 'worker.mjs', true)) expect(readFileSync(join(dir, file), 'utf8')).not.toMatch(/from "tsx|tsx\/esm/);
  });

  it('is rebuilt only when one of its own sources changes: each one recorded is a file of the tree', () => {
    const { inputs } = JSON.parse(readFileSync(join(ROOT, 'cli', 'dist', 'current.json'), 'utf8')) as { inputs: string[] };
    expect(inputs).toEqual(expect.arrayContaining(['cli/main.ts', 'cli/worker.ts', 'engine/analyze.ts', 'package-lock.json']));
    // A name that is no file (a plugin's virtual module) would count as changed on every run.
    for (const input of inputs) expect(existsSync(join(ROOT, input)), input).toBe(true);
  });

  it('`faro --help` loads a few kilobytes: no engine, reader or language strings', () => {
    const help = graph(dir, 'main.mjs', false);
    expect(bytes(dir, help)).toBeLessThan(100 * 1024);
    expect(holds(dir, help, 'function analyze(')).toBe(false);
  });

  it('the main thread never loads the engine, whatever the run; the workers do', () => {
    expect(holds(dir, graph(dir, 'main.mjs', true), 'function analyze(')).toBe(false);
    expect(holds(dir, graph(dir, 'worker.mjs', false), 'function analyze(')).toBe(true);
  });

  it('the CSV parser, the HTML DOM and each language are chunks of their own, loaded on demand', () => {
    const eager = graph(dir, 'main.mjs', false);
    const scan = graph(dir, 'main.mjs', true);
    for (const text of ['CSV_QUOTE_NOT_CLOSED', 'parseHTML', 'Chiedi un contratto scritto']) {
      expect(holds(dir, eager, text)).toBe(false);
      expect(holds(dir, scan, text)).toBe(true);
    }
  });

  it('compromise, which few ads need, loads on its first use, not with the engine', () => {
    const worker = readFileSync(join(dir, 'worker.mjs'), 'utf8');
    // The stand-in of cli/build.mjs, in place of the module's import.
    expect(worker).toContain('// lazy-compromise:compromise');
    expect(worker).toMatch(/\breal \?\?= /);
  });
});
