// SPEC §8: axe finds no WCAG 2.2 AA violation on the pilot screens (list, one pilot, comparison), in
// the light and the dark colour scheme.
import { test, expect, openWorkedExample } from './fixtures';
import { expectNoViolations } from './axe';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a new pilot, the pilot list and the comparison have no axe violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openWorkedExample(page);
    await page.getByRole('button', { name: 'Start a pilot with Fabrikam Support' }).click();
    // It starts next week with nothing counted: a status in place of a verdict.
    await expect(page.getByRole('region', { name: 'Pilot status' })).toHaveText(/^\s*Not started/);
    await expectNoViolations(page, 'a new pilot');

    await page.getByRole('link', { name: 'Pilots', exact: true }).click();
    await expect(page.getByRole('link', { name: 'Compare pilots' })).toBeVisible();
    await expectNoViolations(page, 'the pilot list');

    await page.getByRole('link', { name: 'Compare pilots' }).click();
    await expect(page.getByRole('table', { name: /Champion vs challenger/ })).toBeVisible();
    await expectNoViolations(page, 'the comparison');
  });

  // Apart from the screens above (it needs no second pilot): each scan takes seconds on a loaded machine.
  test(`the worked example's pilot has no axe violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openWorkedExample(page);

    await page.getByRole('link', { name: 'Pilots', exact: true }).click();
    await page.getByRole('link', { name: 'Q1 pilot', exact: true }).first().click();
    await expect(page.getByRole('region', { name: 'Decision' })).toHaveText(/^\s*GO/);
    await expectNoViolations(page, 'the worked example pilot');
  });
}
