import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One PostgreSQL server for the run (or TEST_DATABASE_URL), for the store suites that run on both stores.
    globalSetup: ['./tests/store/global-setup.ts'],
    reporters: ['default', './tests/summary-reporter.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Adapter tests start real clients against fake servers; keep them from competing for 2 cores.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
