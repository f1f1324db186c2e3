import { MAX_AD_CHARS } from '../../engine/analyze';

/** A JSONL line or CSV record longer than this is skipped with a message (the engine reads 100,000 characters of an ad anyway). */
export const MAX_RECORD_BYTES = 16 * 1024 * 1024;
/** A plain-text ad is read up to this many bytes: enough for the engine to see more than MAX_AD_CHARS and mark it truncated. */
export const MAX_TEXT_BYTES = (MAX_AD_CHARS + 1) * 3;
/** An HTML page larger than this is refused rather than parsed into a DOM. */
export const MAX_HTML_BYTES = 32 * 1024 * 1024;

export type OnBytes = (bytes: number) => void;
