// Small helpers shared by the journeys: they drive the app only through what a user sees (roles,
// labels, visible text), never through app code.
import { expect, type Locator, type Page } from '@playwright/test';

/** The ranking table of SPEC §8 (caption "Ranking"). */
export function rankingTable(page: Page): Locator {
  return page.getByRole('table', { name: /Ranking/ });
}

/** Column `n` (1-based: 1 Rank, 2 Vendor, 3 Score, 4 Coverage, 5 Status, 6 Pipeline, 7 Why) of every ranking row. */
export function rankingColumn(page: Page, n: number): Locator {
  return rankingTable(page).locator(`tbody > tr > :nth-child(${n})`);
}

export interface RankingRow {
  rank: string;
  vendor: string;
  score: string;
  coverage: string;
  status: 'Qualified' | 'Provisional' | 'Disqualified';
}

/** Asserts the whole ranking, top to bottom (auto-waits until the table shows exactly these rows). */
export async function expectRanking(page: Page, rows: RankingRow[]): Promise<void> {
  await expect(rankingTable(page).locator('tbody > tr')).toHaveCount(rows.length);
  await expect(rankingColumn(page, 2)).toHaveText(rows.map((r) => r.vendor));
  await expect(rankingColumn(page, 1)).toHaveText(rows.map((r) => r.rank));
  await expect(rankingColumn(page, 3)).toHaveText(rows.map((r) => r.score));
  await expect(rankingColumn(page, 4)).toHaveText(rows.map((r) => r.coverage));
  // The badge is an icon (hidden from screen readers) then the word: match the word exactly.
  await expect(rankingColumn(page, 5)).toHaveText(rows.map((r) => new RegExp(`(^|\\W)${r.status}$`)));
}

/** The "Why" cell of one vendor's ranking row. */
export function whyCell(page: Page, vendor: string): Locator {
  return rankingTable(page)
    .locator('tbody > tr')
    .filter({ has: page.getByRole('rowheader', { name: vendor, exact: true }) })
    .locator('> :nth-child(7)');
}

/** Goes to one screen of the open assessment through its tab. */
export async function openTab(page: Page, name: 'Checklist' | 'Vendors' | 'Scoring' | 'Results'): Promise<void> {
  await page.getByRole('navigation', { name: 'Assessment sections' }).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('region', { name })).toBeVisible();
}

/** Adds vendors one by one on the Vendors screen (by name only), checking each lands in the table. */
export async function addVendors(page: Page, names: string[]): Promise<void> {
  await openTab(page, 'Vendors');
  for (const name of names) {
    await page.getByRole('button', { name: 'Add vendor' }).click();
    const form = page.getByRole('form', { name: 'Add a vendor' });
    await form.getByRole('textbox', { name: /^Name/ }).fill(name);
    await form.getByRole('button', { name: 'Add vendor' }).click();
    await expect(form).toBeHidden();
    await expect(page.getByRole('table', { name: 'Vendors' }).getByRole('rowheader', { name })).toBeVisible();
  }
}

/** Opens the home screen of an empty browser and starts an assessment from the BPO template. */
export async function startFromTemplate(page: Page): Promise<void> {
  await page.goto('./#/');
  await page.getByRole('button', { name: 'Start from the BPO template' }).click();
  await expect(page.getByRole('region', { name: 'Checklist' })).toBeVisible();
  await expect(page.getByTestId('checklist-summary')).toHaveText('6 categories, 28 criteria, 1 must-have');
}

/** One cell of the scoring grid, by vendor and criterion (its accessible name starts "Vendor, Criterion:"). */
export function gridCell(page: Page, vendor: string, criterion: string): Locator {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByRole('grid').getByRole('gridcell', { name: new RegExp(`^${escape(vendor)}, ${escape(criterion)}:`) });
}
