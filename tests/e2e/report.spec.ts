// The printable report of the worked example, printed to PDF on A4 and on Letter with
// Chromium's own print path (page.pdf), its text read back from the PDF with positions (pdf-text.ts)
// and its pages rendered to images (print-layout.ts): an executive summary on page 1, the ranking, the
// disqualification, the pilot's GO with its reasons, the KPI table, the decision log and an appendix with
// every evaluator's score and every evidence note; each section starts a page, no table header or
// heading is left at a page's foot, the charts were drawn before printing, no app chrome is printed, and
// the document's title (the saved PDF's name) names the assessment and the day.
import { test, expect, openWorkedExample } from './fixtures';
import { pageLines, readPdf, type PdfSummary } from './pdf-text';
import { renderPages, strandedAtPageEnd, stickyTexts } from './print-layout';
import { expectNoViolations } from './axe';
import { readFixture } from '../fixtures/paths';
import type { Page, TestInfo } from '@playwright/test';

const RUNNING = 'TIER-1 SUPPORT OUTSOURCING (WORKED EXAMPLE) · STEERING COMMITTEE REPORT';
const HOSTILE = 'Go ahead <img src=x onerror=alert(1)> per the pilot';
/** Text of the app around the report: top bar, assessment header, tabs and the report's own button. */
const CHROME = ['Storage & about', 'All assessments', 'Export JSON', 'Scoring as', 'Print or save as PDF', 'Checklist Vendors Scoring Results Pilots'];

const flat = (text: string) => text.replace(/\s+/g, ' ');

const NAME = 'Tier-1 support outsourcing (worked example)';
/**
 * Pages of the worked example's report with one decision logged: 9 for the summary and the sections
 * (charts and the pilot take two each), then the appendix: 3 on A4, 4 on the shorter Letter page, where
 * the score tables run onto a second page.
 */
const PAGES = { A4: 12, Letter: 13 };

/** Today in the page's own calendar, as the title shows it. */
function today(page: Page): Promise<string> {
  return page.evaluate(() => {
    const d = new Date();
    return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  });
}

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
  const titles = ['Weights', 'Ranking', 'Charts', 'Robustness of the ranking', 'Pilot: Q1 pilot', 'Decision log'];
  for (const title of [...titles, 'Appendix A: Scores by evaluator', 'Appendix B: Evidence notes', 'Appendix C: Calibration and must-haves']) {
    expect(starts).toContain(`${RUNNING} | ${title}`);
  }
  // Page 1 is the executive summary, in the Results screen's figures (read top to bottom, left to right).
  const cover = pageLines(pdf.runs[0])
    .map((line) => line.text)
    .join(' ');
  for (const line of [
    'Executive summary',
    'Winner Northwind Contact: 72.8 out of 100, qualified.',
    'Margin 3.9 points ahead of Fabrikam Support (68.9, provisional).',
    'Robustness Not tested Northwind Contact is the only qualified vendor, so nobody can overtake it.',
    'Pilot decision GO Q1 pilot with Northwind Contact',
    ': Scorecard 98.2 is at or above the GO line of 90 (coverage 100 %).',
    'Recorded GO by Steering committee — data said GO, scorecard 98.2',
    'Open risks • Disqualified: Contoso CX (Independent audits: 2.5 < 3).',
    'Provisional, so its total may still move: Fabrikam Support (67.5 % of the weight scored).',
  ]) {
    expect(cover).toContain(line);
  }
  // The robustness page: only Northwind is qualified in the worked example, and it says so.
  expect(all).toContain('Northwind Contact is the only qualified vendor, so nobody can overtake it.');

  expect(all).toMatch(/1 Northwind Contact 72\.8 100 % ✓ Qualified/);
  expect(all).toMatch(/2 Fabrikam Support 68\.9 67\.5 % ◐ Provisional/);
  expect(all).toMatch(/3 Contoso CX 81\.3 100 % ✕ Disqualified/);
  expect(all).toMatch(/Contoso CX is disqualified: Independent audits: 2\.5 < 3/);
  expect(all).toContain('Independent audits 75.0 % 37.5 % Must-have (min 3)');
  expect(all).toMatch(/GO ✓ The data supports going ahead\./);
  expect(all).toContain('Scorecard 98.2 is at or above the GO line of 90 (coverage 100 %)');
  expect(all).toContain('CSAT 86.5 % meets the 80 % gate and the 85 % target');
  expect(all).toContain('CSAT Gate · weight 33.3 % 86.5 % 80 % 85 % Exceeds 800 84.0–88.7 % 101.8 %');
  expect(all).toContain('Recorded GO by Steering committee — data said GO, scorecard 98.2');
  expect(all).toContain(HOSTILE);
  // Text drawn by Chart.js inside the canvases: the charts were drawn when the page was printed.
  expect(all).toContain('Points added to the total (out of 100)');
  expect(all).toContain('Threshold 80 %');
  for (const chrome of CHROME) expect(all).not.toContain(chrome);
}

