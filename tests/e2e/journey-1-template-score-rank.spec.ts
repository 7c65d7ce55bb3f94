// SPEC §1 journey 1: start a new assessment from the BPO template, add 3 vendors, score them with the
// keyboard, see the ranking, the radar chart and why the winner wins; reload: everything is still there.
import { test, expect } from './fixtures';
import { addVendors, expectRanking, gridCell, openTab, rankingTable, startFromTemplate, whyCell } from './helpers';

// The template's weights (src/data/template-bpo.json), copied by hand: category weight, then its
// criteria weights in checklist (= grid row) order. Scale 0..5.
const TEMPLATE: [name: string, weight: number, criteria: number[]][] = [
  ['Sector expertise', 20, [3, 2, 2, 2]],
  ['References and track record', 15, [3, 2, 2, 1]],
  ['Security posture', 20, [2, 2, 1, 1, 2, 3, 2]],
  ['Cultural and brand fit', 15, [3, 2, 2, 1]],
  ['Scalability and operations', 15, [3, 2, 1, 2, 2]],
  ['Technology and integration', 15, [2, 3, 2, 1]],
];
const ROWS = TEMPLATE.reduce((n, [, , c]) => n + c.length, 0); // 28
const ROW_ENCRYPTION = 8; // Security posture › Encryption in transit and at rest
const ROW_AUDITS = 13; // Security posture › Independent audits (must-have, minimum 3)

/**
 * SPEC §3 by hand, independent of the app: e_c = W_k/ΣW × w_c/Σw, total = 100 Σ e_c s_c/5 / Σ e_c over
 * scored criteria, coverage = Σ e_c scored / Σ e_c all, category score = 100 Σ w_c s_c/5 / Σ w_c,
 * contribution of a category = its share of the total.
 */
function expected(scores: (number | null)[]) {
  const sumW = TEMPLATE.reduce((s, [, w]) => s + w, 0);
  let row = 0;
  let points = 0;
  let scoredE = 0;
  let allE = 0;
  const categoryPoints: number[] = [];
  const categoryScores: (number | null)[] = [];
  for (const [, w, criteria] of TEMPLATE) {
    const sumC = criteria.reduce((s, c) => s + c, 0);
    let kPoints = 0;
    let kWeighted = 0;
    let kWeight = 0;
    for (const wc of criteria) {
      const e = (w / sumW) * (wc / sumC);
      const s = scores[row++];
      allE += e;
      if (s === null) continue;
      points += (e * s) / 5;
      scoredE += e;
      kPoints += (e * s) / 5;
      kWeighted += (wc * s) / 5;
      kWeight += wc;
    }
    categoryPoints.push(kPoints);
    categoryScores.push(kWeight > 0 ? (100 * kWeighted) / kWeight : null);
  }
  return {
    total: (100 * points) / scoredE,
    coverage: scoredE / allE,
    contributions: categoryPoints.map((p) => (100 * p) / scoredE),
    categoryScores,
  };
}

const one = (x: number) => x.toFixed(1);

// Alpha is scored on all 28 criteria (Independent audits 4 ≥ 3: qualified); Bravo on sector expertise
// and cultural fit only (provisional); Charlie on two security criteria, Independent audits 2 < 3.
const ALPHA = [5, 4, 4, 3, 4, 4, 3, 5, 3, 4, 2, 3, 4, 4, 3, 5, 4, 4, 3, 3, 3, 2, 4, 4, 4, 5, 3, 2];
const BRAVO: (number | null)[] = Array(ROWS).fill(null);
[4, 3, 4, 3].forEach((v, i) => (BRAVO[i] = v)); // rows 0–3: Sector expertise
[4, 4, 5, 4].forEach((v, i) => (BRAVO[15 + i] = v)); // rows 15–18: Cultural and brand fit
const CHARLIE: (number | null)[] = Array(ROWS).fill(null);
CHARLIE[ROW_ENCRYPTION] = 5;
CHARLIE[ROW_AUDITS] = 2;

