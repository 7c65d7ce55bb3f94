// Measurements CSV import (target ≤ 2 s): a 100,000-row CSV (~4 MB) from file choice to rows stored
// and shown (the summary on screen), against the raw PapaParse parse time of the same file measured
// in the same page (the worker's parse-only time: reading + decoding + Papa), and the longest
// main-thread task during the import. Targets: ≤ 2 s, ≤ 3× the raw parse, longest task ≤ 100 ms.
//
// Run alone: `npm run bench -- csv-import`, or `npx tsx scripts/bench/csv-import.ts [--no-build]` (builds dist/
// and serves it on a free port), or
// `CSV_BENCH_URL=http://127.0.0.1:4163/ npx tsx scripts/bench/csv-import.ts` against a running build.
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, startServer } from './browser';

interface CsvImportResult {
  /** File chosen → rows stored and the summary shown ("Import N rows" is pressed as soon as it appears). */
  totalMs: number;
  /** Raw parse of the same file in the page: the worker's read + decode + PapaParse time. */
  parseMs: number;
  ratio: number;
  longestTaskMs: number;
  /** The longest task while reading, checking and previewing the file (before "Import N rows"). */
  longestBeforeConfirmMs: number;
  /** Papa.parse of the same text in Node, for reference. */
  nodeParseMs: number;
  /** File chosen → preview ready (parsed, validated, rows on the main thread). */
  previewMs: number;
  /** "Import N rows" pressed → summary shown (one IndexedDB transaction, the pilot screen updated). */
  saveMs: number;
  rows: number;
  megabytes: number;
}

const KPIS = ['csat', 'fcr', 'aht', 'backlog'];
const SITES = ['Lisbon site early shift', 'Lisbon site late shift', 'Porto overflow team', ''];

/** 100,000 rows for the worked example's pilot (2027-01-04..31) plus a baseline and an after period. */
function measurementsCsv(rows = 100_000): string {
  const lines = ['date,kpi,value,n,note'];
  const start = Date.UTC(2026, 11, 1);
  for (let i = 0; i < rows; i++) {
    const kpi = KPIS[i % 4];
    const date = new Date(start + Math.floor((i / rows) * 90) * 86_400_000).toISOString().slice(0, 10);
    const wobble = ((i * 7919) % 1000) / 1000;
    const value = kpi === 'csat' ? 80 + 10 * wobble : kpi === 'fcr' ? 68 + 12 * wobble : kpi === 'aht' ? 380 + 90 * wobble : 60 + 80 * wobble;
    const n = kpi === 'csat' || kpi === 'fcr' ? String(40 + (i % 160)) : '';
    lines.push(`${date},${kpi},${value.toFixed(kpi === 'aht' || kpi === 'backlog' ? 0 : 2)},${n},${SITES[i % SITES.length]}`);
  }
  return lines.join('\n') + '\n';
}

