// SPEC §1 journey 5: export the assessment as JSON, delete it, import the file: identical state.
import { readFileSync } from 'node:fs';
import { test, expect, openHome, openWorkedExample } from './fixtures';

function withoutExportedAt(text: string): unknown {
  const parsed = JSON.parse(text) as Record<string, unknown>;
  delete parsed.exportedAt;
  return parsed;
}

test('export, delete and import the worked example gives back the identical assessment', async ({ page }) => {
  await openWorkedExample(page);

  const firstDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const first = await firstDownload;
  expect(first.suggestedFilename()).toMatch(/\.json$/);
  const firstText = readFileSync((await first.path())!, 'utf8');
  const exported = JSON.parse(firstText);
  expect(exported).toMatchObject({ format: 'bpo-workbench/assessment', version: 2, assessment: { id: 'demo-small', contracts: [] } });
  expect(exported.assessment.scores).toHaveLength(13);
  expect(exported.assessment.pilots[0].measurements).toHaveLength(9);

  await page.getByRole('link', { name: '← All assessments' }).click();
  await page.getByRole('button', { name: /Delete Tier-1 support outsourcing/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('3 vendors, 13 scores from 2 evaluators, 4 criteria and 1 pilot');
  await dialog.getByRole('button', { name: 'Delete assessment' }).click();
  await expect(page.getByRole('button', { name: 'Start from the BPO template' })).toBeVisible();

  await page.getByLabel(/Import/).first().setInputFiles({ name: 'example.json', mimeType: 'application/json', buffer: Buffer.from(firstText) });
  await expect(page.getByRole('table', { name: /Ranking/ })).toBeVisible();
  await expect(page.getByRole('table', { name: /Ranking/ }).getByRole('row', { name: /Northwind Contact/ })).toContainText('72.8');

  const secondDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const secondText = readFileSync((await (await secondDownload).path())!, 'utf8');
  expect(withoutExportedAt(secondText)).toEqual(withoutExportedAt(firstText));
  // Byte for byte apart from the exportedAt line.
  expect(secondText.replace(/"exportedAt": "[^"]*"/, '')).toBe(firstText.replace(/"exportedAt": "[^"]*"/, ''));
});

test('a structurally invalid file is refused with what and where, and nothing is stored', async ({ page }) => {
  await openHome(page);
  const broken = JSON.parse(readFileSync(new URL('../../src/data/small-assessment.json', import.meta.url), 'utf8'));
  broken.assessment.scores[12].value = 7;
  await page.getByLabel(/Import/).first().setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(page.getByRole('alert')).toContainText('assessment.scores[12].value');
  await expect(page.getByRole('alert')).toContainText('outside the scale 0–5');
  await expect(page.getByRole('button', { name: 'Start from the BPO template' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Start from the BPO template' })).toBeVisible();
});
