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
    // The JSON results feed `npm run compliance` (scripts/compliance.mjs), which maps each
    // requirement id in a test's name to whether that test passed in the last run.
    reporters: ['default', new SlowestTestsReporter(), ['json', { outputFile: 'test-results/vitest.json' }]],
    maxWorkers: 2,
  },
});
