// End-to-end tests: the built renderer in Debian's Chromium, the real core behind
// page.exposeBinding. Playwright must never download a browser here (the npm script sets
// PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1); the Electron smoke test skips itself without a binary.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/e2e',
  // Two cores shared with other work: two workers at most.
  workers: 2,
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  // Each test stays within a third of this on two busy cores (the slowest-tests table at the
  // end of every run marks any that do not).
  timeout: 120_000,
  expect: { timeout: 10_000 },
  // The JSON results feed `npm run compliance` (scripts/compliance.mjs); outside outputDir,
  // which Playwright empties at the start of every run.
  reporter: [['list'], ['./test/reporters/playwright-slowest.ts'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    headless: true,
    viewport: { width: 1120, height: 780 },
    colorScheme: 'light',
    reducedMotion: 'reduce',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
