/**
 * The CPU time the extension's service worker spends while something happens, from a V8 CPU profile of it
 * (Chromium's Performance domain does not exist in service workers): the sampled time of every sample
 * that is not idle. For `npm run bench:tabs`; a sampling measure, good to about a millisecond per second.
 */
import type { CDPSession } from 'playwright-core';
import type { ExtensionBrowser } from './extension-browser';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/** A CDP client for one target, through the browser's session (Playwright opens sessions on pages only). */
async function attach(session: CDPSession, targetId: string): Promise<(method: string, params?: object) => Promise<unknown>> {
  const { sessionId } = await session.send('Target.attachToTarget', { targetId, flatten: false });
  let id = 0;
  const pending = new Map<number, { ok(value: unknown): void; fail(error: Error): void }>();
  session.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    const waiting = message.id === undefined ? undefined : pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id!);
    if (message.error) waiting.fail(new Error(message.error.message));
    else waiting.ok(message.result);
  });
  return (method, params = {}) =>
    new Promise((ok, fail) => {
      const call = ++id;
      pending.set(call, { ok, fail });
      void session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: call, method, params }) });
    });
}

/** Milliseconds of CPU the service worker used while `during` ran; `top` > 0 prints the functions that took most of it. */
export async function serviceWorkerCpuMs(browser: ExtensionBrowser, during: () => Promise<void>, top = 0): Promise<number> {
  const owner = browser.context.browser();
  if (!owner) throw new Error('no browser to open a CDP session on');
  const session = await owner.newBrowserCDPSession();
  try {
    const { targetInfos } = await session.send('Target.getTargets');
    const worker = targetInfos.find((target) => target.type === 'service_worker' && target.url.endsWith('/background.js'));
    if (!worker) throw new Error('the extension has no service worker running');
    const call = await attach(session, worker.targetId);
    await call('Profiler.enable');
    await call('Profiler.setSamplingInterval', { interval: 100 });
    await call('Profiler.start');
    await during();
    const { profile } = (await call('Profiler.stop')) as { profile: Profile };
    const idle = new Set(profile.nodes.filter((node) => node.callFrame.functionName === '(idle)').map((node) => node.id));
    const deltas = profile.timeDeltas ?? [];
    const self = new Map<number, number>();
    (profile.samples ?? []).forEach((node, i) => self.set(node, (self.get(node) ?? 0) + (deltas[i] ?? 0)));
    if (top > 0) {
      const named = new Map<string, number>();
      for (const node of profile.nodes) {
        const where = `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop() ?? ''}:${node.callFrame.lineNumber}`;
        named.set(where, (named.get(where) ?? 0) + (self.get(node.id) ?? 0));
      }
      for (const [where, us] of [...named].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`    ${(us / 1000).toFixed(1).padStart(7)} ms  ${where}`);
    }
    return [...self].reduce((sum, [node, us]) => sum + (idle.has(node) ? 0 : us), 0) / 1000;
  } finally {
    await session.detach();
  }
}
