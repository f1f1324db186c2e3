import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Report } from '@/engine/types';
import type { TabAd } from '@/utils/messaging';
import { TabStore } from '@/utils/tab-store';

/** Issue 12, point 3: what a page did to Faro's marks stays with the tab's results until a new page. */
const report: Report = { id: 'r', lang: 'en', kind: 'job', score: 0, level: 'low', flags: [], mitigations: [], contacts: [] };
const ad = (key: string): TabAd => ({ key, text: `Ad ${key}`, report });

beforeEach(() => fakeBrowser.reset());

describe('TabStore: a page that interfered with the marks', () => {
  it('is noted once, kept through later batches and the worker restarting, and forgotten with a new page', async () => {
    const tabs = new TabStore();
    expect(await tabs.noteInterference(7)).toBeUndefined();
    await tabs.put(7, 'https://example.org/jobs', [ad('a')], true);
    expect((await tabs.noteInterference(7))?.interfered).toBe(true);
    await tabs.put(7, 'https://example.org/jobs', [ad('b')], false);
    // A new worker (the old one stopped while idle) reads it back from storage.session.
    const restarted = new TabStore();
    expect(await restarted.get(7)).toMatchObject({ interfered: true, ads: [{ key: 'a' }, { key: 'b' }] });
    expect((await restarted.put(7, 'https://example.org/other', [ad('c')], true)).interfered).toBeUndefined();
  });
});
