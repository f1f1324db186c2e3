import type { Steps } from '@/utils/extract/steps';

/**
 * Longest stretch of work per idle period: far below the 50 ms of a long task, and short enough to
 * leave a frame's time to the page.
 */
const SLICE_MS = 8;
/** A page that is never idle still gets the work done, one slice at least this often. */
const IDLE_TIMEOUT_MS = 1000;

interface Deadline {
  timeRemaining(): number;
  readonly didTimeout?: boolean;
}

export const whenIdle: (cb: (deadline: Deadline) => void) => void =
  typeof requestIdleCallback === 'function'
    ? (cb) => void requestIdleCallback(cb, { timeout: IDLE_TIMEOUT_MS })
    : (cb) => void setTimeout(() => cb({ timeRemaining: () => SLICE_MS }), 16);

/**
 * Runs resumable work (utils/extract/steps.ts) in idle periods, at most SLICE_MS at a time and at
 * least one step per period. Resolves with the work's result, or undefined once `alive` says stop.
 */
export function runWhenIdle<T>(steps: Steps<T>, alive: () => boolean): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    const slice = (deadline: Deadline) => {
      if (!alive()) return resolve(undefined);
      const budget = deadline.didTimeout ? SLICE_MS : Math.min(SLICE_MS, deadline.timeRemaining());
      const end = performance.now() + budget;
      try {
        do {
          const next = steps.next();
          if (next.done) return resolve(next.value);
        } while (performance.now() < end);
      } catch (error) {
        return reject(error);
      }
      whenIdle(slice);
    };
    whenIdle(slice);
  });
}
