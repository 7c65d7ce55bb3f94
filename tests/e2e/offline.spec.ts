// Offline after one visit, and quiet updates: the built app's service worker (Workbox, generated)
// precaches every file, so with the host gone a reload opens the app with its data; a new deployment
// shows "A new version is ready — Reload" and waits for the user. Served by a server of the test's own,
// over a copy of the build it can stop or change; the policy is sent as a header and as the meta tag.
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as watched, expect } from './fixtures';
import { serveCopyOfBuild, type OwnServer } from './own-server';

// The page's origin is this server's (the watch on other origins follows baseURL).
const test = watched.extend<{ server: OwnServer }>({
  // Playwright reads a fixture's dependencies from its first parameter's pattern: none here.
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const server = await serveCopyOfBuild();
    await use(server);
    server.dispose();
  },
  baseURL: async ({ server }, use) => use(server.url),
});

test.use({ serviceWorkers: 'allow' });

test('after one visit the app opens with its data when the host is unreachable', async ({ page, server }) => {
  const policy = (await page.request.get(server.url)).headers()['content-security-policy'];
  expect(policy).toContain("manifest-src 'self'");
  await page.goto(`${server.url}#/`);
  await page.getByRole('button', { name: 'Open the worked example' }).click();
  await expect(page.getByRole('table', { name: /Ranking/ })).toBeVisible();
  await page.getByRole('link', { name: 'Storage & about' }).click();
  await expect(page.getByTestId('offline-status')).toHaveText(/^Yes: every part of the app is stored/);
  await expect(page.getByTestId('app-version')).toHaveText(/^0\.1\.0, built /);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  // Installable, in the Application panel's terms: a manifest without errors and nothing in the way.
  const devtools = await page.context().newCDPSession(page);
  const manifest = await devtools.send('Page.getAppManifest');
  expect(manifest.errors).toEqual([]);
  expect(JSON.parse(manifest.data!)).toMatchObject({ name: 'BPO Partner Workbench', short_name: 'BPO Workbench', display: 'standalone' });
  const { installabilityErrors } = await devtools.send('Page.getInstallabilityErrors');
  // The test's browser context is an incognito profile, where no app installs; nothing else may stand in the way.
  expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);

  server.stop();
  expect(await page.request.get(server.url).then(() => 'reached', () => 'unreachable')).toBe('unreachable');
  // The same tab goes on (its next screens load from the cache), then a reload opens the app afresh.
  await page.getByRole('link', { name: 'Assessments' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Tier-1 support outsourcing' })).toHaveCount(1);
  await page.reload();
  const row = page.getByRole('row').filter({ hasText: 'Tier-1 support outsourcing' });
  await expect(row).toHaveCount(1);
  await row.getByRole('link').first().click();
  await page.getByRole('navigation', { name: 'Assessment sections' }).getByRole('link', { name: 'Results', exact: true }).click();
  await expect(page.getByRole('table', { name: /Ranking/ })).toBeVisible();
  // A screen never opened while online: its code was stored all the same.
  await page.getByRole('navigation', { name: 'Assessment sections' }).getByRole('link', { name: 'Report', exact: true }).click();
  await expect(page.getByRole('article', { name: 'Steering committee report' })).toBeVisible();
});

test('a new deployment shows a quiet banner and reloads onto the new version only when asked', async ({ page, server }) => {
  await page.goto(`${server.url}#/`);
  await expect(page.getByRole('heading', { name: 'Assessments' })).toBeVisible();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload(); // from now on the service worker serves the page
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  const banner = page.getByRole('status').filter({ hasText: 'A new version is ready' });
  await expect(banner).toHaveCount(0);

  // The next deployment: a service worker that differs (as every build's precache list does).
  appendFileSync(join(server.folder, 'sw.js'), '\n// the next deployment\n');
  await page.reload(); // a visit looks for a new version
  await expect(banner).toBeVisible();
  const firstWorker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
  // It waits for the user: still the old version, still this page.
  await expect(banner).toBeVisible();
  await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Reload' }).click()]);
  await expect(page.getByRole('heading', { name: 'Assessments' })).toBeVisible();
  await expect(banner).toHaveCount(0);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(firstWorker); // same URL, new worker
  expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(false);
});
