// The executive dashboard and a contract's QBR pack in the built app (SPEC §11): the contract example
// (tests/fixtures/examples/contract-assessment.json) imported through the home screen, the page's clock
// set to 10 May 2027 so that January to April are reported. The dashboard lists the contract with its
// year's credits and links to its pack; the pack, printed with Chromium's own print path (page.pdf),
// has three numbered pages on A4 and on Letter (the cover with its money, summary and chart; the service levels with the
// reason for each credit; the reviews, actions and decisions) and none of the app around it.
import { test, expect, openHome } from './fixtures';
import { pageLines, readPdf } from './pdf-text';
import { renderPages, strandedAtPageEnd, stickyTexts } from './print-layout';
import { expectNoViolations } from './axe';
import { readFixture } from '../fixtures/paths';

const CONTRACT = 'Northwind Contact, tier-1 support 2027';
const RUNNING = 'NORTHWIND CONTACT, TIER-1 SUPPORT 2027 · QUARTERLY BUSINESS REVIEW Q1 2027';
/** Text of the app around the pack: top bar, assessment header, tabs and the pack's own toolbar. */
const CHROME = ['Storage & about', 'All assessments', 'Export JSON', 'Checklist Vendors Scoring', 'Print / Save as PDF', 'Back to the contract'];
const flat = (text: string) => text.replace(/\s+/g, ' ');

test('the dashboard lists the example contract and its QBR pack prints on three numbered pages', async ({ page }, testInfo) => {
  await page.clock.setFixedTime(new Date('2027-05-10T10:00:00Z'));
  await openHome(page);
  await page.getByRole('navigation', { name: 'App' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('region', { name: 'No contracts yet' })).toContainText('choose “Create contract”');

  await page.goto('./#/');
  await page.getByLabel(/Import/).first().setInputFiles({ name: 'contract.json', mimeType: 'application/json', buffer: Buffer.from(readFixture('examples/contract-assessment.json')) });
  await expect(page).toHaveURL(/#\/a\//);
  await page.getByRole('navigation', { name: 'App' }).getByRole('link', { name: 'Dashboard' }).click();
  const card = page.getByRole('list', { name: 'Live contracts, needing attention first' }).getByRole('article', { name: CONTRACT });
  await expect(card).toContainText('Northwind Contact · Tier-1 support outsourcing (worked example) · Runs to December 2027');
  await expect(card).toContainText('Credits payable this year');
  await expect(card.getByRole('definition')).toHaveText(['April 2027', 'None', '€14,400 payable, €9,600 earned back', 'None', 'No open actions']);
  await expect(card.getByRole('link', { name: CONTRACT })).toHaveAttribute('href', '#/a/demo-small/contracts/northwind-2027');
  await expectNoViolations(page, 'the dashboard');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoViolations(page, 'the dashboard (dark scheme)');
  await page.emulateMedia({ colorScheme: 'light' });

  await card.getByRole('link', { name: 'Quarterly business review' }).click();
  const pack = page.getByRole('article', { name: 'Quarterly business review' });
  await expect(page.getByRole('combobox', { name: 'Quarter' })).toHaveValue('Q2 2027');
  await page.getByRole('combobox', { name: 'Quarter' }).selectOption('Q1 2027');
  await expect(pack).toContainText('January to March 2027');
  await expect(pack.locator('canvas')).toHaveCount(1);
  await page.waitForFunction(() => {
    const c = document.querySelector<HTMLCanvasElement>('.qbr canvas');
    const data = c?.getContext('2d')?.getImageData(0, 0, c.width, c.height).data;
    return !!data && data.some((v, i) => i % 4 === 3 && v > 0);
  });
  await expect(page).toHaveTitle(`${CONTRACT} — QBR Q1 2027`);
  await expectNoViolations(page, 'the QBR pack');

  // Print media: the pack alone.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'App' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print / Save as PDF' })).toBeHidden();
  await expect(pack.getByRole('heading', { name: CONTRACT, level: 1 })).toBeVisible();
  const sticky = await stickyTexts(page, '.qbr');
  // Back to no emulation: page.pdf() prints with print media unless screen media is emulated.
  await page.emulateMedia({ media: null });

  const bytes = await page.pdf({ format: 'A4' });
  const printed = readPdf(bytes);
  for (const { png, ink } of renderPages(bytes, testInfo.outputPath('qbr-A4'))) expect(ink, `ink on ${png}`).toBeGreaterThan(0.004);
  // The shorter Letter page keeps the cover on one page too: three pages, none ending with a heading.
  const letter = readPdf(await page.pdf({ format: 'Letter' }));
  expect(letter.pages).toHaveLength(3);
  expect(strandedAtPageEnd(letter, sticky)).toEqual([]);
  expect(printed.title).toBe(`${CONTRACT} — QBR Q1 2027`);
  expect(printed.pages).toHaveLength(3);
  printed.pages.forEach((text, i) => expect(text).toMatch(new RegExp(`^Page ${i + 1}\\s+of 3\\n`)));
  expect(strandedAtPageEnd(printed, sticky)).toEqual([]);
  const lines = printed.runs.map((runs) => flat(pageLines(runs).map((line) => line.text).join(' ')));

  expect(lines[0]).toContain(`QUARTERLY BUSINESS REVIEW · Q1 2027 ${CONTRACT} With Northwind Contact · January to March 2027 · figures as of May 10, 2027`);
  // The money's figures under their labels, row by row.
  expect(lines[0]).toContain('SCORECARD quarter average CREDITS PAYABLE NET bonus − payable credits 97.5 €14,400 -€14,400');
  expect(lines[0]).toContain('EARNED BACK PENDING earn-back undecided BONUS €9,600 €0 €0');
  expect(lines[0]).toContain('Breaches Customer satisfaction (CSAT) in January; Average handle time (AHT) and Backlog in February.');
  expect(lines[0]).toContain('Up to €24,000 a month is at risk (12 % of €200,000)');
  expect(lines[0]).toContain('Expected (100)'); // drawn by Chart.js: the chart was on paper

  expect(lines[1]).toMatch(new RegExp(`^${RUNNING} Service levels and credits`));
  // Each month's value, then its status in words, row by row.
  expect(lines[1]).toContain('Customer 79.5 % 85 % 86 % satisfaction (CSAT) ✕ Breach ★ Exceeds expected ★ Exceeds expected');
  expect(lines[1]).toContain('Net €0 -€14,400 €0 Scorecard 95.9 95.8 100.8');
  expect(lines[1]).toContain("January's Customer satisfaction (CSAT) credit of €9,600 was earned back: Customer satisfaction (CSAT) met 85 % in February, March and April.");
  expect(lines[1]).toContain("February's Average handle time (AHT) credit of €14,400 is payable: Average handle time (AHT) was 405 s in April, above the expected 400 s.");

  expect(lines[2]).toMatch(new RegExp(`^${RUNNING} Reviews, actions and decisions`));
  expect(lines[2]).toContain('Monthly review: February performance review');
  expect(lines[2]).toContain('Recorded in Q1 2027 Action Owner Due Status Recorded Refresher on the new billing flows Northwind Mar 20, 2027 Done Mar 5, 2027');
  expect(lines[2]).toContain('Decisions from the pilot');

  for (const chrome of CHROME) expect(lines.join(' ')).not.toContain(chrome);
});
