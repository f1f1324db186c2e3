import { describe, expect, it, vi } from 'vitest';
import { sidePanelOpener } from '@/utils/side-panel';

describe('sidePanelOpener: the popup names the side panel only where the browser can open it', () => {
  it('Chrome: opens the window’s panel, else the tab’s', async () => {
    const open = vi.fn(async () => undefined);
    await sidePanelOpener({ windowId: 3, tabId: 7 }, { sidePanel: { open } })?.();
    await sidePanelOpener({ tabId: 7 }, { sidePanel: { open } })?.();
    expect(open.mock.calls).toEqual([[{ windowId: 3 }], [{ tabId: 7 }]]);
    expect(sidePanelOpener({}, { sidePanel: { open } })).toBeUndefined();
  });

  it('Firefox: opens the sidebar', async () => {
    const open = vi.fn(async () => undefined);
    await sidePanelOpener({ tabId: 7 }, { sidebarAction: { open } })?.();
    expect(open).toHaveBeenCalledOnce();
  });

  it('a browser with neither (Chrome before 114, Firefox for Android): nothing to offer', () => {
    expect(sidePanelOpener({ windowId: 1 }, {})).toBeUndefined();
  });
});
