// SPEC §1 journey 2: change category weights and see the ranking update at once; mark a criterion
// must-have and see a vendor disqualified with the reason.
import { test, expect, openHome } from './fixtures';
import { expectRanking, openTab, rankingTable, whyCell } from './helpers';

/**
 * The worked example (src/data/small-assessment.json) by hand, scale 0..5. Consensus per vendor:
 * Northwind audits (4+5)/2 = 4.5, encryption 4, philosophy (3+4)/2 = 3.5, integration 2;
 * Contoso audits (2+3)/2 = 2.5, encryption 5, philosophy 5, integration 5;
 * Fabrikam audits 3, philosophy 4 (nothing else).
 * Category scores (0..100): security = (3·audits + 1·encryption)/4 × 20, culture = philosophy × 20,
 * tech = integration × 20.
 */
const CATEGORY_SCORES = {
  northwind: { security: ((3 * 4.5 + 4) / 4) * 20, culture: 3.5 * 20, tech: 2 * 20 }, // 87.5, 70, 40
  contoso: { security: ((3 * 2.5 + 5) / 4) * 20, culture: 5 * 20, tech: 5 * 20 }, // 62.5, 100, 100
};

function total(scores: { security: number; culture: number; tech: number }, w: { security: number; culture: number; tech: number }): number {
  return (w.security * scores.security + w.culture * scores.culture + w.tech * scores.tech) / (w.security + w.culture + w.tech);
}

const one = (x: number) => x.toFixed(1);

test('raising a category weight re-ranks at once, and a must-have minimum disqualifies with its reason', async ({ page }) => {
  const before = { security: 50, culture: 30, tech: 20 };
  const after = { security: 50, culture: 100, tech: 20 };
  // Fabrikam has only audits (weight 3 of 4 in security) and philosophy scored: its total is over those.
  const fabrikam = (w: typeof before) => {
    const eAudits = (w.security / (w.security + w.culture + w.tech)) * (3 / 4);
    const ePhilosophy = w.culture / (w.security + w.culture + w.tech);
    const eAll = w.security / (w.security + w.culture + w.tech) + ePhilosophy + w.tech / (w.security + w.culture + w.tech);
    return { total: (eAudits * 60 + ePhilosophy * 80) / (eAudits + ePhilosophy), coverage: (eAudits + ePhilosophy) / eAll };
  };
  // SPEC §3's table for the example as shipped.
  expect(total(CATEGORY_SCORES.northwind, before)).toBeCloseTo(72.75, 9);
  expect(total(CATEGORY_SCORES.contoso, before)).toBeCloseTo(81.25, 9);
  expect(fabrikam(before).total).toBeCloseTo(68.8889, 3);
  // With Cultural and brand fit at 100: 12175/170, 15125/170, 10250/137.5.
  expect(one(total(CATEGORY_SCORES.northwind, after))).toBe('71.6');
  expect(one(total(CATEGORY_SCORES.contoso, after))).toBe('89.0');
  expect(one(fabrikam(after).total)).toBe('74.5');
  expect(one(fabrikam(after).coverage * 100)).toBe('80.9');

  await openHome(page);
  await page.getByRole('button', { name: 'Open the worked example' }).click();
  await expectRanking(page, [
    { rank: '1', vendor: 'Northwind Contact', score: '72.8', coverage: '100 %', status: 'Qualified' },
    { rank: '2', vendor: 'Fabrikam Support', score: '68.9', coverage: '67.5 %', status: 'Provisional' },
    { rank: '3', vendor: 'Contoso CX', score: '81.3', coverage: '100 %', status: 'Disqualified' },
  ]);
  await expect(whyCell(page, 'Contoso CX')).toContainText('Independent audits: 2.5 < 3');

  // ── Weights ──
  await openTab(page, 'Checklist');
  const culture = page.getByRole('region', { name: /Cultural and brand fit/ });
  const weight = page.getByRole('spinbutton', { name: 'Weight of Cultural and brand fit' });
  await expect(weight).toHaveValue('30');
  await expect(culture).toContainText('30.0 %');
  await weight.fill('100');
  // The normalised share updates as you type: 100 / (50 + 100 + 20) = 58.8 %.
  await expect(culture).toContainText('58.8 %');
  await expect(page.getByRole('region', { name: /Security posture/ })).toContainText('29.4 %');
  await expect(page.getByRole('slider', { name: 'Weight of Cultural and brand fit (slider)' })).toHaveValue('100');

  await openTab(page, 'Results');
  await expectRanking(page, [
    { rank: '1', vendor: 'Northwind Contact', score: one(total(CATEGORY_SCORES.northwind, after)), coverage: '100 %', status: 'Qualified' },
    { rank: '2', vendor: 'Fabrikam Support', score: one(fabrikam(after).total), coverage: `${one(fabrikam(after).coverage * 100)} %`, status: 'Provisional' },
    { rank: '3', vendor: 'Contoso CX', score: one(total(CATEGORY_SCORES.contoso, after)), coverage: '100 %', status: 'Disqualified' },
  ]);
  await expect(page.getByRole('region', { name: 'Summary' })).toContainText('Contoso CX would score 89.0 but is disqualified (Independent audits: 2.5 < 3).');

  // ── Must-have ──
  await openTab(page, 'Checklist');
  const mustHave = page.getByRole('checkbox', { name: /^Must-have\s*: Shared service philosophy$/ });
  await expect(mustHave).not.toBeChecked();
  await mustHave.check();
  const minimum = page.getByRole('spinbutton', { name: 'Minimum score for Shared service philosophy' });
  await minimum.fill('4');
  await expect(minimum).toHaveValue('4');
  await expect(minimum).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('checklist-summary')).toHaveText('3 categories, 4 criteria, 2 must-haves');

  await openTab(page, 'Results');
  // Northwind's philosophy consensus is (3 + 4) / 2 = 3.5 < 4: disqualified. Fabrikam's 4 meets the minimum.
  await expectRanking(page, [
    { rank: '1', vendor: 'Fabrikam Support', score: '74.5', coverage: '80.9 %', status: 'Provisional' },
    { rank: '2', vendor: 'Contoso CX', score: '89.0', coverage: '100 %', status: 'Disqualified' },
    { rank: '3', vendor: 'Northwind Contact', score: '71.6', coverage: '100 %', status: 'Disqualified' },
  ]);
  await expect(whyCell(page, 'Northwind Contact')).toHaveText('Shared service philosophy: 3.5 < 4');
  await expect(whyCell(page, 'Contoso CX')).toHaveText('Independent audits: 2.5 < 3');
  await expect(page.getByRole('region', { name: 'Summary' })).toContainText('Fabrikam Support leads with 74.5');
  await expect(rankingTable(page).getByRole('row', { name: /Northwind Contact/ })).toContainText('Disqualified');

  // The knock-out survives a reload.
  await page.reload();
  await expect(whyCell(page, 'Northwind Contact')).toHaveText('Shared service philosophy: 3.5 < 4');
});
