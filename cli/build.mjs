// The command line as built JavaScript: esbuild bundles cli/main.ts and cli/worker.ts (and the
// engine, rules and readers they import) into cli/dist/<build>/, with code splitting, so that
// `faro --help` loads a few kilobytes and each heavy part (engine, CSV parser, HTML DOM, one
// language's strings) is read only by a run that needs it. No TypeScript loader at run time.
//
// `node cli/build.mjs` builds (npm's postinstall runs it after `npm ci`); `ensureBuilt()` is what
// the `faro` bin calls first: it rebuilds when a source changed since the last build, so the
// command always runs the code in the tree.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const CLI = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(CLI);
const DIST = join(CLI, 'dist');
const CURRENT = join(DIST, 'current.json');
/** Besides the bundled sources, a change to these means a rebuild (dependencies, compiler settings, this file). */
const ALSO_WATCHED = ['package-lock.json', 'tsconfig.json', 'cli/build.mjs'];
/** Old builds are removed after a day unused: a run still going may yet load one of their chunks. */
const KEEP_UNUSED_MS = 24 * 60 * 60 * 1000;

/**
 * compromise (English part-of-speech tagging) costs about 0.4 s of CPU to load and runs on a few per
 * cent of ads (detectors/duties.ts). In the bundle its import becomes a stand-in that loads it on first
 * use (esbuild initialises a bundled module at its first require()), so a worker's first report, and
 * every batch without such an ad, does not wait for it. Calls and properties go to the real module.
 */
const lazyCompromise = {
  name: 'lazy-compromise',
  setup(build) {
    build.onResolve({ filter: /^compromise$/ }, async (args) => {
      if (args.pluginData?.resolving) return undefined;
      if (!args.pluginData?.real) return { path: 'compromise', namespace: 'lazy-compromise' };
      // The stand-in's require() must reach the ES module the sources import, not the package's CommonJS build.
      const module = await build.resolve('compromise', { kind: 'import-statement', resolveDir: args.resolveDir, pluginData: { resolving: true } });
      return { path: module.path };
    });
    build.onLoad({ filter: /.*/, namespace: 'lazy-compromise' }, () => ({
      resolveDir: ROOT,
      loader: 'js',
      pluginData: { real: true },
      contents: `let real;
const load = () => (real ??= require('compromise').default);
export default new Proxy(function nlp() {}, {
  apply: (_target, self, args) => Reflect.apply(load(), self, args),
  get: (_target, key) => Reflect.get(load(), key),
});`,
    }));
  },
};

/**
 * WXT's path aliases (`@/utils/…` is the project root), which its generated .wxt/tsconfig.json gives
 * the compiler: resolved here too, so that a clone whose postinstall did not run still builds.
 */
const rootAliases = {
  name: 'root-aliases',
  setup(build) {
    build.onResolve({ filter: /^(?:@@|~~|@|~)\// }, (args) =>
      build.resolve(`./${args.path.replace(/^[@~]+\//, '')}`, { kind: args.kind, resolveDir: ROOT, importer: args.importer }),
    );
  },
};

/** The build the bin should run: { dir, startedAt, inputs }, or undefined. */
function readCurrent() {
  try {
    return JSON.parse(readFileSync(CURRENT, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Fresh when no input was modified after the build started (an edit during the build counts as after). */
function isFresh(current) {
  if (!current || typeof current.dir !== 'string' || !Array.isArray(current.inputs)) return false;
  try {
    statSync(join(DIST, current.dir, 'main.mjs'));
    return current.inputs.every((input) => statSync(join(ROOT, input)).mtimeMs <= current.startedAt);
  } catch {
    return false;
  }
}

function prune(keep) {
  for (const entry of readdirSync(DIST, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === keep) continue;
    const path = join(DIST, entry.name);
    if (Date.now() - statSync(path).mtimeMs > KEEP_UNUSED_MS) rmSync(path, { recursive: true, force: true });
  }
}

/** Builds into a fresh directory and points current.json at it; concurrent builds each finish whole. */
export async function build() {
  const startedAt = Date.now();
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    throw new Error(`faro: the command line must be built from its sources, and esbuild is missing: run \`npm ci\` in ${ROOT}`);
  }
  mkdirSync(DIST, { recursive: true });
  const tmp = mkdtempSync(join(DIST, '.tmp-'));
  try {
    const result = await esbuild.build({
      absWorkingDir: ROOT,
      entryPoints: { main: 'cli/main.ts', worker: 'cli/worker.ts' },
      outdir: tmp,
      outExtension: { '.js': '.mjs' },
      chunkNames: 'chunk-[hash]',
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      metafile: true,
      logLevel: 'error',
      plugins: [rootAliases, lazyCompromise],
      // CommonJS dependencies call require() for Node's own modules; an ES module has none of its own.
      banner: { js: "import { createRequire as __faroCreateRequire } from 'node:module'; const require = __faroCreateRequire(import.meta.url);" },
    });
    const hash = createHash('sha256');
    for (const file of Object.keys(result.metafile.outputs).sort()) hash.update(basename(file)).update(readFileSync(join(ROOT, file)));
    const dir = `build-${hash.digest('hex').slice(0, 12)}`;
    try {
      renameSync(tmp, join(DIST, dir));
    } catch {
      // The same build is there already (another process built it): keep that one.
      rmSync(tmp, { recursive: true, force: true });
      utimesSync(join(DIST, dir), new Date(), new Date());
    }
    // The project's own source files (not the plugins' virtual modules): a dependency changes only with package-lock.json.
    const sources = Object.keys(result.metafile.inputs).filter((input) => !input.startsWith('node_modules/') && existsSync(join(ROOT, input)));
    const inputs = [...sources, ...ALSO_WATCHED];
    const next = `${CURRENT}.${process.pid}`;
    writeFileSync(next, JSON.stringify({ dir, startedAt, inputs }));
    renameSync(next, CURRENT);
    prune(dir);
    return join(DIST, dir, 'main.mjs');
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
}

/** The URL of the built main module, rebuilt first if a source changed since. */
export async function ensureBuilt() {
  const current = readCurrent();
  if (isFresh(current)) {
    const dir = join(DIST, current.dir);
    // Marks the build as in use, so that another process's prune keeps it.
    utimesSync(dir, new Date(), new Date());
    return pathToFileURL(join(dir, 'main.mjs')).href;
  }
  if (process.stderr.isTTY) process.stderr.write('faro: building the command line from its sources (after a change or a fresh install)…\n');
  return pathToFileURL(await build()).href;
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  const main = await build();
  console.log(`faro: built ${main}`);
}
