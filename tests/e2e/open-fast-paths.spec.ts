// The quick ways an assessment opens (SPEC §10): Results right after a JSON import shows the
// assessment as written, without reading it back; a reload reads storage before the app has mounted;
// a large pilot shows its decision, tiles and trends first and the rest a task later. Each must show
// exactly what a plain read of storage shows.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { DAY_MS } from '../../src/domain/dates';
import { test, expect, openHome } from './fixtures';

const example = readFileSync(new URL('../../src/data/small-assessment.json', import.meta.url), 'utf8');

/** The worked example with `extra` baseline rows of its weight-0 Backlog KPI, one a day before the window. */
function withBaselineRows(extra: number): string {
  const file = JSON.parse(example) as { assessment: { pilots: { measurements: unknown[] }[] } };
  const day = Date.UTC(2010, 0, 1);
  for (let i = 0; i < extra; i++) {
    const date = new Date(day + i * DAY_MS).toISOString().slice(0, 10);
    file.assessment.pilots[0].measurements.push({ kpiId: 'backlog', date, value: 150 + (i % 40) });
  }
  return JSON.stringify(file);
}

async function importFile(page: Page, text: string): Promise<void> {
  await openHome(page);
  await page.getByLabel('Import JSON file').first().setInputFiles({ name: 'example.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByRole('table', { name: /Ranking/ })).toBeVisible();
}

/** What Results says: the summary, the ranking and the calibration, once all are shown. */
async function resultsText(page: Page): Promise<string[]> {
  const calibration = page.getByRole('heading', { name: 'Calibration', exact: true });
  await expect(calibration).toBeVisible();
  return [
    await page.getByRole('region', { name: 'Summary' }).innerText(),
    await page.getByRole('table', { name: /Ranking/ }).innerText(),
    await page.locator('section', { has: calibration }).last().innerText(),
  ];
}

test('an imported assessment opens on Results with the figures a reload of it shows', async ({ page }) => {
  await importFile(page, example);
  const imported = await resultsText(page);
  expect(imported[1]).toContain('72.8');
  await page.reload();
  expect(await resultsText(page)).toEqual(imported);
});

test('a large pilot shows the same decision, tiles and trends after a reload, then its measurements and decision log', async ({ page }) => {
  await importFile(page, withBaselineRows(6_000));
  await page.getByRole('link', { name: 'Q1 pilot' }).click();
  const decision = page.getByRole('region', { name: 'Decision' });
  const tiles = page.getByRole('region', { name: 'KPI results' });
  await expect(decision).toHaveText(/^\s*GO/);
  await expect(page.getByRole('heading', { name: 'Decision log' })).toBeVisible();
  const before = [await decision.innerText(), await tiles.innerText()];
  expect(before[0]).toContain('98.2');

  await page.reload();
  await expect(decision).toHaveText(/^\s*GO/);
  expect([await decision.innerText(), await tiles.innerText()]).toEqual(before);
  await expect(page.locator('main canvas')).toHaveCount(4);
  await expect(page.getByRole('heading', { name: 'Measurements', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Decision log' })).toBeVisible();
});
