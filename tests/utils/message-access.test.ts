import { describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { acceptsMessage } from '@/utils/message-access';
import type { BackgroundApi } from '@/utils/messaging';

/** docs/threat-model.md: who may ask Faro's background what. */
const SELF = { id: 'faro-id', origin: 'chrome-extension://faro-id/' };
type Sender = Browser.runtime.MessageSender;
/** A sender in a tab: the browser fills in the whole tab; the background reads only its id. */
const inTab = (sender: Sender): Sender => ({ ...sender, tab: { id: 4 } as Browser.tabs.Tab });
const PAGE = inTab({ id: 'faro-id', url: 'https://hostile.example/jobs' });
const EXTENSION_PAGE: Sender = { id: 'faro-id', url: 'chrome-extension://faro-id/popup.html' };
const OTHER_EXTENSION: Sender = { id: 'other-id', url: 'chrome-extension://other-id/background.js' };
/** Every message of the background, as a record so that the compiler names one added and missing here. */
const ALL = Object.keys({ hello: 1, scanAds: 1, marksTampered: 1, openDetails: 1, getTab: 1, scanTab: 1, analyzeText: 1, wipe: 1 } satisfies Record<keyof BackgroundApi, 1>) as (keyof BackgroundApi)[];

describe('who may ask the background what', () => {
  it('a content script, in a page however hostile, may only say hello, send the ads of its own tab, say its marks were tampered with and ask for the side panel on its tab', () => {
    expect(ALL.filter((type) => acceptsMessage(type, PAGE, SELF))).toEqual(['hello', 'scanAds', 'marksTampered', 'openDetails']);
    // Without the tab the browser names, not even that.
    expect(acceptsMessage('scanAds', { id: 'faro-id', url: 'https://hostile.example/' }, SELF)).toBe(false);
  });

  it('another extension is never answered, whatever it asks', () => {
    expect(ALL.filter((type) => acceptsMessage(type, OTHER_EXTENSION, SELF))).toEqual([]);
    expect(ALL.filter((type) => acceptsMessage(type, inTab(OTHER_EXTENSION), SELF))).toEqual([]);
  });

  it('Faro’s own pages may ask everything, the quick wipe included', () => {
    expect(ALL.filter((type) => acceptsMessage(type, EXTENSION_PAGE, SELF))).toEqual(ALL);
  });
});
