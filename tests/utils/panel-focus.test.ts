import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openPanelOn, panelFocusItem } from '@/utils/panel-focus';

afterEach(() => {
  fakeBrowser.reset();
});

describe('openPanelOn: the badge’s "details and help"', () => {
  it('Chrome: opens the side panel on the tab at once, within the click, and names the ad for it', async () => {
    const open = vi.fn(async () => undefined);
    const opened = openPanelOn({ tabId: 4, key: 'ad-7' }, { sidePanel: { open } });
    // Called before anything was awaited: a step later the browser no longer counts the click.
    expect(open).toHaveBeenCalledWith({ tabId: 4 });
    expect(await opened).toBe(true);
    expect(await panelFocusItem.getValue()).toEqual({ tabId: 4, key: 'ad-7' });
  });

  it('says false when the browser refuses (Firefox opens its sidebar only from Faro’s own pages), and the badge says where to click', async () => {
    const refuse = vi.fn(async () => {
      throw new Error('sidebarAction.open may only be called from a user input handler');
    });
    expect(await openPanelOn({ tabId: 4, key: 'ad-7' }, { sidebarAction: { open: refuse } })).toBe(false);
    expect(await openPanelOn({ tabId: 4, key: 'ad-7' }, {})).toBe(false);
  });
});
