import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { LOCAL_TEST_SITES, ALL_SITES, LISTED_SITES } from './utils/sites';
import { ICONS, THEME_ICONS, TOOLBAR_ICONS } from './utils/icons';

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
    icons: { ...ICONS },
    action: { default_title: '__MSG_extName__', default_popup: 'popup.html', default_icon: { ...TOOLBAR_ICONS } },
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
      gecko: { id: 'faro@faro-extension.org', strict_min_version: '140.0' },
    },
    // Extension pages load only Faro's own files and connect nowhere (issue 12): a page that ever rendered
    // something it should not could still fetch nothing and load no image but its own or a data: one.
    content_security_policy: {
      extension_pages: "default-src 'self'; script-src 'self'; object-src 'self'; connect-src 'none'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    },
  },
  // `npm run zip`: the store packages; the Firefox sources package (for the add-on review) needs no tests or screenshots.
  zip: { excludeSources: ['tests/**', 'test-artifacts/**', 'docs/screenshots/**', 'cli/dist/**'] },
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      // Chrome's service worker cannot start a Worker: the offscreen document starts the engine's (utils/analysis/hosts.ts).
      // Firefox's background page starts it itself and has no such permission.
      if (wxt.config.browser !== 'firefox') manifest.permissions = [...(manifest.permissions ?? []), 'offscreen'];
      if (wxt.config.browser === 'firefox') {
        // Firefox draws the toolbar button in the toolbar's colours (utils/icons.ts); Chrome would warn on the key.
        if (manifest.action) Object.assign(manifest.action, { theme_icons: THEME_ICONS });
        // Required of every new add-on on addons.mozilla.org since November 2025 (WXT 0.21 has no type for it):
        // Faro collects and sends nothing.
        const gecko = manifest.browser_specific_settings?.gecko;
        if (gecko) Object.assign(gecko, { data_collection_permissions: { required: ['none'] } });
      }
      if (wxt.config.mode !== 'e2e') return;
      for (const script of manifest.content_scripts ?? []) script.matches = [...(script.matches ?? []), ...LOCAL_TEST_SITES];
      manifest.host_permissions = [...(manifest.host_permissions ?? []), ...LOCAL_TEST_SITES];
    },
  },
});
