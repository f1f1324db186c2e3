import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const BIN = join(import.meta.dirname, '..', '..', 'cli', 'faro.mjs');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `faro` bin as a subprocess, the way a user's shell would: the built bundle, rebuilt first if a source changed. */
export function faro(
  args: string[],
  options: { stdin?: string; env?: NodeJS.ProcessEnv; cwd?: string; onStdout?: (chunk: string) => void } = {},
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      options.onStdout?.(d);
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

/** A temporary folder with the given files (path → content); removed by the returned clean-up. */
export function tempFiles(files: Record<string, string>): { dir: string; path: (name: string) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'faro-cli-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return { dir, path: (name) => join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export const jsonLines = (stdout: string): Record<string, unknown>[] =>
  stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);

/** Texts the single test rule (rules/upfront-fee.ts) flags, and one it does not. */
export const RISKY_EN = 'Pay a $200 processing fee before travel. Write to recruiter@gmail.com';
export const RISKY_IT = 'Quota di iscrizione 150 euro da versare subito.';
export const PLAIN = 'We sell fresh roses and tulips in our flower shop downtown.';

/** The rule ids a report (parsed from the CLI's output) flags. */
export const rulesOf = (report: unknown): string[] =>
  ((report as { flags?: { rule: string }[] } | undefined)?.flags ?? []).map((f) => f.rule);

/** Each test starts the CLI (a worker loads the engine and compiles the rules; the first run after a change builds the bundle): generous on a busy shared machine. */
export const CLI_TIMEOUT = 180_000;
