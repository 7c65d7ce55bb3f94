// The same measurements CSV imported twice into the worked example's Q1 pilot: the preview says which
// rows are already stored (same KPI and date), and by default they are skipped, so the stored decision
// does not move; keeping both is the person's choice, and then the report counts twice.
import { test, expect, openExamplePilot } from './fixtures';

// A late-January CSAT report (73 % of 1,000 surveys) and an AHT figure after the pilot (shown, not
// judged). Once, CSAT falls to 79.0 % (n = 1,800), inside the interval around the 80 % gate: EXTEND.
const REPORT = Buffer.from('date,kpi,value,n,note\n2027-01-24,csat,73,1000,late survey batch\n2027-02-07,aht,400,,\n');

test('a report imported twice is skipped by default and the decision stays EXTEND; Keep both counts it twice', async ({ page }) => {
  await openExamplePilot(page);
  const decision = page.getByRole('region', { name: 'Decision' });

  const input = page.getByLabel('Import measurements CSV');
  await input.setInputFiles({ name: 'week-4.csv', mimeType: 'text/csv', buffer: REPORT });
  await page.getByRole('button', { name: 'Import 2 rows' }).click();
  await expect(page.getByText('Imported 2 rows; 0 rejected.')).toBeVisible();
  await expect(decision).toHaveText(/^\s*EXTEND/);
  const once = await decision.textContent();

  // The same file again: both rows are already stored, so by default nothing would be imported.
  await input.setInputFiles({ name: 'week-4.csv', mimeType: 'text/csv', buffer: REPORT });
  const duplicates = page.getByRole('group', { name: '2 rows duplicate measurements already stored (same KPI and date).' });
  await expect(duplicates).toBeVisible();
  await expect(duplicates.getByRole('radio', { name: 'Skip them (default)' })).toBeChecked();
  await expect(page.getByRole('button', { name: 'Import 0 rows' })).toBeDisabled();
  await page.getByRole('button', { name: 'Cancel' }).click();

  // A file that repeats one stored row and brings one new one: the new row only.
  const more = Buffer.concat([REPORT, Buffer.from('2027-02-14,aht,395,,\n')]);
  await input.setInputFiles({ name: 'weeks-4-5.csv', mimeType: 'text/csv', buffer: more });
  await expect(page.getByRole('group', { name: '2 rows duplicate measurements already stored (same KPI and date).' })).toBeVisible();
  await page.getByRole('button', { name: 'Import 1 row' }).click();
  await expect(page.getByText('Imported 1 row; skipped 2 already stored; 0 rejected.')).toBeVisible();
  // The verdict and its reasons stay; the facts after them (rows outside the window) gain the new row.
  const verdict = async () => (await decision.textContent())!.split('⚠')[0];
  await expect.poll(verdict).toBe(once!.split('⚠')[0]);

  // Stored, not only shown: after a reload the decision is the same.
  await page.reload();
  await expect.poll(verdict).toBe(once!.split('⚠')[0]);

  // Keeping both is a choice: then the report counts twice and the decision flips.
  await page.getByLabel('Import measurements CSV').setInputFiles({ name: 'week-4.csv', mimeType: 'text/csv', buffer: REPORT });
  await page.getByRole('radio', { name: 'Keep both' }).check();
  await page.getByRole('button', { name: 'Import 2 rows' }).click();
  await expect(page.getByText('Imported 2 rows; kept 2 beside the stored values for the same KPI and date; 0 rejected.')).toBeVisible();
  await expect(decision).toHaveText(/^\s*NO-GO/);
});
