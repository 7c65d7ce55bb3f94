// SPEC §1 journey 4 with SPEC §3: a pilot proves the ranking's choice, so one-click pilots are offered for
// the vendors still in the running, in rank order; the New pilot form says where every vendor stands and
// asks before piloting a disqualified one.
import { test, expect, openWorkedExample } from './fixtures';
import { expectNoViolations } from './axe';

test('Results offers a pilot for Northwind Contact then Fabrikam Support, never the disqualified Contoso CX', async ({ page }) => {
  await openWorkedExample(page);
  const offers = page.getByRole('button', { name: /^Start a pilot with/ });
  await expect(offers).toHaveCount(2);
  await expect(offers.nth(0)).toHaveAccessibleName('Start a pilot with Northwind Contact');
  await expect(offers.nth(1)).toHaveAccessibleName('Start a pilot with Fabrikam Support');
  await expect(page.getByRole('button', { name: 'Start a pilot with Contoso CX' })).toHaveCount(0);
});

test('New pilot shows each vendor’s standing and asks before creating a pilot with the disqualified one', async ({ page }) => {
  await openWorkedExample(page);
  await page.getByRole('link', { name: 'Pilots', exact: true }).click();
  await page.getByRole('button', { name: 'New pilot' }).click();
  const form = page.getByRole('form', { name: 'New pilot' });
  const vendor = form.getByLabel('Vendor');
  await expect(vendor.locator('option')).toHaveText([
    'Northwind Contact — rank 1, qualified',
    'Fabrikam Support — rank 2, provisional (67.5 % of the weight scored)',
    'Contoso CX — disqualified: Independent audits 2.5 < 3',
  ]);
  await expect(form.getByLabel('Pilot name')).toHaveValue('Northwind Contact pilot');

  await vendor.selectOption({ label: 'Contoso CX — disqualified: Independent audits 2.5 < 3' });
  await expect(form.getByLabel('Pilot name')).toHaveValue('Contoso CX pilot');
  await expect(vendor).toHaveAccessibleDescription(/^\W*Contoso CX is disqualified: Independent audits 2\.5 < 3\. Creating the pilot asks you to confirm\.$/);
  await expectNoViolations(page, 'the New pilot form with a disqualified vendor');

  await form.getByRole('button', { name: 'Create pilot' }).click();
  const confirm = page.getByRole('dialog', { name: 'Create a pilot with Contoso CX?' });
  await expect(confirm).toContainText('Contoso CX is disqualified: Independent audits 2.5 < 3.');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await expect(form).toBeVisible();
  await expect(page).toHaveURL(/\/pilots$/);

  await form.getByRole('button', { name: 'Create pilot' }).click();
  await confirm.getByRole('button', { name: 'Create pilot anyway' }).click();
  await expect(page).toHaveURL(/\/pilots\/contoso-cx-pilot$/);
  await expect(page.getByRole('heading', { level: 2 })).toContainText('Contoso CX pilot');
});