test('template → 3 vendors → keyboard scoring → ranking, radar and why the winner wins, kept after a reload', async ({ page }) => {
  expect(ALPHA).toHaveLength(ROWS);
  const alpha = expected(ALPHA);
  const bravo = expected(BRAVO);
  const charlie = expected(CHARLIE);
  // Sanity of the hand computation itself (values worked out on paper).
  expect(one(alpha.total)).toBe('76.2');
  expect(one(bravo.total)).toBe('77.1');
  expect(charlie.total).toBeCloseTo(64, 9);

  await startFromTemplate(page);
  await addVendors(page, ['Alpha Contact', 'Bravo BPO', 'Charlie Services']);
  await expect(page.getByText('3 vendors')).toBeVisible();

  // ── Scoring, keyboard only ──
  await openTab(page, 'Scoring');
  const grid = page.getByRole('grid', { name: /Scores by Lead evaluator/ });
  await expect(grid).toBeVisible();
  const first = gridCell(page, 'Alpha Contact', 'Experience in our industry');
  await first.focus();
  await expect(first).toBeFocused();

  // A wrong digit, cleared with Backspace, then the right one.
  await page.keyboard.press('1');
  await expect(first).toHaveAccessibleName('Alpha Contact, Experience in our industry: 1, Weak');
  await page.keyboard.press('Backspace');
  await expect(first).toHaveAccessibleName('Alpha Contact, Experience in our industry: not scored');
  // A value outside the scale is refused with a message and leaves the cell alone.
  await page.keyboard.press('9');
  await expect(page.getByText('9 is outside the scale 0–5.')).toBeVisible();
  await expect(first).toHaveAccessibleName('Alpha Contact, Experience in our industry: not scored');

  // Alpha: all 28 rows, digit then ArrowDown.
  for (let row = 0; row < ROWS; row++) {
    await page.keyboard.press(String(ALPHA[row]));
    if (row < ROWS - 1) await page.keyboard.press('ArrowDown');
  }
  await expect(gridCell(page, 'Alpha Contact', 'Automation and self-service')).toBeFocused();
  await expect(gridCell(page, 'Alpha Contact', 'Experience in our industry')).toHaveAccessibleName(/: 5, Outstanding$/);
  await expect(gridCell(page, 'Alpha Contact', 'Independent audits')).toHaveAccessibleName(/: 4, Exceeds expectations$/);
  await expect(gridCell(page, 'Alpha Contact', 'Automation and self-service')).toHaveAccessibleName(/: 2, Below expectations$/);

  // Bravo: back to the top-left (Ctrl+Home), one column right, then rows 0–3 and 15–18.
  await page.keyboard.press('Control+Home');
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(gridCell(page, 'Bravo BPO', 'Experience in our industry')).toBeFocused();
  for (let row = 0; row < ROWS; row++) {
    if (BRAVO[row] !== null) await page.keyboard.press(String(BRAVO[row]));
    if (row === 18) break;
    await page.keyboard.press('ArrowDown');
  }
  await expect(gridCell(page, 'Bravo BPO', 'Agent engagement and attrition')).toBeFocused();

  // Charlie: one column right, up to Independent audits (row 13), then Encryption (row 8).
  await page.keyboard.press('ArrowRight');
  for (let i = 18; i > ROW_AUDITS; i--) await page.keyboard.press('ArrowUp');
  await expect(gridCell(page, 'Charlie Services', 'Independent audits')).toBeFocused();
  await page.keyboard.press('2');
  for (let i = ROW_AUDITS; i > ROW_ENCRYPTION; i--) await page.keyboard.press('ArrowUp');
  await page.keyboard.press('5');

  await expect(grid.getByRole('columnheader', { name: /Alpha Contact/ })).toContainText('28 / 28');
  await expect(grid.getByRole('columnheader', { name: /Bravo BPO/ })).toContainText('8 / 28');
  await expect(grid.getByRole('columnheader', { name: /Charlie Services/ })).toContainText('2 / 28');
  await expect(page.getByText('38 of 84 cells scored', { exact: false })).toBeVisible();

  // ── Results ──
  await openTab(page, 'Results');
  const table = rankingTable(page);
  await expect(table.locator('caption')).toContainText('Ranking');
  await expect(table.getByRole('columnheader')).toContainText(['Rank', 'Vendor', 'Score', 'Coverage', 'Status']);

  const ranking = [
    { rank: '1', vendor: 'Alpha Contact', score: one(alpha.total), coverage: '100 %', status: 'Qualified' as const },
    { rank: '2', vendor: 'Bravo BPO', score: one(bravo.total), coverage: `${one(bravo.coverage * 100)} %`, status: 'Provisional' as const },
    { rank: '3', vendor: 'Charlie Services', score: one(charlie.total), coverage: `${one(charlie.coverage * 100)} %`, status: 'Disqualified' as const },
  ];
  expect(ranking.map((r) => r.coverage)).toEqual(['100 %', '35.0 %', '7.7 %']);
  await expectRanking(page, ranking);
  await expect(whyCell(page, 'Alpha Contact')).toHaveText('Fully scored; all must-haves met');
  await expect(whyCell(page, 'Bravo BPO')).toContainText('35.0 % of the weight scored');
  await expect(whyCell(page, 'Bravo BPO')).toContainText('must-have Independent audits not scored');
  await expect(whyCell(page, 'Charlie Services')).toContainText('Independent audits: 2 < 3');

  // Alpha leads because it is fully scored, though Bravo's provisional total is higher.
  const summary = page.getByRole('region', { name: 'Summary' });
  await expect(summary).toContainText(`Alpha Contact leads with ${one(alpha.total)} as the best fully scored vendor.`);
  await expect(summary).toContainText(`Bravo BPO scores ${one(bravo.total)} but is provisional`);

  // Radar: a canvas with role img named by its figures, and the same figures as a table.
  const radar = page.getByRole('region', { name: 'Category scores' });
  const canvas = radar.getByRole('img', { name: /Radar chart of category scores/ });
  await expect(canvas).toBeVisible();
  await expect(canvas).toHaveAccessibleName(
    new RegExp(`Alpha Contact: Sector expertise ${one(alpha.categoryScores[0]!)}, References and track record ${one(alpha.categoryScores[1]!)}`),
  );
  expect(await canvas.evaluate((el) => el.tagName)).toBe('CANVAS');
  await radar.getByText('Show as table').click();
  const radarTable = radar.getByRole('table', { name: /Category scores out of 100/ });
  await expect(radarTable.getByRole('columnheader')).toHaveText(['Category', 'Alpha Contact', 'Bravo BPO', 'Charlie Services']);
  await expect(radarTable.getByRole('rowheader')).toHaveText(TEMPLATE.map(([name]) => name));
  const fmt = (v: number | null) => (v === null ? '—' : one(v));
  for (const [i, [name]] of TEMPLATE.entries()) {
    await expect(radarTable.getByRole('row', { name: new RegExp(`^${name}`) }).getByRole('cell')).toHaveText([
      fmt(alpha.categoryScores[i]),
      fmt(bravo.categoryScores[i]),
      fmt(charlie.categoryScores[i]),
    ]);
  }
  // Spot-check against paper: Alpha's sector score is 100 × (3·5 + 2·4 + 2·4 + 2·3) / (9 · 5) = 82.2.
  await expect(radarTable.getByRole('row', { name: /^Sector expertise/ }).getByRole('cell').first()).toHaveText('82.2');

  // Why the winner wins: the category where Alpha gains most over Bravo, in points of the total.
  const gains = TEMPLATE.map(([name], i) => ({ name, gain: alpha.contributions[i] - bravo.contributions[i] }));
  const best = gains.reduce((a, b) => (b.gain > a.gain ? b : a));
  const worst = gains.reduce((a, b) => (b.gain < a.gain ? b : a));
  expect(best.name).toBe('Security posture');
  expect(worst.name).toBe('Sector expertise');
  const why = page.getByRole('region', { name: 'Why the winner wins' });
  await expect(why).toContainText(
    `Alpha Contact gains most over Bravo BPO on Security posture: +${one(best.gain)} points of the total. ` +
      `Bravo BPO is stronger on Sector expertise (+${one(-worst.gain)} points).`,
  );
  await expect(why.getByRole('img', { name: /Stacked bar chart/ })).toBeVisible();

  // ── Reload: everything is still there ──
  const rowsBefore = await table.locator('tbody > tr').allTextContents();
  const radarNameBefore = await canvas.getAttribute('aria-label');
  await page.reload();
  await expect(rankingTable(page).locator('tbody > tr')).toHaveText(rowsBefore);
  await expectRanking(page, ranking);
  await expect(page.getByRole('region', { name: 'Category scores' }).getByRole('img')).toHaveAttribute('aria-label', radarNameBefore!);
  await expect(page.getByRole('region', { name: 'Why the winner wins' })).toContainText('Alpha Contact gains most over Bravo BPO on Security posture');
  await openTab(page, 'Scoring');
  await expect(page.getByRole('grid').getByRole('columnheader', { name: /Alpha Contact/ })).toContainText('28 / 28');
  await expect(gridCell(page, 'Charlie Services', 'Independent audits')).toHaveAccessibleName(/: 2, Below expectations$/);
});
