// SPEC §1 journey 6 (SPEC §10: bad input says what and where): feed the app broken files — a malformed CSV, a JSON
// from another program, a truncated export, a file from a newer version, a file with __proto__ keys
// and out-of-scale scores. Each gets a clear message naming what and where, and afterwards the
// stored assessment exports byte for byte as before (apart from exportedAt).
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openWorkedExample } from './fixtures';

const withoutExportedAt = (text: string) => text.replace(/"exportedAt": "[^"]*"/, '');

async function exportJson(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  return readFileSync((await (await download).path())!, 'utf8');
}

async function importJson(page: Page, name: string, text: string): Promise<void> {
  await page.getByLabel('Import JSON file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('broken files give clear errors and change nothing', async ({ page }) => {
  await openWorkedExample(page);
  const before = await exportJson(page);

  // 1. A malformed CSV into the measurements import: the row with a quote never closed is named by its line.
  await page.getByRole('link', { name: 'Q1 pilot' }).click();
  await expect(page.getByRole('region', { name: 'Decision' })).toHaveText(/^\s*GO/);
  const csv = 'date,kpi,value,n,note\n2027-01-10,csat,84,300,fine\n2027-01-11,csat,"85,300,oops\n2027-01-12,csat,86,300,\n';
  await page.getByLabel('Import measurements CSV').setInputFiles({ name: 'malformed.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const rejected = page.getByRole('region', { name: /Rejected rows/ });
  await expect(rejected.getByRole('row').filter({ has: page.getByRole('cell', { name: '3', exact: true }) })).toContainText(/never closed/);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Import of malformed.csv cancelled; nothing was stored.')).toBeVisible();

  await page.getByRole('link', { name: '← All assessments' }).click();
  const alert = page.getByRole('alert');

  // 2. A JSON file from another program.
  await importJson(page, 'package.json', JSON.stringify({ name: 'my-app', version: '1.0.0', dependencies: { svelte: '^5' } }, null, 2));
  await expect(alert).toContainText('package.json was not imported; nothing was changed.');
  await expect(alert).toContainText('This is not a BPO workbench assessment file (no "format": "bpo-workbench/assessment")');

  // 3. A truncated export.
  await importJson(page, 'cut.json', before.slice(0, Math.floor(before.length * 0.6)));
  await expect(alert).toContainText('cut.json was not imported; nothing was changed.');
  await expect(alert).toContainText('This file is cut short (truncated)');

  // 4. A file from a newer version of the app.
  const newer = JSON.parse(before);
  newer.version = 3;
  await importJson(page, 'newer.json', JSON.stringify(newer));
  await expect(alert).toContainText('newer.json was not imported; nothing was changed.');
  await expect(alert).toContainText('This file was made by a newer version of the app (format version 3)');

  // 5. __proto__ / constructor keys and scores outside the scale, in a file with the stored id (a clash if it passed).
  const hostile = before
    .replace('"assessment": {', '"assessment": {"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}},')
    .replace(/"value": 3(,?\n)/, '"value": 9$1')
    .replace(/"value": 4(,?\n)/, '"value": -2$1');
  expect(hostile).not.toBe(before);
  await importJson(page, 'hostile.json', hostile);
  await expect(alert).toContainText('hostile.json was not imported; nothing was changed.');
  await expect(alert).toContainText(/assessment\.scores\[\d+\]\.value: 9 is outside the scale 0–5/);
  await expect(alert).toContainText(/assessment\.scores\[\d+\]\.value: -2 is outside the scale 0–5/);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();

  // Still one assessment, and it exports exactly as before, after a reload from IndexedDB too.
  await page.reload();
  await expect(page.getByRole('link', { name: /Tier-1 support outsourcing/ })).toHaveCount(1);
  await page.getByRole('link', { name: /Tier-1 support outsourcing/ }).click();
  await expect(page.getByRole('table', { name: /Ranking/ })).toBeVisible();
  const after = await exportJson(page);
  expect(withoutExportedAt(after)).toBe(withoutExportedAt(before));
  expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
});
