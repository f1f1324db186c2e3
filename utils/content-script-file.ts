/**
 * The content script's file in the build (entrypoints/scan), for on-demand injection and the
 * registrations. A module of its own: tests in Node read it without loading the extension's storage.
 */
export const CONTENT_SCRIPT_FILE = '/scan.js';
