#!/usr/bin/env node
// Merges a partial JSON object into locales/<lang>.json under a lock, so that several people (or
// agents) adding explanations at once never lose each other's keys. Keys are deep-merged; the
// file is written sorted so that diffs stay small.
//   node scripts/locale-merge.mjs <lang> <partial.json | ->
import { mkdirSync, readFileSync, rmdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [lang, source] = process.argv.slice(2);
if (!lang || !source) {
  console.error('usage: node scripts/locale-merge.mjs <lang> <partial.json | ->');
  process.exit(2);
}
const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'locales', `${lang}.json`);
const partial = JSON.parse(readFileSync(source === '-' ? 0 : source, 'utf8'));

const sortDeep = (v) =>
  v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortDeep(v[k])]))
    : v;
const merge = (a, b) => {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) {
    out[k] = v && typeof v === 'object' && !Array.isArray(v) && out[k] && typeof out[k] === 'object' ? merge(out[k], v) : v;
  }
  return out;
};

const lock = `${file}.lock`;
const started = Date.now();
for (;;) {
  try {
    mkdirSync(lock);
    break;
  } catch {
    if (Date.now() - started > 10_000) throw new Error(`could not lock ${lock}`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
  }
}
try {
  const current = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  writeFileSync(file, `${JSON.stringify(sortDeep(merge(current, partial)), null, 2)}\n`);
} finally {
  rmdirSync(lock);
}
