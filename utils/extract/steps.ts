/**
 * Work that pauses now and then: a generator that yields between small units of work (a few hundred
 * elements walked, one card built). The content script resumes it in idle periods, so that a large
 * page never costs one long task; Node and the tests run it to the end at once with `runSync`.
 */
export type Steps<T> = Generator<void, T, void>;

/** Elements (or other cheap units) handled between two pauses. */
export const UNITS_PER_STEP = 200;
/** Characters of one huge text node read between two pauses (a few milliseconds). */
export const CHARS_PER_STEP = 100_000;

export function runSync<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
