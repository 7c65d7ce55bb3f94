// The printed report's layout with every robustness check on paper (SPEC §9): the worked example with a
// second qualified vendor and prices, imported as a file, printed from a tablet-wide window. Charts are
// drawn at their size on paper whatever the window's width (not drawn for the screen and squeezed),
// headings stay with their charts, and no page ends with a table header, a heading or a caption.
import { test, expect, openHome } from './fixtures';
import { pageLines, readPdf } from './pdf-text';
import { renderPages, strandedAtPageEnd, stickyTexts } from './print-layout';
import { readFixture } from '../fixtures/paths';

/** CSS px per millimetre: the report's figures are 180 mm wide on paper, the pilot's trends 88 mm. */
const MM = 96 / 25.4;

/** The worked example with Tailspin Service qualified (66.5 against Northwind's 72.8) and hourly prices. */
function twoContenders(): string {
  const file = JSON.parse(readFixture('examples/small-assessment.json'));
  const a = file.assessment;
  a.vendors.push({ id: 'tailspin', name: 'Tailspin Service', status: 'shortlisted' });
  const scores: [string, number][] = [['sec-attestation', 3], ['sec-encryption', 4], ['fit-philosophy', 3], ['tech-integration', 4]];
  for (const [criterionId, value] of scores) a.scores.push({ vendorId: 'tailspin', criterionId, evaluatorId: 'ana', value });
  a.vendors.forEach((v: { price?: unknown }, i: number) => (v.price = { amount: 22 + 3 * i, currency: 'EUR', per: 'hour' }));
  return JSON.stringify(file);
}

test('a report printed from a narrow window draws its charts at their size on paper and strands no header', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 820, height: 1000 });
  await openHome(page);
  await page.getByLabel(/Import/).first().setInputFiles({ name: 'two.json', mimeType: 'application/json', buffer: Buffer.from(twoContenders()) });
  await expect(page.getByRole('table', { name: /Ranking/ })).toBeVisible();
  await page.getByRole('navigation', { name: 'Assessment sections' }).getByRole('link', { name: 'Report', exact: true }).click();
  const report = page.getByRole('article', { name: 'Steering committee report' });
  // The executive summary waits for rank stability, which the robustness page shows too.
  await expect(report.getByRole('region', { name: 'Executive summary' })).toContainText('Firm Northwind Contact leads Tailspin Service by 6.3 points.');
  await expect(report.getByRole('region', { name: 'Robustness of the ranking' })).toContainText('Northwind Contact ranks first in 100 %');
  // Radar, contributions, break-even, value for money and four trends, each drawn.
  await expect(report.locator('canvas')).toHaveCount(8);
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLCanvasElement>('.report canvas')].every((c) => {
      const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data;
      return !!data && data.some((v, i) => i % 4 === 3 && v > 0);
    }),
  );

  // Chart.js follows its box through a ResizeObserver whose redraw waits for the next frame: once the
  // report's layout settles (the robustness text can add a scrollbar), let every chart catch up, or a
  // redraw still queued for the screen's width would land after the print sizing below.
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLCanvasElement>('.report canvas')].every(
      (c) => Math.round(parseFloat(c.style.width)) === c.parentElement?.clientWidth,
    ),
  );

  // What the browser does before it prints: every chart is redrawn at its width on paper.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const widths = await report.locator('canvas').evaluateAll((list) => list.map((c) => parseFloat((c as HTMLCanvasElement).style.width)));
  expect(widths.map(Math.round)).toEqual([...Array(4).fill(Math.round(180 * MM)), ...Array(4).fill(Math.round(88 * MM))]);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));

  const sticky = await stickyTexts(page);
  for (const format of ['A4', 'Letter'] as const) {
    const bytes = await page.pdf({ format });
    const pdf = readPdf(bytes);
    expect(strandedAtPageEnd(pdf, sticky), format).toEqual([]);
    const pages = renderPages(bytes, testInfo.outputPath(`two-contenders-${format}`));
    expect(pages).toHaveLength(pdf.pages.length);
    // A heading and its chart (whose axis title Chromium prints as text) share a page.
    const lines = pdf.runs.map((runs) => pageLines(runs).map((line) => line.text));
    const pageOf = (text: string | RegExp) => lines.findIndex((page) => page.some((line) => (typeof text === 'string' ? line === text : text.test(line))));
    expect(pageOf('Weight break-even'), format).toBe(pageOf('Share of the category weights'));
    expect(pageOf('Value for money'), format).toBe(pageOf('Price, EUR per hour'));
    // The break-even table is printed too (the screen keeps it behind "Show as table").
    expect(pageOf(/^Security posture .* Tailspin Service Nobody$/), format).toBeGreaterThan(0);
  }
});

test('the layout check finds a table header left at the foot of a page', async ({ page }) => {
  // Chromium leaves a captioned table's header alone at a page's foot when its rows may not split.
  const rows = Array.from({ length: 3 }, (_, i) => `<tr><th>Vendor ${i}</th><td>€2${i}.00</td><td>7${i}.0</td></tr>`).join('');
  await page.setContent(`<style>@page { margin: 15mm } body { margin: 0; font: 14px sans-serif } tr { break-inside: avoid } th, td { padding: 6px }</style>
    <div style="height: 940px">Above the table</div>
    <table><caption>Priced in EUR per hour</caption><thead><tr><th>Vendor</th><th>Price</th><th>Total</th></tr></thead><tbody>${rows}</tbody></table>`);
  const pdf = readPdf(await page.pdf({ format: 'A4' }));
  expect(pdf.pages).toHaveLength(2);
  expect(strandedAtPageEnd(pdf, await stickyTexts(page, 'body'))).toEqual(['page 1 ends with “Vendor Price Total”']);
});
