// Opening a 3-year contract with 30 service levels and daily results (~33,000 rows, large-contract.ts),
// imported once through the home screen's "Import JSON file" in a fresh profile on disk (SPEC §11: it
// opens with grid, credits and charts drawn in ≤ 300 ms). Five times each:
// - from the Contracts list: the contract's link clicked → the months × service levels grid has its
//   rows, the credit sentences are listed and every chart on the screen has drawn (each contract chart
//   marks its first draw, 'contract-chart-drawn'), as users open a contract;
// - a reload of the contract's screen, once the app is installed (ui.ts installed): from navigation to the same.
// Also the longest main-thread task of each. Floor: a bare page of the same origin reading every record
// of the app's IndexedDB databases (what the app must at least read), as for the pilot (pilot-open.ts).
import type { Page } from 'playwright-core';
import { diskContext, repeat, within } from './browser';
import { contractCsvBench } from './contract-csv';
import { CONTRACT_ID, CONTRACT_NAME, largeContractFile } from './large-contract';
import { bareRead } from './pilot-open';
import type { Row } from './report';
import { arm, chartsDrawnAt, fileOnDisk, importAssessmentFile, installed, longTasks, seen, settled } from './ui';

/** The grid has its rows and the credits their sentences (page source text). */
const CONTRACT_SHOWN = `() => {
  const grid = [...document.querySelectorAll('main table')].find((t) => /service levels by month/i.test(t.querySelector('caption')?.textContent ?? ''));
  if (!grid || !grid.tBodies[0] || grid.tBodies[0].rows.length === 0) return false;
  const credits = [...document.querySelectorAll('main section')].find((s) => s.querySelector('h3')?.textContent.trim() === 'Credits and earn-back');
  return !!credits && credits.querySelectorAll('li').length > 0;
}`;

/** When the grid and credits were painted and every chart drawn (page clock), from the moment `since` on. */
async function shown(page: Page, since: number): Promise<{ grid: number; charts: number; end: number }> {
  const grid = (await within(120_000, 'the grid and credits shown', seen(page, 'contract'))).painted;
  const charts = await within(120_000, 'every contract chart drawn', chartsDrawnAt(page, 'contract-chart-drawn', since));
  return { grid, charts, end: Math.max(grid, charts) };
}

interface OpenRun {
  ms: number;
  gridMs: number;
  longestMs: number;
  charts: number;
}

async function reloadRun(page: Page): Promise<OpenRun> {
  await page.reload({ waitUntil: 'commit' });
  const { grid, end } = await shown(page, 0);
  const longest = (await longTasks(page, 0, await settled(page, end))).longest;
  return { ms: end, gridMs: grid, longestMs: longest, charts: (await page.evaluate(`document.querySelectorAll('main canvas').length`)) as number };
}

async function fromListRun(page: Page): Promise<OpenRun> {
  await page.getByRole('navigation', { name: 'Assessment sections' }).getByRole('link', { name: 'Contracts' }).click();
  const link = page.getByRole('link', { name: CONTRACT_NAME }).first();
  await link.waitFor();
  await settled(page, (await page.evaluate('performance.now()')) as number);
  await page.evaluate('performance.clearMarks("contract-chart-drawn")');
  await arm(page, 'contract', CONTRACT_SHOWN);
  await link.click();
  const clicked = (await page.evaluate('__bench.clickAt')) as number;
  const { grid, end } = await shown(page, clicked);
  const longest = (await longTasks(page, clicked, await settled(page, end))).longest;
  return { ms: end - clicked, gridMs: grid - clicked, longestMs: longest, charts: (await page.evaluate(`document.querySelectorAll('main canvas').length`)) as number };
}

/** Imports the large contract's assessment file in a fresh profile; resolves with the contract screen's address. */
async function seedLargeContract(page: Page, url: string, path: string): Promise<string> {
  await importAssessmentFile(page, url, path);
  const assessmentId = /#\/a\/([^/]+)/.exec(page.url())![1];
  return `${url}#/a/${assessmentId}/contracts/${CONTRACT_ID}`;
}

const ms = (runs: number[]) => runs.map((x) => Math.round(x)).join(', ');

export async function contractBench(url: string, runs = 5): Promise<Row[]> {
  const { text, rows } = largeContractFile();
  const path = fileOnDisk('large-contract.json', Buffer.from(text));
  const k = `${(rows / 1000).toFixed(1)}k`;
  const out: Row[] = [];
  const { context, page, close } = await diskContext();
  try {
    const screen = await seedLargeContract(page, url, path);
    await page.goto(screen);
    await page.getByRole('table', { name: /service levels by month/ }).waitFor();
    await installed(page);
    await settled(page, (await page.evaluate('performance.now()')) as number);
    await context.addInitScript(`if (/\\/contracts\\/./.test(location.hash)) __bench.arm('contract', ${CONTRACT_SHOWN})`);
    const reloads = await repeat(runs, () => reloadRun(page));
    const fromList = await repeat(runs, () => fromListRun(page));
    const floor = { what: 'bare page reads all IndexedDB', runs: await repeat(runs, () => bareRead(page, url)) };
    const charts = fromList[0].charts;
    out.push(
      {
        figure: `contract 36 months × 30 SLs (${k} rows): from the Contracts list → grid, credits, charts drawn`,
        unit: 'ms',
        runs: fromList.map((r) => r.ms),
        floor,
        goal: { on: 'value', max: 300 },
        note: `grid and credits painted ${ms(fromList.map((r) => r.gridMs))} ms; ${charts} charts; longest task ${ms(fromList.map((r) => r.longestMs))} ms`,
      },
      {
        figure: `contract ${k} rows: reload → grid, credits, charts drawn`,
        unit: 'ms',
        runs: reloads.map((r) => r.ms),
        floor,
        note: `grid and credits painted ${ms(reloads.map((r) => r.gridMs))} ms; longest task ${ms(reloads.map((r) => r.longestMs))} ms`,
      },
      { figure: `contract ${k} rows: from the list, longest main-thread task`, unit: 'ms', runs: fromList.map((r) => r.longestMs) },
    );
  } finally {
    await close();
  }
  return [...out, ...(await contractCsvBench(url, runs))];
}
