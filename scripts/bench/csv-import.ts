// Measurements CSV import through the pilot screen, at 10k, 100k and 1M rows: from the file chosen to
// the preview painted, and to the rows stored with the summary and the updated decision painted
// ("Import N rows" is pressed in the page the moment the preview has been painted). Floor: PapaParse
// parsing the same file's text in the same page (Papa.parse(text), defaults; the median of 3 after the
// import). Also the longest main-thread task from the file chosen until the page has had a second
// without one. A fresh browser profile on disk per run; files are given by path, as a user picks them.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { DAY_MS } from '../../src/domain/dates';
import { diskContext, repeat, within } from './browser';
import { med, type Row } from './report';
import { arm, fileInPage, fileOnDisk, longTasks, openExamplePilot, seen, settled } from './ui';

const PAPA = readFileSync(new URL('../../node_modules/papaparse/papaparse.min.js', import.meta.url), 'utf8');
const KPIS = ['csat', 'fcr', 'aht', 'backlog'];
const SITES = ['Lisbon site early shift', 'Lisbon site late shift', 'Porto overflow team', ''];

/** Rows for the worked example's pilot (2027-01-04..31), with a baseline and an after period: 90 days in all. */
export function measurementsCsv(rows: number): Buffer {
  const lines = ['date,kpi,value,n,note'];
  const start = Date.UTC(2026, 11, 1);
  for (let i = 0; i < rows; i++) {
    const kpi = KPIS[i % 4];
    const date = new Date(start + Math.floor((i / rows) * 90) * DAY_MS).toISOString().slice(0, 10);
    const wobble = ((i * 7919) % 1000) / 1000;
    const value = kpi === 'csat' ? 80 + 10 * wobble : kpi === 'fcr' ? 68 + 12 * wobble : kpi === 'aht' ? 380 + 90 * wobble : 60 + 80 * wobble;
    const n = kpi === 'csat' || kpi === 'fcr' ? String(40 + (i % 160)) : '';
    lines.push(`${date},${kpi},${value.toFixed(kpi === 'aht' || kpi === 'backlog' ? 0 : 2)},${n},${SITES[i % SITES.length]}`);
  }
  return Buffer.from(lines.join('\n') + '\n');
}

// Conditions on screen (source text, see page-probe.ts).
export const PREVIEW = `() => { const b = __bench.find('button', /^Import [\\d,]+ rows?$/); return b && !b.disabled; }`;
export const PRESS_IMPORT = `__bench.seen.preview.then(() => __bench.find('button', /^Import [\\d,]+ rows?$/).click()), 0`;
export const SUMMARY = `() => __bench.find('[role="status"]', /Imported [\\d,]+ rows?/)`;
export const FAILED = `() => __bench.find('[role="alert"]', /Not imported/)`;
const DECISION_CHANGED = `() => { const d = document.querySelector('[aria-label="Decision"]'); return d && d.textContent !== __bench.decisionBefore; }`;

export interface CsvRun {
  previewMs: number;
  storedMs: number;
  longestMs: number;
  over100: number;
  parseMs: number;
  decisionChanged: boolean;
}

/** Imports `rows` rows into the example pilot through its CSV import; resolves when the summary is shown. */
export async function importCsv(page: Page, path: string, rows: number): Promise<{ chosen: number; preview: number; end: number; decisionChanged: boolean }> {
  await page.evaluate(`__bench.decisionBefore = document.querySelector('[aria-label="Decision"]').textContent`);
  await arm(page, 'preview', PREVIEW);
  await page.evaluate(PRESS_IMPORT);
  await arm(page, 'summary', SUMMARY);
  await arm(page, 'failed', FAILED);
  await arm(page, 'decision', DECISION_CHANGED);
  await page.getByLabel('Import measurements CSV').setInputFiles(path);
  const failed = seen(page, 'failed').then(async () => {
    throw new Error(`CSV import failed: ${await page.getByRole('alert').filter({ hasText: 'Not imported' }).textContent()}`);
  });
  const summary = await within(600_000, `CSV import of ${rows} rows`, Promise.race([seen(page, 'summary'), failed]));
  // The decision is redrawn with the new rows, before or after the summary: wait for it (a few seconds at most).
  const decision = await Promise.race([seen(page, 'decision'), new Promise<null>((resolve) => setTimeout(() => resolve(null), 5000))]);
  const text = (await page.getByRole('status').filter({ hasText: /Imported [\d,]+ rows?/ }).textContent()) ?? '';
  const [imported, skipped] = (text.match(/[\d,]+/g) ?? []).map((t) => Number(t.replace(/,/g, '')));
  if (imported + skipped !== rows) throw new Error(`"${text.trim()}": expected ${rows} rows imported or skipped as already stored.`);
  const chosen = (await page.evaluate('__bench.changeAt')) as number;
  const preview = (await seen(page, 'preview')).painted;
  return { chosen, preview, end: Math.max(summary.painted, decision?.painted ?? 0), decisionChanged: decision !== null };
}

