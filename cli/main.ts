import { parseCommandLine, USAGE } from './args';

/** Exit codes of `faro`. */
export const EXIT = { ok: 0, someFailed: 1, usage: 2 } as const;

/** `faro scan …`: returns the exit code. The engine and the readers load only once the arguments are good. */
export async function main(argv: string[]): Promise<number> {
  const parsed = parseCommandLine(argv);
  if (parsed.kind === 'help') {
    process.stdout.write(USAGE);
    return EXIT.ok;
  }
  if (parsed.kind === 'usage-error') {
    process.stderr.write(`faro: ${parsed.message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  // A reader that stops early (`faro scan … | head`) is not an error of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT.ok);
    throw error;
  });
  const { scan } = await import('./scan');
  const { failed } = await scan(parsed.args, { stdout: process.stdout, stderr: process.stderr });
  return failed > 0 ? EXIT.someFailed : EXIT.ok;
}
