import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The manifest asks for the least that works; README "Permissions" says why each is needed.
export default defineConfig({
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'Faro',
    description: 'Flags signals of deceptive recruitment in job and classified ads, locally, and points to people who can help.',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting'],
    browser_specific_settings: {
      gecko: { id: 'faro@faro-extension.org', strict_min_version: '115.0' },
    },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
  },
});
