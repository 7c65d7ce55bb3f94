import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4180);

// Journeys run against the production build served from a sub-path, in Debian's Chromium
// (Playwright's own browser download does not work on our machines: STACK.md).
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Not test-results/ itself: Playwright empties its outputDir, which would delete the unit-test report.
  outputDir: 'test-results/e2e-output',
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}/bpo/workbench/`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    headless: true,
    viewport: { width: 1360, height: 900 },
    acceptDownloads: true,
  },
  webServer: {
    command: `node scripts/serve-dist.mjs ${port} bpo/workbench`,
    url: `http://127.0.0.1:${port}/bpo/workbench/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
