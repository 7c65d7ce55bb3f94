// One number, percentage and date format on every screen, in the browser's locale (domain/format.ts):
// a German browser reads decimal commas and German dates on the results, the pilot and the report alike.
import { test, expect, openExamplePilot } from './fixtures';
import { rankingColumn } from './helpers';

test.use({ locale: 'de-DE' });

test('a German browser gets German numbers, percentages and dates on every screen', async ({ page }) => {
  await openExamplePilot(page);
  const csat = page.getByRole('region', { name: 'KPI results' }).getByRole('article', { name: 'CSAT' });
  await expect(csat).toContainText('86,5 %');
  await expect(csat).toContainText('84,0–88,7 %');
  await expect(page.getByRole('table', { name: 'Measurements' })).toContainText('17. Jan. 2027');

  await page.getByRole('navigation', { name: 'Assessment sections' }).getByRole('link', { name: 'Results', exact: true }).click();
  await expect(rankingColumn(page, 3)).toHaveText(['72,8', '68,9', '81,3']);
  await expect(rankingColumn(page, 4)).toHaveText(['100 %', '67,5 %', '100 %']);

  await page.getByRole('navigation', { name: 'Assessment sections' }).getByRole('link', { name: 'Report', exact: true }).click();
  await expect(page.getByRole('main')).toContainText('(95 % CI 84,0–88,7 %, n = 800)');
  await expect(page.getByRole('main')).toContainText('4. Jan. 2027');
});
