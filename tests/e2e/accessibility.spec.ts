// SPEC §8: WCAG 2.2 AA. axe-core finds no violation on any screen of the worked example, in the light
// and the dark colour scheme. (The `page` fixture comes from browser.newContext(): axe with playwright-core needs a context's page.)
import { test, expect, openHome, openWorkedExample } from './fixtures';
import { openTab } from './helpers';
import { expectNoViolations } from './axe';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} colour scheme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme });
    });

    test('home, empty and with a list, has no axe violations', async ({ page }) => {
      await openHome(page);
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
      await expect(page.getByRole('button', { name: 'Start from the BPO template' })).toBeVisible();
      await expectNoViolations(page, 'the empty home');

      await page.getByRole('button', { name: 'Open the worked example' }).click();
      await expect(page.getByRole('table', { name: /Ranking/ })).toBeVisible();
      await page.getByRole('link', { name: '← All assessments' }).click();
      await expect(page.getByRole('table', { name: /Your assessments/ }).getByRole('row')).toHaveCount(2);
      await expectNoViolations(page, 'the home with a list');
    });

    // One test per screen of the worked example: each scan takes seconds on a loaded machine, and the
    // screens do not depend on each other.
    test.describe('the worked example', () => {
      test.beforeEach(async ({ page }) => {
        await openWorkedExample(page);
      });

      test('results have no axe violations', async ({ page }) => {
        // Wait for both charts and open both table alternatives, so axe checks them too.
        await expect(page.getByRole('img', { name: /Radar chart of category scores/ })).toBeVisible();
        await expect(page.getByRole('img', { name: /Stacked bar chart/ })).toBeVisible();
        for (const summary of await page.getByText('Show as table').all()) await summary.click();
        await expect(page.getByRole('table', { name: /Category scores out of 100/ })).toBeVisible();
        await expect(page.getByRole('table', { name: /Points each category adds/ })).toBeVisible();
        await expectNoViolations(page, 'results');
      });

      test('checklist has no axe violations', async ({ page }) => {
        await openTab(page, 'Checklist');
        await expect(page.getByRole('spinbutton', { name: 'Weight of Security posture' })).toHaveValue('50');
        await expectNoViolations(page, 'checklist');
      });

      test('vendors, with the add form open and with its errors showing, have no axe violations', async ({ page }) => {
        await openTab(page, 'Vendors');
        await page.getByRole('button', { name: 'Add vendor' }).click();
        const form = page.getByRole('form', { name: 'Add a vendor' });
        await expect(form.getByRole('textbox', { name: /^Name/ })).toBeFocused();
        await expectNoViolations(page, 'vendors with the add form open');
        // With the form's error messages showing (saved empty), too.
        await form.getByRole('button', { name: 'Add vendor' }).click();
        await expect(form.getByRole('textbox', { name: /^Name/ })).toHaveAttribute('aria-invalid', 'true');
        await expectNoViolations(page, 'vendors with an invalid add form');
      });

      test('scoring has no axe violations', async ({ page }) => {
        await openTab(page, 'Scoring');
        const grid = page.getByRole('grid');
        await expect(grid).toBeVisible();
        await grid.getByRole('gridcell').first().focus();
        await page.getByRole('checkbox', { name: 'Show consensus' }).check();
        await expect(grid.getByRole('gridcell').first()).toHaveAccessibleName(/Consensus/);
        await expectNoViolations(page, 'scoring');
      });
    });
  });
}
