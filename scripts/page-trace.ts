/**
 * Chrome tracing of one tab's renderer main thread, for the page benchmarks (bench-page.ts,
 * bench-hostile.ts): which tasks ran, how long, and which of them ran the content script's code.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The thread's CPU time during the event: what the task cost, without the time the thread waited for a core. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string }; beginData?: { url?: string } };
}

/** The tasks of the tab's renderer main thread (the one that parsed `url`), and those of them that ran extension code. */
export interface MainThread {
  tasks: TraceEvent[];
  extensionTasks: TraceEvent[];
  /**
   * Per task that ran extension code, the time spent in that code (its calls, with the style and
   * layout they forced): a page's own long task in which a MutationObserver of the extension ran
   * for a millisecond is the page's, not the extension's.
   */
  extensionMs: Map<TraceEvent, number>;
}

/** Opens `url` in a new tab of `context`, runs `during` on it while tracing, closes the tab. */
export async function traceTab<T>(context: BrowserContext, url: string, during: (page: Page) => Promise<T>): Promise<{ events: TraceEvent[]; result: T }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,toplevel,v8',
    transferMode: 'ReportEvents',
  });
  await page.goto(url, { waitUntil: 'load' });
  const result = await during(page);
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  return { events, result };
}

export function mainThread(events: readonly TraceEvent[], url: string): MainThread {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
  const main = events.filter((e) => parse && e.pid === parse.pid && e.tid === parse.tid);
  const tasks = main.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.dur !== undefined);
  const extensionCode = main.filter((e) => (e.args?.data?.url ?? '').startsWith('chrome-extension://'));
  const extensionTasks = tasks.filter((task) => extensionCode.some((e) => e.ts >= task.ts && e.ts < task.ts + task.dur!));
  const calls = extensionCode.filter((e) => e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts);
  const extensionMs = new Map(
    extensionTasks.map((task) => {
      let ms = 0;
      let until = 0;
      // Outermost calls only: a call nested in another is already counted in it.
      for (const call of calls) {
        if (call.ts < task.ts || call.ts >= task.ts + task.dur! || call.ts < until) continue;
        ms += taskMs(call);
        until = call.ts + call.dur!;
      }
      return [task, ms];
    }),
  );
  return { tasks, extensionTasks, extensionMs };
}

/** A task's wall-clock duration, ms. */
export const taskMs = (task: TraceEvent): number => task.dur! / 1000;