interface ExampleScore {
  vendorId: string;
  criterionId: string;
  evaluatorId: string;
  value: number | null;
  note?: string;
}
interface Named {
  id: string;
  name: string;
}
/** The worked example as the app bundles it (the file the report was made from). */
const EXAMPLE = (
  JSON.parse(readFixture('examples/small-assessment.json')) as {
    assessment: { categories: { criteria: Named[] }[]; vendors: Named[]; evaluators: Named[]; scores: ExampleScore[] };
  }
).assessment;

/** The lines, top to bottom, of the pages from the one titled `from` to the one titled `to` (not included). */
function sectionLines(pdf: PdfSummary, from: string, to: string | null): string[] {
  const lines = pdf.runs.map((runs) => pageLines(runs).map((line) => line.text));
  const titled = (title: string | null) => lines.findIndex((page) => page.slice(0, 3).includes(title ?? ''));
  const end = to === null ? lines.length : titled(to);
  expect(titled(from), `a page titled ${from}`).toBeGreaterThan(0);
  return lines.slice(titled(from), end).flat().filter((line) => line !== RUNNING && !/^Page \d+ of \d+$/.test(line));
}

/** Scale points as the appendix writes them: 4, 4.5, 3.33. */
const points = (x: number) => String(Math.round(x * 100) / 100);

/** Appendix A holds every evaluator's score beside the consensus for every vendor; B every note. */
function expectAppendix(pdf: PdfSummary): void {
  const matrix = sectionLines(pdf, 'Appendix A: Scores by evaluator', 'Appendix B: Evidence notes');
  expect(matrix).toContain(`Criterion Consensus ${EXAMPLE.evaluators.map((e) => e.name).join(' ')}`);
  const criteria = EXAMPLE.categories.flatMap((k) => k.criteria);
  let shown = 0;
  for (const vendor of EXAMPLE.vendors) {
    const at = matrix.findIndex((line) => line.startsWith(`${vendor.name} · rank `));
    expect(at, `the score table of ${vendor.name}`).toBeGreaterThanOrEqual(0);
    const next = matrix.findIndex((line, i) => i > at && / · rank \d+ · /.test(line));
    const table = matrix.slice(at, next < 0 ? undefined : next);
    for (const criterion of criteria) {
      const values = EXAMPLE.evaluators.map(
        (e) => EXAMPLE.scores.find((s) => s.vendorId === vendor.id && s.criterionId === criterion.id && s.evaluatorId === e.id)?.value ?? null,
      );
      const given = values.filter((v): v is number => v !== null);
      shown += given.length;
      const consensus = given.length === 0 ? '—' : points(given.reduce((a, b) => a + b, 0) / given.length);
      expect(table).toContain(`${criterion.name} ${consensus} ${values.map((v) => (v === null ? '—' : points(v))).join(' ')}`);
    }
  }
  expect(shown).toBe(EXAMPLE.scores.filter((s) => s.value !== null).length);

  const notes = flat(sectionLines(pdf, 'Appendix B: Evidence notes', 'Appendix C: Calibration and must-haves').join(' '));
  const written = EXAMPLE.scores.filter((s) => s.note);
  expect(written.length).toBeGreaterThan(0);
  for (const score of written) expect(notes).toContain(score.note);
  expect(flat(sectionLines(pdf, 'Appendix C: Calibration and must-haves', null).join(' '))).toContain(
    'Independent audits min 3 Contoso CX 2.5 Failed',
  );
}

