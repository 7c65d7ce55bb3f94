// The first screen loads what it shows (SPEC §10, 60 kB of JavaScript and CSS gzipped, as fetched):
// a first visit's welcome screen fetches no backup, restore, import, export or confirmation code; that
// code loads when it is used, and then works (the restore's preview, the delete confirmation).
import { gzipSync } from 'node:zlib';
import { test, expect, openHome } from './fixtures';
import type { Page } from '@playwright/test';

/**
 * What the app loads once the page has loaded, for offline use (the service worker's registration and
 * the "new version" banner): not the first screen's (the service worker then stores every file anyway).
 */
const AFTER_LOAD = /^(UpdateBanner|app-update)[-.]/;

/** Every script and stylesheet the page fetches for its screen from now on, by file name, with its body. */
function recordCode(page: Page): Map<string, Promise<Buffer>> {
  const files = new Map<string, Promise<Buffer>>();
  page.on('response', (response) => {
    const name = new URL(response.url()).pathname.split('/').pop()!;
    if (/\.(js|css)$/.test(name) && !AFTER_LOAD.test(name)) files.set(name, response.body());
  });
  return files;
}

const LATER = /^(RestoreStatus|RestorePreview|ConfirmHost|ClashDialog|home-actions|assessment-import|backup|import|export|restore)[-.]/;

test('a first visit fetches at most 60 kB gzipped and none of the code its buttons load', async ({ page }) => {
  const files = recordCode(page);
  await openHome(page);
  await expect(page.getByRole('button', { name: 'Start from the BPO template' })).toBeEnabled();
  await expect(page.getByRole('region', { name: 'Backup and restore' })).toBeVisible();
  // Whatever the screen loads by itself has arrived once the network is quiet.
  await page.waitForLoadState('networkidle');
  const names = [...files.keys()];
  expect(names.filter((name) => LATER.test(name))).toEqual([]);
  expect(await gzipKb(files), `gzipped JS + CSS of ${names.join(', ')}`).toBeLessThanOrEqual(60);
});

/** Gzipped kB of the recorded files (level 9, as a static host sends them). */
async function gzipKb(files: Map<string, Promise<Buffer>>): Promise<number> {
  let bytes = 0;
  for (const body of files.values()) bytes += gzipSync(await body, { level: 9 }).length;
  return bytes / 1024;
}

test('a returning visit with a backup due fetches at most 60 kB gzipped, the reminder included', async ({ page }) => {
  await openHome(page);
  // The worked example was created on 1 November 2026 and never backed up: the reminder is due.
  await page.getByRole('button', { name: 'Open the worked example' }).click();
  await expect(page.getByRole('table', { name: /Ranking/ })).toBeVisible();
  const home = page.url().replace(/#.*$/, '#/');
  await page.close();
  // The visit after: a new page of the same browser, with the data stored by the first.
  const again = await page.context().newPage();
  const files = recordCode(again);
  await again.goto(home);
  await expect(again.getByRole('complementary', { name: 'Time for a backup' })).toBeVisible();
  await expect(again.getByRole('button', { name: /^Delete Tier-1 support/ })).toBeEnabled();
  await again.waitForLoadState('networkidle');
  const names = [...files.keys()];
  expect(names.filter((name) => /^index-.*\.(js|css)$/.test(name))).toHaveLength(3); // the app, Svelte, the styles
  expect(names.some((name) => name.startsWith('backup.svelte-'))).toBe(true); // the reminder's facts
  expect(await gzipKb(files), `gzipped JS + CSS of ${names.join(', ')}`).toBeLessThanOrEqual(60);
});

test('the code left out of the first screen loads on first use: a restore preview, a delete confirmation', async ({ page }) => {
  await openHome(page);
  await page.getByLabel('Restore from backup').setInputFiles({ name: 'not-a-backup.json', mimeType: 'application/json', buffer: Buffer.from('{}') });
  await expect(page.getByRole('alert').filter({ hasText: 'The backup could not be restored' })).toBeVisible();

  await page.getByRole('button', { name: 'Open the worked example' }).click();
  await expect(page.getByRole('table', { name: /Ranking/ })).toBeVisible();
  await page.getByRole('link', { name: '← All assessments' }).click();
  const remove = page.getByRole('button', { name: /^Delete Tier-1 support/ });
  await remove.click();
  const dialog = page.getByRole('dialog', { name: /^Delete “/ });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(remove).toBeFocused();
});
