import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

// The web server listens on a port free at start (never a fixed one another run may hold): E2E_PORT
// when set (scripts/test-all.sh sets it), else one picked here and put in the environment, which
// the workers inherit, so they all load this file with the same port.
if (!process.env.E2E_PORT) {
  process.env.E2E_PORT = execFileSync(process.execPath, [fileURLToPath(new URL('./scripts/free-port.mjs', import.meta.url))], { encoding: 'utf8' }).trim();
}
const port = Number(process.env.E2E_PORT);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  throw new Error(`E2E_PORT must be a TCP port number, not "${process.env.E2E_PORT}"`);
}

// Journeys run against the production build served from a sub-path, in Debian's Chromium
// (Playwright's own browser download is not reachable from our machines).
export default defineConfig({
  testDir: 'tests/e2e',
  // Budgets for a machine at twice today's load: on 2 cores with the load average at 15 the slowest test
  // (journey 3) took 48 s, the axe scans of the pilot screens up to 73 s before they were split (now
  // ~42 s), under half of 120 s. One wait for the page: 15 s.
  timeout: 120_000,
  expect: { timeout: 15_000 },
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
    // The app's service worker would precache every built file in each test's fresh browser: only the
    // offline and update tests (offline.spec.ts) let it register.
    serviceWorkers: 'block',
  },
  webServer: {
    command: `node scripts/serve-dist.mjs ${port} bpo/workbench`,
    url: `http://127.0.0.1:${port}/bpo/workbench/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