/**
 * The PDF rendered page by page (pdftoppm): as many pages as the report should have, none blank, and
 * no page ending with a table header, a heading or a caption.
 */
function expectPages(bytes: Buffer, pdf: PdfSummary, format: 'A4' | 'Letter', sticky: string[], testInfo: TestInfo): void {
  const pages = renderPages(bytes, testInfo.outputPath(`report-${format}`));
  expect(pages).toHaveLength(PAGES[format]);
  expect(pdf.pages).toHaveLength(PAGES[format]);
  for (const { png, ink } of pages) expect(ink, `ink on ${png}`).toBeGreaterThan(0.004);
  expect(strandedAtPageEnd(pdf, sticky)).toEqual([]);
}

test('the report prints to PDF on A4 and Letter with every section and no app chrome', async ({ page }, testInfo) => {
  await openReport(page);
  // While the report is shown the title names the assessment and the day: the saved PDF's default name.
  const title = `${NAME} — evaluation report — ${await today(page)}`;
  await expect(page).toHaveTitle(title);
  await expectNoViolations(page, 'the report');
  // The report is paper, light in either colour scheme.
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoViolations(page, 'the report (dark scheme)');
  await page.emulateMedia({ colorScheme: 'light' });
  const sticky = await stickyTexts(page);
  expect(sticky).toContain('Criterion Consensus Ana (Procurement) Ben (CX)');
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

  const a4Bytes = await page.pdf({ format: 'A4' });
  const a4 = readPdf(a4Bytes);
  for (const [w, h] of a4.pageSizes) expect([Math.round(w), Math.round(h)]).toEqual([596, 843]);
  expect(a4.title).toBe(title);
  expectReportText(a4);
  expectAppendix(a4);
  expectPages(a4Bytes, a4, 'A4', sticky, testInfo);

  // The `beforeprint` handler redrew the charts at twice the pixel density for paper.
  const ratios = await page.locator('.report canvas').evaluateAll((list) => list.map((c) => (c as HTMLCanvasElement).width / c.clientWidth));
  for (const ratio of ratios) expect(ratio).toBeCloseTo(2, 1);

  const letterBytes = await page.pdf({ format: 'Letter' });
  const letter = readPdf(letterBytes);
  for (const [w, h] of letter.pageSizes) expect([Math.round(w), Math.round(h)]).toEqual([612, 792]);
  expectReportText(letter);
  expectAppendix(letter);
  expectPages(letterBytes, letter, 'Letter', sticky, testInfo);
});

test('the print button prints, and the report is reachable by its own address', async ({ page }) => {
  await openWorkedExample(page);
  await page.goto('./#/a/demo-small/report');
  const report = page.getByRole('article', { name: 'Steering committee report' });
  await expect(report.getByRole('region', { name: 'Summary', exact: true })).toContainText('Tier-1 support outsourcing (worked example)');
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await report.getByRole('button', { name: 'Print or save as PDF' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  // The report's title lasts as long as the report: another screen has the app's own title back.
  await expect(page).toHaveTitle(`${NAME} — evaluation report — ${await today(page)}`);
  await page.getByRole('navigation', { name: 'Assessment sections' }).getByRole('link', { name: 'Results', exact: true }).click();
  await expect(page).toHaveTitle('BPO Partner Workbench');
});
