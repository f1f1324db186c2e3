import { MAX_AD_CHARS } from '../../engine/limits';

/**
 * What an evidence bundle may hold (issue 12). Beyond these a file is refused before it is parsed, or an
 * item is refused; nothing is cut to fit, since a cut text would no longer match its hash.
 */
export const BUNDLE_LIMITS = {
  /** The file, in bytes of UTF-8. */
  bytes: 50 * 1024 * 1024,
  items: 20_000,
  /** An ad's text: no more than the engine reads of one ad, so no more than Faro itself ever stores. */
  textChars: MAX_AD_CHARS,
  titleChars: 1_000,
  noteChars: 20_000,
  /** A page's address: long query strings happen, megabytes do not. */
  urlChars: 32_768,
  /** Ids, rule ids, contact values, keys of a flag's detail. */
  fieldChars: 1_000,
  /** Flags, contacts, evidence spans of one item: a real report has tens. */
  listItems: 10_000,
} as const;

/** Two colleagues' clocks differ a little: a time this far ahead of ours is not yet "in the future". */
export const CLOCK_SKEW_MS = 10 * 60_000;
