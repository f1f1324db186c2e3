import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built extension in headless Chromium (`npm run test:e2e` builds it first). */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
