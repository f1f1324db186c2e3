import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { LOCAL_TEST_SITES, ALL_SITES, LISTED_SITES } from './utils/sites';

/**
 * One codebase, two builds: `wxt build` (Chrome MV3) and `wxt build -b firefox --mv3`.
 * `--mode e2e` is the local test build: the same extension, plus the right to scan pages served
 * from localhost (end-to-end tests, `npm start`, `npm run bench:page`). docs/permissions.md says why
 * each permission is asked for.
 */
export default defineConfig({
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting'],
    // The scanner is an unlisted script (entrypoints/scan/index.ts says why), declared here by hand.
    content_scripts: [{ matches: [...LISTED_SITES], js: ['scan.js'], run_at: 'document_idle' }],
    optional_host_permissions: [...ALL_SITES],
    action: { default_title: '__MSG_extName__', default_popup: 'popup.html' },
    commands: {
      'scan-page': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: '__MSG_commandScan__',
      },
      'next-flagged': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_commandNextFlagged__',
      },
    },
    browser_specific_settings: {
      gecko: { id: 'faro@faro-extension.org', strict_min_version: '128.0' },
    },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    },
  },
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'e2e') return;
      for (const script of manifest.content_scripts ?? []) script.matches = [...(script.matches ?? []), ...LOCAL_TEST_SITES];
      manifest.host_permissions = [...(manifest.host_permissions ?? []), ...LOCAL_TEST_SITES];
    },
  },
});
