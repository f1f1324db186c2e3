import { defineConfig } from 'vitest/config';

/** End-to-end tests in Firefox: the Firefox build in Debian's firefox-esr (`npm run test:e2e:firefox` builds it first). */
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
