import type { browser } from 'wxt/browser';

/**
 * What `globalThis` holds in a function evaluated in an extension page or the service worker: the
 * WebExtension API, as `browser` (Firefox) and `chrome` (Chromium). For type only: such functions are
 * sent to the browser as source and can reference nothing of the test's.
 */
export type InExtension = { browser: typeof browser; chrome: typeof browser };
