/**
 * A JSONL line, CSV record or plain-text ad longer than this is not kept whole (a line or record is
 * skipped with a message, a text is cut): the engine reads the first 100,000 characters of an ad and
 * marks a longer one `truncated`, so anything past a few hundred kilobytes is never read anyway. The
 * limit is the CLI's own, not imported from the engine: the main thread never loads the engine.
 */
export const MAX_RECORD_BYTES = 16 * 1024 * 1024;
/** An HTML page larger than this is refused rather than parsed into a DOM. */
export const MAX_HTML_BYTES = 32 * 1024 * 1024;

export type OnBytes = (bytes: number) => void;
