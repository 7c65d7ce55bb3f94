// The printable report of the worked example, printed to PDF on A4 and on Letter with
// Chromium's own print path (page.pdf), and its text read back from the PDF (pdf-text.ts): the ranking,
// the disqualification, the pilot's GO with its reasons, the KPI table and the decision log are there,
// each section starts a page, the charts were drawn before printing, and no app chrome is printed.
import { test, expect, openWorkedExample } from './fixtures';
import { readPdf, type PdfSummary } from './pdf-text';
import type { Page } from '@playwright/test';

const RUNNING = 'TIER-1 SUPPORT OUTSOURCING (WORKED EXAMPLE) · STEERING COMMITTEE REPORT';
const HOSTILE = 'Go ahead <img src=x onerror=alert(1)> per the pilot';
/** Text of the app around the report: top bar, assessment header, tabs and the report's own button. */
const CHROME = ['Storage & about', 'All assessments', 'Export JSON', 'Scoring as', 'Print or save as PDF', 'Checklist Vendors Scoring Results Pilots'];

const flat = (text: string) => text.replace(/\s+/g, ' ');

async function openReport(page: Page): Promise<void> {
  await openWorkedExample(page);

  // A decision in the log, with a rationale that would be an image (and a request) if it were HTML.
  await page.getByRole('link', { name: 'Q1 pilot' }).click();
  await page.getByRole('radio', { name: 'GO', exact: true }).check();
  await page.getByLabel('Decided by').fill('Steering committee');
  await page.getByLabel(/Rationale/).fill(HOSTILE);
  await page.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Recorded decisions, newest first' })).toContainText(HOSTILE);

  await page.getByRole('navigation', { name: 'Assessment sections' }).getByRole('link', { name: 'Report', exact: true }).click();
  await expect(page.getByRole('article', { name: 'Steering committee report' })).toBeVisible();
  // Radar, contribution bars and one trend per KPI, each drawn (some pixel painted) before printing.
  const canvases = page.locator('.report canvas');
  await expect(canvases).toHaveCount(6);
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLCanvasElement>('.report canvas')].every((c) => {
      const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data;
      return !!data && data.some((v, i) => i % 4 === 3 && v > 0);
    }),
  );
}

/** Checks shared by both paper sizes. */
function expectReportText(printed: PdfSummary): void {
  // Every page is numbered in its margin; Chromium writes that line first. Checked, then set aside.
  const count = printed.pages.length;
  printed.pages.forEach((text, i) => expect(text).toMatch(new RegExp(`^Page ${i + 1}\\s+of ${count}\\n`)));
  const pdf = { ...printed, pages: printed.pages.map((text) => text.replace(/^Page \d+\s+of \d+\n/, '')) };
  const all = flat(pdf.pages.join('\n'));
  // The cover, then every section on a page of its own (each begins with the running line and its title).
  expect(pdf.pages[0]).toMatch(/^STEERING COMMITTEE REPORT\nTier-1 support outsourcing/);
  const starts = pdf.pages.map((p) => p.split('\n').slice(0, 2).join(' | '));
  for (const title of ['Weights', 'Ranking', 'Charts', 'Robustness of the ranking', 'Pilot: Q1 pilot', 'Decision log']) {
    expect(starts).toContain(`${RUNNING} | ${title}`);
  }
  // The robustness page: only Northwind is qualified in the worked example, and it says so.
  expect(all).toContain('Northwind Contact is the only qualified vendor, so nobody can overtake it.');

  expect(all).toContain('Northwind Contact leads with 72.8, 3.9 points ahead of Fabrikam Support.');
  expect(all).toMatch(/1 Northwind Contact 72\.8 100 % ✓ Qualified/);
  expect(all).toMatch(/2 Fabrikam Support 68\.9 67\.5 % ◐ Provisional/);
  expect(all).toMatch(/3 Contoso CX 81\.3 100 % ✕ Disqualified/);
  expect(all).toMatch(/Contoso CX is disqualified: Independent audits: 2\.5 < 3/);
  expect(all).toContain('Independent audits 75 % 37.5 % Must-have (min 3)');
  expect(all).toMatch(/GO ✓ The data supports going ahead\./);
  expect(all).toContain('Scorecard 98.2 is at or above the GO line of 90 (coverage 100 %)');
  expect(all).toContain('CSAT 86.5 % meets the 80 % gate and the 85 % target');
  expect(all).toContain('CSAT Gate · weight 33.3 % 86.5 % 80 % 85 % Exceeds 800 83.96–88.69 % 101.8 %');
  expect(all).toContain('Recorded GO by Steering committee — data said GO, scorecard 98.2');
  expect(all).toContain(HOSTILE);
  // Text drawn by Chart.js inside the canvases: the charts were drawn when the page was printed.
  expect(all).toContain('Points added to the total (out of 100)');
  expect(all).toContain('Threshold 80 %');
  for (const chrome of CHROME) expect(all).not.toContain(chrome);
}

test('the report prints to PDF on A4 and Letter with every section and no app chrome', async ({ page }) => {
  await openReport(page);
  const report = page.getByRole('article', { name: 'Steering committee report' });
  await expect(report.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
  // The rationale is text: no element was made of it.
  await expect(report.locator('img')).toHaveCount(0);

  // What the print stylesheet shows and hides.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'App' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Assessment sections' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export JSON' })).toBeHidden();
  await expect(report.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  const printed = flat(await page.locator('body').innerText());
  for (const chrome of CHROME) expect(printed).not.toContain(chrome);
  expect(printed).toContain('Contoso CX is disqualified: Independent audits: 2.5 < 3');
  // Back to no emulation: page.pdf() then prints with print media, as the browser's own print does.
  await page.emulateMedia({ media: null });

  const a4 = readPdf(await page.pdf({ format: 'A4' }));
  expect(a4.pages.length).toBeGreaterThan(1);
  for (const [w, h] of a4.pageSizes) expect([Math.round(w), Math.round(h)]).toEqual([596, 843]);
  expectReportText(a4);

  // The `beforeprint` handler redrew the charts at twice the pixel density for paper.
  const ratios = await page.locator('.report canvas').evaluateAll((list) => list.map((c) => (c as HTMLCanvasElement).width / c.clientWidth));
  for (const ratio of ratios) expect(ratio).toBeCloseTo(2, 1);

  const letter = readPdf(await page.pdf({ format: 'Letter' }));
  expect(letter.pages.length).toBeGreaterThan(1);
  for (const [w, h] of letter.pageSizes) expect([Math.round(w), Math.round(h)]).toEqual([612, 792]);
  expectReportText(letter);
});

test('the print button prints, and the report is reachable by its own address', async ({ page }) => {
  await openWorkedExample(page);
  await page.goto('./#/a/demo-small/report');
  const report = page.getByRole('article', { name: 'Steering committee report' });
  await expect(report.getByRole('region', { name: 'Summary' })).toContainText('Tier-1 support outsourcing (worked example)');
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await report.getByRole('button', { name: 'Print or save as PDF' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});
