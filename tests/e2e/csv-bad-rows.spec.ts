// A CSV with bad rows: every rejected row is listed with its line number and reason, nothing is stored
// before the user confirms, and cancelling leaves the stored data exactly as it was.
import { test, expect, openExamplePilot } from './fixtures';

const BAD_CSV = [
  'date,kpi,value,n,note',
  '2027-01-11,csat,84,300,fine',
  '2027-02-30,csat,80,100,',
  '2027-01-11,unknown-kpi,5,,',
  '2027-01-12,fcr,abc,,',
  '2027-01-13,fcr,71,0,',
  '2027-01-14,aht,430',
  '2027-01-15,aht,425,,"quoted, with a comma"',
].join('\n');

test('bad rows are listed by line and reason; cancel stores nothing', async ({ page }) => {
  await openExamplePilot(page);
  const table = page.getByRole('table', { name: /measurements/i }).first();
  const before = await page.getByRole('region', { name: 'Decision' }).textContent();

  await page.getByLabel('Import measurements CSV').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(BAD_CSV) });
  const rejected = page.getByRole('region', { name: /Rejected rows/ });
  await expect(rejected).toBeVisible();
  for (const [line, reason] of [['3', /date/i], ['4', /KPI/i], ['5', /number|numeric/i], ['6', /n/], ['7', /column|ragged|field/i]] as const) {
    await expect(rejected.getByRole('row').filter({ has: page.getByRole('cell', { name: line, exact: true }) })).toContainText(reason);
  }
  await expect(page.getByRole('button', { name: 'Import 2 rows' })).toBeVisible();

  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Import of bad.csv cancelled; nothing was stored.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('region', { name: 'Decision' })).toHaveText(before!);
  await expect(table).toBeVisible();
});

test('a binary file renamed .csv is refused at once and changes nothing', async ({ page }) => {
  await openExamplePilot(page);
  const zip = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]);
  await page.getByLabel('Import measurements CSV').setInputFiles({ name: 'report.csv', mimeType: 'text/csv', buffer: zip });
  await expect(page.getByText(/not a CSV|spreadsheet|xlsx|Excel/i).first()).toBeVisible();
  await expect(page.getByRole('button', { name: /^Import \d+ rows?$/ })).toHaveCount(0);
});
