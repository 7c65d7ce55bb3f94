// Backup and restore: "Export everything" → delete everything → "Restore from backup" shows what it adds,
// writes on confirmation, and the next backup is identical apart from exportedAt. Restoring over
// assessments already here shows "replace" with both names; cancelling changes nothing. The gentle
// reminder appears for old, never-exported data and goes once everything is exported.
import { readFileSync } from 'node:fs';
import { test, expect, openHome } from './fixtures';
import type { Page } from '@playwright/test';

const EXAMPLE = 'Tier-1 support outsourcing (worked example)';
const TEMPLATE = 'BPO partner selection';

const backupRegion = (page: Page) => page.getByRole('region', { name: 'Backup and restore' });

async function exportEverything(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await backupRegion(page).getByRole('button', { name: 'Export everything' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^bpo-workbench-backup-\d{4}-\d{2}-\d{2}\.json$/);
  return readFileSync((await file.path())!, 'utf8');
}

function withoutExportedAt(text: string): unknown {
  const parsed = JSON.parse(text) as { exportedAt?: string; assessments: { exportedAt?: string }[] };
  delete parsed.exportedAt;
  return parsed;
}

async function restore(page: Page, text: string, name = 'backup.json'): Promise<void> {
  await page.getByLabel('Restore from backup').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** Home with the BPO template and the worked example (created 2026-11-01, never exported). */
async function twoAssessments(page: Page): Promise<void> {
  await openHome(page);
  await page.getByRole('button', { name: 'Start from the BPO template' }).click();
  await expect(page.getByRole('region', { name: 'Checklist' })).toBeVisible();
  await page.getByRole('link', { name: '← All assessments' }).click();
  await page.getByRole('button', { name: 'Open the worked example' }).click();
  await expect(page.getByRole('table', { name: /Ranking/ })).toBeVisible();
  await page.getByRole('link', { name: '← All assessments' }).click();
  await expect(page.getByRole('link', { name: EXAMPLE })).toBeVisible();
  await expect(page.getByRole('link', { name: TEMPLATE })).toBeVisible();
}

test('export everything, delete both, restore: both come back identical', async ({ page }) => {
  await twoAssessments(page);
  // The worked example is older than 7 days and nothing was exported yet: the reminder says so.
  const reminder = page.getByRole('complementary', { name: 'Time for a backup' });
  await expect(reminder).toContainText('Browsers may clear site data');

  const first = await exportEverything(page);
  const backup = JSON.parse(first);
  expect(backup).toMatchObject({ format: 'bpo-workbench/backup', version: 2 });
  expect(backup.assessments.map((a: { name: string }) => a.name).sort()).toEqual([TEMPLATE, EXAMPLE].sort());
  await expect(reminder).toBeHidden();
  await expect(backupRegion(page)).toContainText('Last full backup:');

  for (const name of [EXAMPLE, TEMPLATE]) {
    await page.getByRole('button', { name: `Delete ${name}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete assessment' }).click();
    await expect(page.getByRole('link', { name })).toBeHidden();
  }
  await expect(page.getByRole('button', { name: 'Start from the BPO template' })).toBeVisible();

  await restore(page, first);
  const dialog = page.getByRole('dialog', { name: 'Restore from backup?' });
  await expect(dialog).toContainText('Restoring adds 2 assessments.');
  await expect(dialog.getByRole('region', { name: 'Add 2 new' })).toContainText(EXAMPLE);
  await expect(dialog.getByRole('region', { name: 'Add 2 new' })).toContainText(TEMPLATE);
  await dialog.getByRole('button', { name: 'Restore 2 assessments' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('link', { name: EXAMPLE })).toBeVisible();
  await expect(page.getByRole('link', { name: TEMPLATE })).toBeVisible();

  // Stored exactly as backed up, after a reload too.
  await page.reload();
  await expect(page.getByRole('link', { name: EXAMPLE })).toBeVisible();
  const second = await exportEverything(page);
  expect(withoutExportedAt(second)).toEqual(withoutExportedAt(first));
  expect(second.replace(/"exportedAt": "[^"]*"/, '')).toBe(first.replace(/"exportedAt": "[^"]*"/, ''));
});

test('restoring over stored assessments shows "replace" with both names, and Cancel changes nothing', async ({ page }) => {
  await twoAssessments(page);
  const text = await exportEverything(page);

  // A later change here: the stored copy is now newer than the backup's.
  await page.getByRole('button', { name: `Rename ${EXAMPLE}` }).click();
  await page.getByRole('textbox', { name: `New name for ${EXAMPLE}` }).fill('Renamed after the backup');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: 'Renamed after the backup' })).toBeVisible();

  await restore(page, text);
  const dialog = page.getByRole('dialog', { name: 'Restore from backup?' });
  await expect(dialog).toContainText('Restoring replaces 2 assessments.');
  const replaced = dialog.getByRole('region', { name: 'Replace 2 already here' });
  const row = replaced.getByRole('row').filter({ hasText: 'Renamed after the backup' });
  await expect(row).toContainText(EXAMPLE);
  await expect(replaced).toContainText('The copy in this browser is newer: changes made after the backup will be lost.');
  await expect(dialog.getByRole('region', { name: /^Add/ })).toHaveCount(0);

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('link', { name: 'Renamed after the backup' })).toBeVisible();

  await restore(page, text);
  await dialog.getByRole('button', { name: 'Restore 2 assessments' }).click();
  await expect(page.getByRole('link', { name: EXAMPLE })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Renamed after the backup' })).toBeHidden();
});

test('a broken backup is refused with what and where, and nothing changes', async ({ page }) => {
  await twoAssessments(page);
  const backup = JSON.parse(await exportEverything(page));
  const index = backup.assessments.findIndex((a: { name: string }) => a.name === EXAMPLE);
  backup.assessments[index].scores[3].value = 9;
  backup.assessments[index].name = 'Should never be stored';

  await restore(page, JSON.stringify(backup), 'broken.json');
  const alert = page.getByRole('alert').filter({ hasText: 'could not be restored' });
  await expect(alert).toContainText('broken.json was not restored; nothing was changed.');
  await expect(alert).toContainText(`assessments[${index}].scores[3].value: 9 is outside the scale 0–5`);
  await expect(page.getByRole('dialog', { name: 'Restore from backup?' })).toBeHidden();
  await page.reload();
  await expect(page.getByRole('link', { name: EXAMPLE })).toBeVisible();
  await expect(page.getByText('Should never be stored')).toHaveCount(0);

  backup.version = 3;
  await restore(page, JSON.stringify(backup), 'future.json');
  await expect(page.getByRole('alert').filter({ hasText: 'could not be restored' })).toContainText('made by a newer version of the app');
});
