import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in Debian's Chromium and Firefox ESR. One file at a time (2-core machines).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
