// Honest pilot verdicts (SPEC §4 with §8): a pilot with nothing counted shows "Not started" and no
// verdict; a measurement dated after today is named in a warning; on NO-GO the failing gate is the first
// reason and a scorecard past the GO line is not shown green.
import type { Page } from '@playwright/test';
import { test, expect, openExamplePilot, openWorkedExample } from './fixtures';
import { expectNoViolations } from './axe';

async function importCsv(page: Page, csv: string, rows: number): Promise<void> {
  await page.getByLabel('Import measurements CSV').setInputFiles({ name: 'report.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: `Import ${rows} row${rows === 1 ? '' : 's'}` }).click();
  await expect(page.getByText(new RegExp(`^Imported ${rows} rows?`))).toBeVisible();
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a pilot starting in the future with no data reads "Not started", not a verdict, until a row is counted (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openWorkedExample(page);
    await page.getByRole('button', { name: 'Start a pilot with Northwind Contact' }).click();
    // Far in the future whatever the machine's clock says: end first, so start ≤ end holds at every step.
    const settings = page.getByRole('group', { name: 'Pilot settings' });
    for (const [label, day] of [['Last day of the pilot', '2099-03-29'], ['First day of the pilot', '2099-03-02']]) {
      await settings.getByLabel(label).fill(day);
      await settings.getByLabel(label).press('Enter');
    }

    const status = page.getByRole('region', { name: 'Pilot status' });
    await expect(status).toHaveText(/^\s*Not started/);
    await expect(status).toContainText('no verdict until measurements dated inside its window are counted');
    await expect(status).toContainText('Data for 0 of 28 days of the pilot window');
    await expect(status).not.toContainText(/\b(GO|NO-GO|EXTEND)\b/);
    await expect(page.getByRole('region', { name: 'Decision' })).toHaveCount(0);

    // A report dated inside the window (so after today) is counted: the verdict appears, with a warning.
    await importCsv(page, 'date,kpi,value,n\n2099-03-09,csat,90,3000\n2099-03-10,csat,91,3000\n', 2);
    const decision = page.getByRole('region', { name: 'Decision' });
    await expect(decision).toHaveText(/^\s*EXTEND/);
    await expect(status).toHaveCount(0);
    await expect(decision).toContainText(/Warning: 2 measurements are dated after today \(the latest on [^)]*2099\) and count toward the decision\. Check their dates\./);
    await expect(decision.getByRole('list', { name: 'Other facts' })).toContainText('Data for 2 of 28 days of the pilot window');
    await expectNoViolations(page, 'a verdict with a warning and other facts');
  });
}

test('NO-GO leads with the failing gate, and a scorecard past the GO line is not shown green', async ({ page }) => {
  await openExamplePilot(page);
  const scorecard = page.getByRole('region', { name: 'Scorecard' });
  const colourOf = (text: string) => scorecard.getByText(text, { exact: true }).evaluate((el) => getComputedStyle(el).color);
  const goGreen = await colourOf('98.2');

  // 2,000 more surveys at 70 % pull CSAT to 74.7 %, firmly under its 80 % gate; the scorecard stays 93.6.
  await importCsv(page, 'date,kpi,value,n\n2027-01-24,csat,70,2000\n', 1);
  const decision = page.getByRole('region', { name: 'Decision' });
  await expect(decision).toHaveText(/^\s*NO-GO/);
  await expect(decision.getByRole('listitem').first()).toHaveText(/^CSAT 74\.7 % is below the 80 % gate \(95 % CI/);
  await expect(decision.getByRole('list', { name: 'Other facts' })).toContainText(
    'Scorecard 93.6 is at or above the GO line of 90 (coverage 100 %), but a failing gate decides first',
  );
  await expect(scorecard).toContainText('Reaches the GO line, but the decision is NO-GO: a failing gate decides first.');
  expect(await colourOf('93.6')).not.toBe(goGreen);
});
