// A large scoring grid (here 40 vendors × 100 criteria) keeps only what is in view in the document
// (SPEC §10), yet the keyboard reaches every cell: the cell moved to is brought in, focused and
// scrolled into view; screen readers are told the grid's full size and each row's and cell's place;
// typing, the info panel and scrolling work as on a small grid, and axe finds nothing wrong.
import { test, expect, openHome } from './fixtures';
import { gridCell, openTab } from './helpers';
import { expectNoViolations } from './axe';
import { exportAssessment } from '../../src/exchange/export';
import { largeAssessment } from '../../scripts/bench/large-assessment';

test('the keyboard reaches, focuses and shows any cell of a large grid', async ({ page }) => {
  // 40 vendors × 100 criteria (in 8 categories), one evaluator, nothing scored yet.
  const file = exportAssessment(largeAssessment(40, 100, 1, 0), '2026-11-22T00:00:00.000Z');
  await openHome(page);
  await page.getByLabel('Import JSON file').first().setInputFiles({ name: 'large.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await page.waitForURL(/#\/a\//);
  await openTab(page, 'Scoring');
  const grid = page.getByRole('grid');
  await expect(grid).toHaveAttribute('aria-rowcount', '109');
  await expect(grid).toHaveAttribute('aria-colcount', '41');
  expect(await grid.getByRole('gridcell').count()).toBeLessThan(1000);

  const first = gridCell(page, 'Vendor 1', 'Criterion 1');
  await first.focus();
  // The last criterion of the last category is Criterion 96 (criteria are dealt to 8 categories in turn).
  await page.keyboard.press('Control+End');
  const last = gridCell(page, 'Vendor 40', 'Criterion 96');
  await expect(last).toBeFocused();
  await expect(last).toBeInViewport();
  await expect(last).toHaveAttribute('aria-colindex', '41');
  await expect(last.locator('xpath=..')).toHaveAttribute('aria-rowindex', '109');
  await page.keyboard.press('3');
  await expect(last).toHaveAccessibleName(/^Vendor 40, Criterion 96: 3\b/);
  await expect(grid.getByRole('columnheader', { name: /Vendor 40/ })).toContainText('1 / 100');

  await page.keyboard.press('ArrowUp');
  await expect(gridCell(page, 'Vendor 40', 'Criterion 88')).toBeFocused();
  await page.keyboard.press('Home');
  const home = gridCell(page, 'Vendor 1', 'Criterion 88');
  await expect(home).toBeFocused();
  await expect(home).toBeInViewport();
  await expect(page.getByRole('complementary', { name: 'Criterion 88' })).toContainText('What good looks like.');

  // Scrolled back to the top: the cells there are in the document again, and the tabbable cell stays
  // (Tab must still find it), so focus is not lost.
  await grid.evaluate((table) => table.parentElement!.scrollTo(0, 0));
  const top = gridCell(page, 'Vendor 2', 'Criterion 1');
  await expect(top).toBeInViewport();
  await top.hover();
  await expect(page.getByRole('complementary', { name: 'Criterion 1' })).toContainText('Vendor 2');
  await expect(home).toBeFocused();
  await page.keyboard.press('2');
  await expect(home).toHaveAccessibleName(/^Vendor 1, Criterion 88: 2\b/);
  // The gaps standing for the lines and columns left out break no accessibility rule.
  await expectNoViolations(page, 'a large scoring grid, windowed');
});
