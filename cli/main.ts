import { parseCommandLine, USAGE } from './args';
import { scan } from './scan';

/** Exit codes of `faro`. */
export const EXIT = { ok: 0, someFailed: 1, usage: 2 } as const;

/** `faro scan …`: returns the exit code. */
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
  const { failed } = await scan(parsed.args, { stdout: process.stdout, stderr: process.stderr });
  return failed > 0 ? EXIT.someFailed : EXIT.ok;
}
