// SPEC §1 journey 4: create a pilot for the leading vendor from the KPI library, import a CSV of daily
// metrics (a European Excel export: BOM, semicolons, decimal commas, CRLF, German headers), read the
// decision with its reasons, record it in the log; reload: everything is still there.
import { readFileSync } from 'node:fs';
import { test, expect, openWorkedExample, openExamplePilot } from './fixtures';
import { fixturePath } from '../fixtures/paths';

const EU_CSV = readFileSync(fixturePath('examples/measurements-excel-eu.csv'));

test('pilot from the results screen, EU CSV import, GO with reasons, decision logged and kept', async ({ page }) => {
  await openWorkedExample(page);

  // One click from the leading, shortlisted vendor.
  await page.getByRole('button', { name: 'Start a pilot with Northwind Contact' }).click();
  await expect(page).toHaveURL(/#\/a\/demo-small\/pilots\/[^/]+$/);
  // It starts next week with nothing counted: a status in place of a verdict (SPEC §4 counts the window only).
  await expect(page.getByRole('region', { name: 'Pilot status' })).toHaveText(/^\s*Not started/);
  const decision = page.getByRole('region', { name: 'Decision' });

  // The CSV covers 4 – 31 January 2027: set the pilot window to it.
  const settings = page.getByRole('group', { name: 'Pilot settings' });
  await settings.getByLabel('First day of the pilot').fill('2027-01-04');
  await settings.getByLabel('First day of the pilot').press('Enter');
  await settings.getByLabel('Last day of the pilot').fill('2027-01-31');
  await settings.getByLabel('Last day of the pilot').press('Enter');

  await page.getByLabel('Import measurements CSV').setInputFiles({ name: 'messwerte.csv', mimeType: 'text/csv', buffer: EU_CSV });
  // German headers: the mapping step is pre-filled (Datum → date, KPI → kpi, Wert → value).
  await page.getByRole('button', { name: 'Continue' }).click();
  const importButton = page.getByRole('button', { name: 'Import 140 rows' });
  await expect(importButton).toBeVisible();
  await importButton.click();
  await expect(page.getByText('Imported 140 rows; 0 rejected.')).toBeVisible();

  // The scorecard of the five default KPIs over the 28 days: 103.3 ≥ 90, every KPI exceeds its target.
  await expect(decision).toHaveText(/^\s*GO/);
  await expect(decision).toContainText('Scorecard 103.3 is at or above the GO line of 90 (coverage 100 %)');
  await expect(page.getByText('86 %').first()).toBeVisible();

  await page.getByRole('radio', { name: 'GO', exact: true }).check();
  await page.getByLabel('Decided by').fill('Steering committee');
  await page.getByLabel(/Rationale/).fill('Pilot met every target; contract from March.');
  await page.getByRole('button', { name: 'Record', exact: true }).click();
  const log = page.getByRole('list', { name: 'Recorded decisions, newest first' });
  await expect(log).toContainText('Pilot met every target; contract from March.');
  await expect(log).toContainText('Steering committee');
  // Saved means committed to IndexedDB, not just shown: the header says so once the write is done.
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

  await page.reload();
  await expect(decision).toHaveText(/^\s*GO/);
  await expect(page.getByRole('list', { name: 'Recorded decisions, newest first' })).toContainText('Pilot met every target; contract from March.');
  await expect(page.getByRole('region', { name: 'Decision' })).toContainText('Scorecard 103.3');
});

test("the worked example's own pilot reads GO with the numbers of SPEC §4", async ({ page }) => {
  await openExamplePilot(page);
  const decision = page.getByRole('region', { name: 'Decision' });
  await expect(decision).toContainText('98.2');
  await expect(page.getByText('84.0–88.7').first()).toBeVisible();
  await expect(page.getByText('n 800').or(page.getByText('n = 800')).first()).toBeVisible();
});
