/**
 * Storage outcomes as values: every history call returns a `HistoryResult`, so the UI can tell the user
 * why nothing was saved (a full disk, a private window, a newer Faro's database) instead of losing it.
 */

export type HistoryErrorKind =
  /** History is turned off in the options: nothing was read or written. */
  | 'disabled'
  /** No IndexedDB here, or the browser refuses it (private window, storage blocked by policy). */
  | 'unavailable'
  /** The browser's storage quota is used up. */
  | 'quota'
  /** Another tab holds an older connection open and did not let the database upgrade or be deleted. */
  | 'blocked'
  /** The database on disk has a newer schema than this Faro (downgraded extension). */
  | 'version'
  /** The store was closed (deleted, or another tab upgraded it); open it again. */
  | 'closed'
  /** The input was refused (e.g. an unknown record id). */
  | 'invalid'
  | 'unknown';

export interface HistoryError {
  kind: HistoryErrorKind;
  /** For logs and bug reports; the UI shows a message per `kind`. */
  message: string;
  /** The DOMException name, when there was one. */
  name?: string;
}

export type HistoryResult<T> = { ok: true; value: T } | { ok: false; error: HistoryError };

export const ok = <T>(value: T): HistoryResult<T> => ({ ok: true, value });
export const fail = <T = never>(kind: HistoryErrorKind, message: string, name?: string): HistoryResult<T> => ({
  ok: false,
  error: name === undefined ? { kind, message } : { kind, message, name },
});

const KIND_BY_NAME: Record<string, HistoryErrorKind> = {
  QuotaExceededError: 'quota',
  VersionError: 'version',
  // Firefox private windows and storage blocked by policy or by the user.
  InvalidStateError: 'unavailable',
  SecurityError: 'unavailable',
  NotAllowedError: 'unavailable',
};

/** Maps what IndexedDB throws to a typed error. Quota errors may arrive wrapped in an aborted transaction. */
export function toHistoryError(err: unknown): HistoryError {
  const e = err as { name?: unknown; message?: unknown } | null | undefined;
  const name = typeof e?.name === 'string' ? e.name : undefined;
  const message = typeof e?.message === 'string' ? e.message : String(err);
  if (/quota/i.test(message) && name !== 'VersionError') return { kind: 'quota', message, ...(name ? { name } : {}) };
  const kind = (name && KIND_BY_NAME[name]) || 'unknown';
  return name === undefined ? { kind, message } : { kind, message, name };
}

/** Runs a storage operation and turns any rejection into a typed result. */
export async function attempt<T>(op: () => Promise<T>): Promise<HistoryResult<T>> {
  try {
    return ok(await op());
  } catch (err) {
    return { ok: false, error: toHistoryError(err) };
  }
}