export async function csvImportBench(url: string): Promise<CsvImportResult> {
  const text = measurementsCsv();
  const buffer = Buffer.from(text);
  const nodeStart = performance.now();
  Papa.parse(text, { delimiter: ',', newline: '\n' });
  const nodeParseMs = performance.now() - nodeStart;

  // On-disk profile: incognito contexts keep IndexedDB in memory, ~2× faster than users get.
  const profile = mkdtempSync(join(tmpdir(), 'csv-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 1000 },
  });
  try {
    const page = await context.newPage();
    await page.goto(url + '#/');
    const example = readFileSync(new URL('../../src/data/small-assessment.json', import.meta.url));
    await page.getByLabel('Import JSON file').first().setInputFiles({ name: 'example.json', mimeType: 'application/json', buffer: example });
    await page.waitForURL(/#\/a\//);
    await page.goto(url + '#/a/demo-small/pilots/northwind-q1');
    const input = page.getByLabel('Import measurements CSV');
    await input.waitFor({ state: 'attached' });

    await page.evaluate(() => {
      const w = window as unknown as { __csvLongTasks: { start: number; duration: number }[] };
      w.__csvLongTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__csvLongTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask' });
    });

    // Press "Import N rows" the moment it is enabled, from inside the page: the figure is the app's
    // work from file choice to stored and shown, not the test driver's polling or a person's pause.
    // The page also reports the end itself (the app's "shown" mark, after the summary is painted), so
    // no driver polling or script injection runs inside the measured time.
    const shown = page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => {
            const button = [...document.querySelectorAll('button')].find((b) => /^Import [\d,]+ rows$/.test(b.textContent?.trim() ?? '') && !b.disabled);
            if (!button) return;
            observer.disconnect();
            // In a task of its own, as a real click would be.
            setTimeout(() => button.click(), 0);
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
          new PerformanceObserver((list, self) => {
            if (!list.getEntriesByName('csv-import:shown').length) return;
            self.disconnect();
            resolve();
          }).observe({ type: 'mark' });
        }),
    );
    await input.setInputFiles({ name: 'measurements-100k.csv', mimeType: 'text/csv', buffer });
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([shown, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('The import did not finish within 120 s.')), 120_000)))]);
    clearTimeout(timer);
    // "Shown" means the summary is on screen with the rows stored: checked, outside the measured time.
    // The pilot already holds rows for some of the file's KPIs and dates (10 and 17 January, 28
    // December): by default those are skipped, so every row is either imported or skipped as stored.
    const summary = page.getByText(/^Imported [\d,]+ rows; skipped [\d,]+ already stored; 0 rejected\./);
    await summary.waitFor({ state: 'visible', timeout: 1000 });
    const [imported, skipped] = ((await summary.textContent()) ?? '').match(/[\d,]+/g)!.map((t) => Number(t.replace(/,/g, '')));
    if (imported + skipped !== 100_000) throw new Error(`${imported} imported and ${skipped} skipped rows: expected 100,000 in all.`);
    // Let the pilot screen finish re-rendering with the new rows before reading the long tasks.
    await page.waitForTimeout(1000);

    // No named functions inside evaluate: tsx would wrap them in a helper the page does not have.
    const m = await page.evaluate(() => {
      const [chosen, parsed, confirm, shown] = ['chosen', 'parsed', 'confirm', 'shown'].map(
        (n) => performance.getEntriesByName(`csv-import:${n}`).at(-1) as PerformanceMark,
      );
      const detail = parsed.detail as { parseMs: number; rows: number };
      const tasks = (window as unknown as { __csvLongTasks: { start: number; duration: number }[] }).__csvLongTasks;
      return {
        totalMs: shown.startTime - chosen.startTime,
        previewMs: parsed.startTime - chosen.startTime,
        saveMs: shown.startTime - confirm.startTime,
        parseMs: detail.parseMs,
        rows: detail.rows,
        longestTaskMs: Math.max(0, ...tasks.filter((t) => t.start >= chosen.startTime).map((t) => t.duration)),
        longestBeforeConfirmMs: Math.max(0, ...tasks.filter((t) => t.start >= chosen.startTime && t.start < confirm.startTime).map((t) => t.duration)),
        tasks: tasks.filter((t) => t.start >= chosen.startTime).map((t) => [Math.round(t.start - chosen.startTime), Math.round(t.duration)]),
        timings: parsed.detail,
      };
    });
    if (process.env.CSV_BENCH_DEBUG) console.log(JSON.stringify({ tasks: m.tasks, timings: m.timings }));
    const round = (x: number) => +x.toFixed(1);
    return {
      totalMs: round(m.totalMs),
      parseMs: round(m.parseMs),
      ratio: +(m.totalMs / m.parseMs).toFixed(2),
      longestTaskMs: round(m.longestTaskMs),
      longestBeforeConfirmMs: round(m.longestBeforeConfirmMs),
      nodeParseMs: round(nodeParseMs),
      previewMs: round(m.previewMs),
      saveMs: round(m.saveMs),
      rows: m.rows,
      megabytes: +(buffer.length / 1e6).toFixed(2),
    };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  let url = process.env.CSV_BENCH_URL;
  let stop = () => {};
  if (!url) {
    if (!process.argv.includes('--no-build')) execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
    const server = await startServer();
    url = server.url;
    stop = server.stop;
  }
  try {
    const r = await csvImportBench(url);
    console.log(`CSV import ${r.rows.toLocaleString('en-US')} rows (${r.megabytes} MB): file chosen → stored and shown ${r.totalMs} ms   (budget ≤ 2000 ms)`);
    console.log(`  raw parse in the page (worker: read + decode + PapaParse) ${r.parseMs} ms; Papa.parse in Node ${r.nodeParseMs} ms`);
    console.log(`  total / raw parse = ${r.ratio}×   (budget ≤ 3×)`);
    console.log(`  longest main-thread task ${r.longestTaskMs} ms   (budget ≤ 100 ms); before "Import N rows" ${r.longestBeforeConfirmMs} ms`);
    console.log(`  preview ready after ${r.previewMs} ms; import pressed → summary shown ${r.saveMs} ms`);
    console.log(JSON.stringify(r));
  } finally {
    stop();
  }
}
