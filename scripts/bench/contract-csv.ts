// A month's results CSV imported into the large contract (large-contract.ts; SPEC §11: it keeps the main
// thread free as the pilot's import does, no task over 100 ms): the contract without the last month that
// has ended, then that month's daily results for its 30 service levels (~900 rows) chosen through the
// contract screen's "Import results CSV". Timed from the file chosen to the preview painted, and to the
// rows stored with the summary and the grid's row of that month showing values painted ("Import N rows"
// is pressed in the page the moment the preview has been painted), with the longest main-thread task from
// the file chosen until the page has had a second without one. Floor: PapaParse parsing the same text in
// the same page (as csv-import.ts). A fresh browser profile on disk per run; the file given by path.
// Left out (a line on stderr, no rows) while the contract screen has no CSV import.
import { diskContext, repeat, within } from './browser';
import { FAILED, papaParseMs, PRESS_IMPORT, PREVIEW, SUMMARY, type CsvRun } from './csv-import';
import { CONTRACT_NAME, lastEndedMonth, largeContractFile, monthCsv } from './large-contract';
import type { Row } from './report';
import { arm, fileOnDisk, importAssessmentFile, longTasks, seen, settled } from './ui';

const INPUT = 'Import results CSV';

/** The grid's row of `monthName` (e.g. "November 2026") shows a value in its first service level's cell. */
const monthShown = (monthName: string) => `() => {
  const grid = [...document.querySelectorAll('main table')].find((t) => /service levels by month/i.test(t.querySelector('caption')?.textContent ?? ''));
  const row = grid && [...grid.tBodies[0].rows].find((r) => r.cells[0].textContent.trim().startsWith(${JSON.stringify(monthName)}));
  return !!row && !row.cells[1].textContent.trim().startsWith('—');
}`;

const monthNameOf = (month: string) => new Date(`${month}-01T00:00:00Z`).toLocaleString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });

type MonthRun = Omit<CsvRun, 'decisionChanged'>;

async function csvRun(url: string, seedPath: string, csvPath: string, rows: number, monthName: string): Promise<MonthRun | null> {
  const { page, close } = await diskContext();
  try {
    await importAssessmentFile(page, url, seedPath);
    await page.getByRole('navigation', { name: 'Assessment sections' }).getByRole('link', { name: 'Contracts' }).click();
    await page.getByRole('link', { name: CONTRACT_NAME }).first().click();
    await page.getByRole('table', { name: /service levels by month/ }).waitFor();
    const input = page.getByLabel(INPUT);
    // The screen paints the grid first and its tools after it (a frame or so later).
    if (!(await input.waitFor({ state: 'attached', timeout: 10_000 }).then(() => true, () => false))) return null;
    await settled(page, (await page.evaluate('performance.now()')) as number);
    await arm(page, 'preview', PREVIEW);
    await page.evaluate(PRESS_IMPORT);
    await arm(page, 'summary', SUMMARY);
    await arm(page, 'failed', FAILED);
    await arm(page, 'grid', monthShown(monthName));
    await input.setInputFiles(csvPath);
    const failed = seen(page, 'failed').then(async () => {
      throw new Error(`CSV import failed: ${await page.getByRole('alert').filter({ hasText: 'Not imported' }).textContent()}`);
    });
    const summary = await within(120_000, `contract CSV import of ${rows} rows`, Promise.race([seen(page, 'summary'), failed]));
    const grid = await within(10_000, `the grid's ${monthName} row updated`, seen(page, 'grid'));
    const text = (await page.getByRole('status').filter({ hasText: /Imported [\d,]+ rows?/ }).textContent()) ?? '';
    const imported = Number((/Imported ([\d,]+)/.exec(text)?.[1] ?? '0').replace(/,/g, ''));
    if (imported !== rows) throw new Error(`"${text.trim()}": expected ${rows} rows imported.`);
    const chosen = (await page.evaluate('__bench.changeAt')) as number;
    const preview = (await seen(page, 'preview')).painted;
    const end = Math.max(summary.painted, grid.painted);
    const tasks = await longTasks(page, chosen, await settled(page, end));
    return { previewMs: preview - chosen, storedMs: end - chosen, longestMs: tasks.longest, over100: tasks.over100, parseMs: await papaParseMs(page, csvPath, rows) };
  } finally {
    await close();
  }
}

export async function contractCsvBench(url: string, runs = 5): Promise<Row[]> {
  const month = lastEndedMonth();
  const seedPath = fileOnDisk(`large-contract-without-${month}.json`, Buffer.from(largeContractFile(month).text));
  const { buffer, rows } = monthCsv(month);
  const csvPath = fileOnDisk(`results-${month}.csv`, buffer);
  const first = await csvRun(url, seedPath, csvPath, rows, monthNameOf(month));
  if (!first) {
    console.error(`[bench] contract CSV import left out: the contract screen has no "${INPUT}" yet`);
    return [];
  }
  const all = [first, ...(await repeat(runs - 1, async () => (await csvRun(url, seedPath, csvPath, rows, monthNameOf(month)))!))];
  const floor = { what: 'Papa.parse, same page', runs: all.map((r) => r.parseMs) };
  return [
    { figure: `contract CSV import, a month (${rows} rows): chosen → preview painted`, unit: 'ms', runs: all.map((r) => r.previewMs), floor },
    { figure: `contract CSV import, a month: chosen → stored, grid updated`, unit: 'ms', runs: all.map((r) => r.storedMs), floor },
    {
      figure: `contract CSV import, a month: longest main-thread task`,
      unit: 'ms',
      runs: all.map((r) => r.longestMs),
      goal: { on: 'value', max: 100 },
      note: `tasks over 100 ms per import: ${all.map((r) => r.over100).join(', ')}`,
    },
  ];
}
