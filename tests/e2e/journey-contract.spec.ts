// SPEC §11 end to end, as a CX leader and a procurement lead live it: a GO pilot becomes a contract, three
// months of results are imported (CSAT breaches in February), the credit and its earn-back state read in
// words, a monthly review logs an action, the QBR pack prints with all of it, and the assessment goes out
// as a file, is deleted and comes back identical. The browser's clock is set to 10 April 2027, so
// January to March are reported and April is the month in progress.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openExamplePilot } from './fixtures';

const CREDIT = "February's CSAT credit of €8,001.60 is pending until May 2027: CSAT met 85 % in March and must meet it in April and May too.";

async function exportJson(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  return readFileSync((await (await download).path())!, 'utf8');
}

const withoutExportedAt = (text: string) => text.replace(/"exportedAt": "[^"]*"/, '');

test('GO pilot → contract → results → credit and earn-back → review → QBR pack → export, delete, import', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-04-10T10:00:00'));
  await openExamplePilot(page);

  // GO logged → one click to its contract; the pilot's KPIs become the service levels.
  await page.getByRole('radio', { name: 'GO', exact: true }).check();
  await page.getByLabel(/Rationale/).fill('All KPIs met; scorecard 98.');
  await page.getByRole('button', { name: 'Record', exact: true }).click();
  await page.getByRole('link', { name: 'Create contract' }).click();
  await page.getByLabel('Monthly charges').fill('200000');
  await page.getByLabel('First month').fill('2027-01');
  await page.getByRole('button', { name: 'Create contract' }).click();
  await expect(page.getByRole('heading', { name: 'Northwind Contact contract' })).toBeVisible();
  await expect(page.getByTestId('money-sentence')).toHaveText(
    'Up to €24,000 a month is at risk (12 % of €200,000); CSAT carries 33.34 % (€8,001.60), FCR 33.33 % (€7,999.20), AHT 33.33 % (€7,999.20); Backlog is reported, never credited.',
  );

  // Three months of results from CSV, through the same flow as pilot measurements.
  await page.getByLabel('Import results CSV').setInputFiles('tests/fixtures/contract-results-q1.csv');
  await page.getByRole('button', { name: 'Import 9 rows' }).click();
  const grid = page.getByRole('table', { name: /service levels by month/ });
  const february = grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'February 2027' }) });
  await expect(february).toContainText('74 %');
  await expect(february).toContainText('Breach');
  await expect(february).toContainText('€8,001.60 · Pending');
  await expect(grid).toContainText('Month in progress');
  await expect(page.getByText(CREDIT)).toBeVisible();

  // A monthly review with an action about CSAT in February.
  await page.getByRole('button', { name: 'Log a review' }).click();
  await page.getByLabel(/^Date/).fill('2027-03-31');
  await page.getByLabel('Kind').selectOption('monthly');
  await page.getByLabel('Title').fill('March performance review');
  await page.getByLabel('Attendees').fill('Ana (CX), Ben (Northwind)');
  await page.getByRole('button', { name: '+ Add an action' }).click();
  await page.getByLabel(/What is to be done/).fill('Coach agents on the new billing flows');
  await page.getByLabel('Owner').fill('Northwind training lead');
  await page.getByLabel('Due').fill('2027-04-30');
  await page.getByRole('button', { name: 'Log review' }).click();
  await expect(page.getByRole('region', { name: 'Open actions' })).toContainText('Coach agents on the new billing flows');

  // The QBR pack for Q1 2027, as printed.
  await page.getByRole('link', { name: 'QBR pack' }).click();
  const pack = page.getByRole('article', { name: 'Quarterly business review' });
  await expect(pack).toContainText('Q1 2027');
  await page.emulateMedia({ media: 'print' });
  await expect(pack).toContainText(CREDIT);
  await expect(pack).toContainText('Coach agents on the new billing flows');
  await expect(pack).toContainText('All KPIs met; scorecard 98.');
  await page.emulateMedia({ media: 'screen' });

  // Out as a file, deleted, back in: the same assessment, contract included.
  const before = await exportJson(page);
  expect(JSON.parse(before).assessment.contracts[0].measurements).toHaveLength(9);
  await page.getByRole('link', { name: '← All assessments' }).click();
  const name = JSON.parse(before).assessment.name as string;
  await page.getByRole('button', { name: `Delete ${name}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete assessment' }).click();
  // Gone from the list, so gone from storage: the file then imports as new, not as a clash.
  await expect(page.getByRole('button', { name: `Delete ${name}` })).toHaveCount(0);
  await page.getByLabel('Import JSON file').setInputFiles({ name: 'contract.json', mimeType: 'application/json', buffer: Buffer.from(before) });
  await expect(page).toHaveURL(/#\/a\//);
  await expect(page.getByRole('button', { name: 'Export JSON' })).toBeVisible();
  expect(withoutExportedAt(await exportJson(page))).toBe(withoutExportedAt(before));
});
