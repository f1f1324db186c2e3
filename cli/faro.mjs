#!/usr/bin/env node
// The `faro` command. It runs the TypeScript sources directly through tsx's ESM loader, so that
// `npx faro scan` works right after `npm ci`, with no build step and one process.
import { register } from 'tsx/esm/api';

// Our own tsconfig, whatever the caller's working directory holds.
register({ tsconfig: new URL('../tsconfig.json', import.meta.url).pathname });
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
