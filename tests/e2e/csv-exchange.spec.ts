// SPEC §6: CSV in and out through the same mapping/preview/error-report flow as the
// measurements import. A vendors list with bad rows; a scoring sheet exported, edited as a spreadsheet
// would, and imported back; and the Excel safety of the exported ranking, checked on its bytes.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { test, expect, openHome } from './fixtures';
import { addVendors, openTab, rankingTable } from './helpers';
import { expectNoViolations } from './axe';
import type { Page } from '@playwright/test';

async function openExample(page: Page) {
  await openHome(page);
  await page.getByRole('button', { name: 'Open the worked example' }).click();
  await expect(rankingTable(page)).toBeVisible();
}

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await pending;
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

test('a vendors CSV with bad rows: each is listed by line, the good rows are added after confirming', async ({ page }) => {
  await openExample(page);
  await openTab(page, 'Vendors');
  const csv = [
    'name,website,headquarters,status,notes,price,currency,per',
    'Acme Care,https://acme.example,Porto,shortlisted,"Nearshore, PT/ES",24.5,EUR,hour',
    ',https://nameless.example,,,,,,',
    'Contoso CX,,,,,,,',
    'Gamma BPO,,Manila,maybe,,,,',
    'Delta Desk,,,,,1900,usd,fte-month',
  ].join('\r\n');
  await page.getByLabel('Import vendors CSV').setInputFiles({ name: 'vendors.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });

  const dialog = page.getByRole('dialog', { name: 'Import vendors from vendors.csv' });
  const rejected = dialog.getByRole('region', { name: /Rejected rows/ });
  const line = (n: string) => rejected.getByRole('row').filter({ has: page.getByRole('cell', { name: n, exact: true }) });
  await expect(line('3')).toContainText('the name is empty');
  await expect(line('4')).toContainText('a vendor called "Contoso CX" is already in this assessment, skipped');
  await expect(line('5')).toContainText('status "maybe" is not one of');
  await expect(dialog.getByRole('table', { name: /First 2 vendors to import/ })).toContainText('Acme Care');
  // Nothing is stored before the confirmation.
  await expect(page.getByRole('table', { name: 'Vendors' }).getByRole('rowheader')).toHaveCount(3);
  await expectNoViolations(page, 'the vendors CSV preview');

  await dialog.getByRole('button', { name: 'Import 2 vendors' }).click();
  await expect(dialog.getByRole('status')).toContainText('Imported 2 vendors; 3 rejected.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  const vendors = page.getByRole('table', { name: 'Vendors' });
  await expect(vendors.getByRole('rowheader', { name: 'Acme Care' })).toBeVisible();
  await expect(vendors.getByRole('rowheader', { name: 'Delta Desk' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('table', { name: 'Vendors' }).getByRole('rowheader')).toHaveCount(5);
});

test('a scoring sheet exported, edited and imported: the out-of-scale line is rejected, the good score is stored and ranked', async ({ page }) => {
  await openExample(page);
  await expect(rankingTable(page).getByRole('row', { name: /Northwind Contact/ })).toContainText('72.8');
  await openTab(page, 'Scoring');

  const sheet = await download(page, 'Export scoring sheet');
  expect(sheet.name).toMatch(/scoring-sheet-ana-procurement-\d{4}-\d{2}-\d{2}\.csv$/);
  expect([...sheet.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = sheet.bytes.toString('utf8').split('\r\n');
  expect(lines[0]).toBe('\uFEFFvendor,criterion,evaluator,category,guidance,must-have,score (0–5),note,vendorId,criterionId,evaluatorId');
  // As a spreadsheet would: Northwind's integration 2 → 5 (line 5), and a 9 for Contoso's (line 9, outside 0–5).
  expect(lines[4]).toBe('Northwind Contact,Integration with our systems,Ana (Procurement),Technology and integration,,,2,,northwind,tech-integration,ana');
  lines[4] = lines[4].replace(',,,2,,', ',,,5,,');
  expect(lines[8]).toBe('Contoso CX,Integration with our systems,Ana (Procurement),Technology and integration,,,,,contoso,tech-integration,ana');
  lines[8] = lines[8].replace(',,,,,contoso', ',,,9,,contoso');

  await page.getByLabel('Import scoring sheet CSV').setInputFiles({ name: 'sheet.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\r\n')) });
  const dialog = page.getByRole('dialog', { name: 'Import scores from sheet.csv' });
  const rejected = dialog.getByRole('region', { name: /Rejected rows \(1 row/ });
  await expect(rejected.getByRole('row').filter({ has: page.getByRole('cell', { name: '9', exact: true }) })).toContainText('score 9 is outside the scale 0–5');
  await expect(dialog.getByText('2 rows with an empty score (skipped)')).toBeVisible();
  await expect(dialog.getByText('1 changed score')).toBeVisible();
  await expectNoViolations(page, 'the scoring sheet preview');
  await dialog.getByRole('button', { name: 'Import 9 scores' }).click();
  await expect(dialog.getByRole('status')).toContainText('Imported 9 scores; 1 rejected.');
  await dialog.getByRole('button', { name: 'Close' }).click();

  // 0.5 × 87.5 + 0.3 × 70 + 0.2 × 100 = 84.75 (SPEC §3), and it survives a reload.
  await openTab(page, 'Results');
  await expect(rankingTable(page).getByRole('row', { name: /Northwind Contact/ })).toContainText('84.8');
  await page.reload();
  await expect(rankingTable(page).getByRole('row', { name: /Northwind Contact/ })).toContainText('84.8');
  const matrix = (await download(page, 'Export score matrix CSV')).bytes.toString('utf8');
  expect(matrix).toContain('\r\nNorthwind Contact,Integration with our systems,Ana (Procurement),5,,');
  expect(matrix).not.toContain('Contoso CX,Integration with our systems,Ana (Procurement)');
});

test('the exported ranking is Excel-safe on its bytes: BOM, neutralised formulas, numbers unquoted', async ({ page }) => {
  await openExample(page);
  await addVendors(page, ['=HYPERLINK("http://x","y")', '-5 Support']);
  await openTab(page, 'Results');
  // Shown as inert text in the app.
  await expect(rankingTable(page).getByRole('rowheader', { name: '=HYPERLINK("http://x","y")' })).toBeVisible();

  const { name, bytes } = await download(page, 'Export ranking CSV');
  expect(name).toMatch(/-ranking-\d{4}-\d{2}-\d{2}\.csv$/);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const lines = text.slice(1).split('\r\n');
  expect(lines[0]).toBe(
    'rank,vendor,total,coverage (%),status,failed must-haves,Security posture,Cultural and brand fit,Technology and integration,' +
      'total (full precision),"coverage (%, full precision)",Security posture (full precision),Cultural and brand fit (full precision),Technology and integration (full precision),vendorId',
  );
  // The figures as the screen shows them, then at full precision.
  expect(lines[1]).toBe('1,Northwind Contact,72.8,100,qualified,,87.5,70,40,72.75,100,87.5,70,40,northwind');
  expect(lines[2]).toBe('2,Fabrikam Support,68.9,67.5,provisional,,60,80,,68.88888888888889,67.5,60,80,,fabrikam');
  expect(text).toContain(`,"'=HYPERLINK(""http://x"",""y"")",,0,provisional,`);
  expect(text).toContain(",'-5 Support,,0,provisional,");
  expect(lines.at(-2)).toBe('5,Contoso CX,81.3,100,disqualified,Independent audits,62.5,100,100,81.25,100,62.5,100,100,contoso');

  // No cell of the file starts a formula: every cell beginning with = + - @ (or a full-width twin) is a number.
  const cells = Papa.parse<string[]>(text.slice(1), { delimiter: ',', newline: '\r\n' }).data.flat();
  const risky = cells.filter((c) => /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/.test(c) && !Number.isFinite(Number(c)));
  expect(risky).toEqual([]);
  expect(cells).toContain("'=HYPERLINK(\"http://x\",\"y\")");
});

test.describe('in a German browser', () => {
  test.use({ locale: 'de-DE' });

  test('exports default to semicolons and decimal commas, a choice of style is remembered, and the file imports back', async ({ page }) => {
    await openExample(page);
    const style = page.getByRole('combobox', { name: 'CSV style' });
    await expect(style).toHaveValue('semicolon');
    const ranking = (await download(page, 'Export ranking CSV')).bytes.toString('utf8').slice(1).split('\r\n');
    expect(ranking[2]).toBe('2;Fabrikam Support;68,9;67,5;provisional;;60;80;;68,88888888888889;67,5;60;80;;fabrikam');

    // The scoring sheet in the same style reads back through the scoring sheet import: every score as stored.
    await openTab(page, 'Scoring');
    const sheet = await download(page, 'Export scoring sheet');
    expect(sheet.bytes.toString('utf8')).toContain('\r\nNorthwind Contact;Independent audits;Ana (Procurement);Security posture;;yes (at least 3);4;;');
    await page.getByLabel('Import scoring sheet CSV').setInputFiles({ name: 'sheet.csv', mimeType: 'text/csv', buffer: sheet.bytes });
    const dialog = page.getByRole('dialog', { name: 'Import scores from sheet.csv' });
    await expect(dialog.getByText('Semicolon-separated with decimal commas', { exact: false })).toBeVisible();
    await expect(dialog.getByText(/9 scores as stored/)).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();

    await page.getByRole('combobox', { name: 'CSV style' }).selectOption('comma');
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'CSV style' })).toHaveValue('comma');
  });
});
