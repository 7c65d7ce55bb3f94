// SPEC §8: axe finds no WCAG 2.2 AA violation on the contract screens (the contract with its grid,
// credits, forms and reviews; the QBR pack; the executive dashboard), light and dark. The contract
// example is imported with the browser's clock on 1 May 2027, so January to April are reported.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openHome } from './fixtures';
import { expectNoViolations } from './axe';

async function importContractExample(page: Page): Promise<string> {
  await page.clock.setFixedTime(new Date('2027-05-01T10:00:00'));
  await openHome(page);
  const file = readFileSync('tests/fixtures/examples/contract-assessment.json');
  await page.getByLabel('Import JSON file').setInputFiles({ name: 'contract-assessment.json', mimeType: 'application/json', buffer: file });
  await page.waitForURL(/#\/a\//);
  return decodeURIComponent(page.url().split('#/a/')[1].split('/')[0]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the contract screen has no axe violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const id = await importContractExample(page);
    await page.goto(`./#/a/${encodeURIComponent(id)}/contracts/northwind-2027`);
    await expect(page.getByText(/January's Customer satisfaction \(CSAT\) credit of €9,600 was earned back/)).toBeVisible();
    await expectNoViolations(page, 'the contract screen');
  });

  test(`the QBR pack and the dashboard have no axe violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const id = await importContractExample(page);
    await page.goto(`./#/a/${encodeURIComponent(id)}/contracts/northwind-2027/qbr`);
    await expect(page.getByRole('article', { name: 'Quarterly business review' })).toContainText('Q2 2027');
    await expectNoViolations(page, 'the QBR pack');
    await page.goto('./#/dashboard');
    await expect(page.getByRole('link', { name: /Northwind Contact, tier-1 support 2027/ }).first()).toBeVisible();
    await expectNoViolations(page, 'the dashboard');
  });
}
