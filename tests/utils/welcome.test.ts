import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentShortcuts, openWelcomeOnInstall, WELCOME_PAGE } from '@/utils/welcome';

afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('the welcome page on install', () => {
  it('opens once Faro is installed', async () => {
    await openWelcomeOnInstall({ reason: 'install' });
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((tab) => tab.url)).toContain(fakeBrowser.runtime.getURL(WELCOME_PAGE));
  });

  it.each(['update', 'browser_update', 'chrome_update', 'shared_module_update'])('leaves the tabs alone on %s', async (reason) => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await openWelcomeOnInstall({ reason });
    expect(create).not.toHaveBeenCalled();
  });
});

describe('the shortcuts the welcome page lists', () => {
  it('are the browser’s current ones, an unset one kept with no keys, the toolbar button’s own command left out, the ones with a key first', async () => {
    vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([
      { name: '_execute_action', shortcut: 'Alt+Shift+P', description: '' },
      { name: 'next-flagged', shortcut: '', description: 'Jump to the next ad with warning signals' },
      { name: 'scan-page', shortcut: 'Alt+Shift+F', description: 'Check the ads on this page' },
    ]);
    expect(await currentShortcuts()).toEqual([
      { name: 'scan-page', keys: 'Alt+Shift+F', description: 'Check the ads on this page' },
      { name: 'next-flagged', keys: '', description: 'Jump to the next ad with warning signals' },
    ]);
  });
});