/** Papa.parse of the same file's text in the page, the median of 3 (reading the file not counted). */
export async function papaParseMs(page: Page, path: string, rows: number): Promise<number> {
  await fileInPage(page, path);
  await page.evaluate(PAPA);
  const times = (await page.evaluate(`__bench.file.text().then((text) => [0, 1, 2].map(() => {
    const t0 = performance.now();
    const parsed = Papa.parse(text);
    const ms = performance.now() - t0;
    if (parsed.data.length < ${rows}) throw new Error('Papa parsed ' + parsed.data.length + ' rows');
    return ms;
  }))`)) as number[];
  return med(times);
}

async function csvRun(url: string, path: string, rows: number): Promise<CsvRun> {
  const { page, close } = await diskContext();
  try {
    await openExamplePilot(page, url);
    const r = await importCsv(page, path, rows);
    const tasks = await longTasks(page, r.chosen, await settled(page, r.end));
    const parseMs = await papaParseMs(page, path, rows);
    return { previewMs: r.preview - r.chosen, storedMs: r.end - r.chosen, longestMs: tasks.longest, over100: tasks.over100, parseMs, decisionChanged: r.decisionChanged };
  } finally {
    await close();
  }
}

const label = (rows: number) => (rows >= 1e6 ? `${rows / 1e6}M` : `${rows / 1e3}k`);

export async function csvImportBench(url: string, sizes: number[], runsAt = (rows: number) => (rows >= 1e6 ? 3 : 5)): Promise<Row[]> {
  const out: Row[] = [];
  const stored = new Map<number, number[]>();
  for (const rows of sizes) {
    const buffer = measurementsCsv(rows);
    const path = fileOnDisk(`measurements-${rows}.csv`, buffer);
    const runs = await repeat(runsAt(rows), () => csvRun(url, path, rows));
    const floor = { what: 'Papa.parse, same page', runs: runs.map((r) => r.parseMs) };
    const n = label(rows);
    const mb = (buffer.length / 1e6).toFixed(1);
    stored.set(rows, runs.map((r) => r.storedMs));
    out.push(
      { figure: `CSV import ${n} rows (${mb} MB): chosen → preview painted`, unit: 'ms', runs: runs.map((r) => r.previewMs), floor },
      {
        figure: `CSV import ${n} rows: chosen → stored, decision painted`,
        unit: 'ms',
        runs: runs.map((r) => r.storedMs),
        floor,
        ...(rows === 100_000 ? { goal: { on: 'ratio', max: 2 } } : rows === 1_000_000 ? { goal: { on: 'ratio', max: 2.5 } } : {}),
        ...(runs.some((r) => !r.decisionChanged) ? { note: 'the decision text did not change within 5 s of the summary: timed to the summary' } : {}),
      } as Row,
      {
        figure: `CSV import ${n} rows: longest main-thread task`,
        unit: 'ms',
        runs: runs.map((r) => r.longestMs),
        goal: { on: 'value', max: 100 },
        note: `tasks over 100 ms per import: ${runs.map((r) => r.over100).join(', ')}`,
      },
    );
  }
  const [small, large] = [stored.get(100_000), stored.get(1_000_000)];
  if (small && large) {
    // Spread: the growth between each size's fastest and slowest runs.
    const growth = [Math.min(...large) / Math.max(...small), med(large) / med(small), Math.max(...large) / Math.min(...small)];
    out.push({ figure: 'CSV import growth 100k → 1M rows (stored)', unit: '×', runs: growth, derived: true, goal: { on: 'value', max: 11 }, note: 'min–max: fastest 1M ÷ slowest 100k, slowest 1M ÷ fastest 100k' });
  }
  return out;
}
