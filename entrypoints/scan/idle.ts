import type { Steps } from '@/utils/extract/steps';

/**
 * Longest stretch of work per idle period: far below the 50 ms of a long task, and short enough to
 * leave a frame's time to the page.
 */
const SLICE_MS = 8;
/**
 * On a busy page (below) a slice may be longer: each slice there waits behind the page's own tasks
 * and may first have to bring the page's style and layout up to date, so short slices would spend
 * most of their time on that; still well under the 50 ms of a long task.
 */
const BUSY_SLICE_MS = 20;
/** Work waits at most this long for the page's first idle period. */
const IDLE_TIMEOUT_MS = 1000;
/**
 * Once a wait for idle timed out, the page is busy (it renders again and again, a script runs in a
 * loop): the next slices wait at most this long, so that the work still moves on between the page's
 * own tasks instead of one slice a second.
 */
const BUSY_TIMEOUT_MS = 16;

interface Deadline {
  timeRemaining(): number;
  readonly didTimeout?: boolean;
}

/** Both browsers Faro runs in have requestIdleCallback (Chromium 47, Firefox 55). */
const whenIdle = (cb: (deadline: Deadline) => void, timeout = IDLE_TIMEOUT_MS) => void requestIdleCallback(cb, { timeout });

/**
 * Runs resumable work (utils/extract/steps.ts) in idle periods, at most SLICE_MS at a time and at
 * least one step per period. Resolves with the work's result, or undefined once `alive` says stop.
 */
export function runWhenIdle<T>(steps: Steps<T>, alive: () => boolean): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    const slice = (deadline: Deadline) => {
      if (!alive()) return resolve(undefined);
      const budget = deadline.didTimeout ? BUSY_SLICE_MS : Math.min(SLICE_MS, deadline.timeRemaining());
      const end = performance.now() + budget;
      try {
        do {
          const next = steps.next();
          if (next.done) return resolve(next.value);
        } while (performance.now() < end);
      } catch (error) {
        return reject(error);
      }
      whenIdle(slice, deadline.didTimeout ? BUSY_TIMEOUT_MS : IDLE_TIMEOUT_MS);
    };
    whenIdle(slice);
  });
}
