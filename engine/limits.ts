/**
 * Limits the engine keeps and its callers share. Imports nothing, so that the content script and the
 * dashboard can use them without bringing in the engine.
 */

/** The engine reads at most this many characters of one ad; a longer text is cut and marked `truncated`. */
export const MAX_AD_CHARS = 100_000;
