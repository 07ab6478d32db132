import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The browser tests share one Chromium per file; two cores do not gain from more forks.
    maxWorkers: 2,
    minWorkers: 1,
  },
});
