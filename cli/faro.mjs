#!/usr/bin/env node
// The `faro` command: runs the JavaScript bundle of the TypeScript sources (cli/build.mjs), built by
// `npm ci` and rebuilt here first whenever a source has changed since, so it always runs the tree's code.
import { ensureBuilt } from './build.mjs';

let entry;
try {
  entry = await ensureBuilt();
} catch (error) {
  // esbuild has printed what is wrong in which source; a stack trace of the build script would only hide it.
  process.stderr.write(`faro: cannot build the command line: ${error instanceof Error ? error.message.split('\n')[0] : error}\n`);
  process.exit(1);
}
const { main } = await import(entry);
process.exitCode = await main(process.argv.slice(2));
