// Tablets: every screen of the worked example fits 768 px without the page scrolling sideways; a table
// wider than its card scrolls inside a region that says so (edge shadows, a name, a tab stop).
import { test, expect, openExamplePilot, openWorkedExample } from './fixtures';
import { rankingTable, whyCell } from './helpers';
import { expectNoViolations } from './axe';
import type { Page } from '@playwright/test';

test.use({ viewport: { width: 768, height: 900 } });

async function expectNoSidewaysScroll(page: Page, screen: string): Promise<void> {
  // The page's own width, after the screen's lazy parts (charts) have laid out.
  await expect
    .poll(() => page.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth), { message: `${screen} scrolls sideways` })
    .toBeLessThanOrEqual(0);
}

async function visit(page: Page, hash: RegExp, link: string, screen: string): Promise<void> {
  await page.getByRole('link', { name: link, exact: true }).first().click();
  await expect(page).toHaveURL(hash);
  await expectNoSidewaysScroll(page, screen);
}

test('every screen of the worked example fits 768 px without sideways scrolling', async ({ page }) => {
  await openExamplePilot(page);
  await expectNoSidewaysScroll(page, 'the pilot');
  await visit(page, /\/pilots$/, 'All pilots', 'the pilot list');
  const sections = page.getByRole('navigation', { name: 'Assessment sections' });
  for (const name of ['Results', 'Scoring', 'Vendors', 'Checklist', 'Report']) {
    await sections.getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('region', { name, exact: true })).toBeVisible();
    await expectNoSidewaysScroll(page, name);
  }
  await visit(page, /#\/$/, 'Assessments', 'home');
  await expect(page.getByRole('table', { name: /Your assessments/ })).toBeVisible();
  await visit(page, /#\/about$/, 'Storage & about', 'storage & about');
});

test('the ranking fits its card at 768 px, so no "Why" text is hidden', async ({ page }) => {
  await openWorkedExample(page);
  const table = rankingTable(page);
  const { tableRight, boxRight } = await table.evaluate((el) => ({
    tableRight: el.getBoundingClientRect().right,
    boxRight: el.parentElement!.getBoundingClientRect().right,
  }));
  expect(tableRight).toBeLessThanOrEqual(boxRight);
  for (const vendor of ['Northwind Contact', 'Fabrikam Support', 'Contoso CX']) {
    // The cell ends inside the part of the table its card shows.
    const [cellRight, shownRight] = await whyCell(page, vendor).evaluate((el) => [el.getBoundingClientRect().right, el.closest('table')!.parentElement!.getBoundingClientRect().right]);
    expect(cellRight, vendor).toBeLessThanOrEqual(shownRight);
  }
});

test('a table wider than a tablet scrolls inside a named, focusable region with edge shadows', async ({ page }) => {
  await openWorkedExample(page);
  await page.getByRole('navigation', { name: 'Assessment sections' }).getByRole('link', { name: 'Vendors', exact: true }).click();
  const region = page.getByRole('region', { name: 'Vendor table (scrolls sideways)' });
  await expect(region).toBeVisible();
  await expect(region).toHaveAttribute('tabindex', '0');
  expect(await region.evaluate((el) => getComputedStyle(el).backgroundImage)).toMatch(/radial-gradient/);
  await region.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  await expectNoViolations(page, 'vendors at 768 px');
});
