import { defineConfig } from 'vitest/config';
import SlowestTestsReporter from './test/reporters/vitest-slowest.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Tests spawn worker threads and child processes; two cores, so keep the pool small.
    globalSetup: ['test/helpers/build-cli.ts'],
    pool: 'forks',
    reporters: ['default', new SlowestTestsReporter()],
    maxWorkers: 2,
  },
});
