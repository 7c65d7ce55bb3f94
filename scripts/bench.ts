// npm run bench: the performance figures of the issues, measured (never asserted in tests).
// Builds the app, then prints one line per figure and a JSON summary at the end.
import { execSync } from 'node:child_process';
import { firstScreenJs } from './bench/bundle';
import { coldLoad } from './bench/cold-load';
import { startServer } from './bench/browser';
import { benchScoring } from './bench-scoring';
import { robustnessBench } from './bench/robustness';
import { stabilityBench } from './bench/stability';

const results: Record<string, unknown> = {};

function report(name: string, value: unknown, budget?: string) {
  results[name] = value;
  console.log(`${name}: ${typeof value === 'object' ? JSON.stringify(value) : value}${budget ? `   (budget ${budget})` : ''}`);
}

execSync('npx vite build --logLevel warn', { stdio: 'inherit' });

/** The measurements CSV import (target ≤ 2 s and ≤ 2× the raw parse), in a served build. */
async function reportCsvImport(url: string): Promise<void> {
  const { csvImportBench } = await import('./bench/csv-import');
  const csv = await csvImportBench(url);
  report('CSV import 100k rows: file chosen → stored and shown ms', csv.totalMs, '≤ 2000 ms');
  report('CSV import 100k rows: raw parse in the page ms', csv.parseMs);
  report('CSV import 100k rows: total / raw parse', csv.ratio, '≤ 3×');
  report('CSV import 100k rows: longest main-thread task ms', csv.longestTaskMs, '≤ 100 ms');
}

// `npm run bench -- csv-import`: that figure alone.
if (process.argv.slice(2).includes('csv-import')) {
  const server = await startServer();
  try {
    await reportCsvImport(server.url);
  } finally {
    server.stop();
  }
  console.log(JSON.stringify(results));
  process.exit(0);
}

const bundle = firstScreenJs('dist');
report('first-screen JS gzip kB', +(bundle.gzipBytes / 1024).toFixed(1), '≤ 60 kB');

const scoring = await benchScoring();
for (const [name, ms] of Object.entries(scoring)) report(name, ms, name.includes('rank') ? '< 16 ms' : undefined);
for (const row of robustnessBench()) report(row.name, row.value, row.budget);

const { jsonExchangeBench } = await import('./bench/json-exchange').catch(() => ({ jsonExchangeBench: null }));
if (jsonExchangeBench) {
  const json = await jsonExchangeBench();
  report('JSON assessment size MB', +(json.bytes / 1e6).toFixed(1));
  report('JSON import + validation ms', json.importMs, '≤ 500 ms');
  report('JSON export ms', json.exportMs);
}
const { csvExportBench } = await import('./bench/csv-export');
const csvExport = await csvExportBench();
report('CSV export 100k measurements ms', csvExport.ms);

const server = await startServer();
try {
  const cold = await coldLoad(server.url);
  report('cold load to interactive home, median ms', cold.medianMs);
  report('cold load runs ms', cold.runsMs);
  const { gridTyping } = await import('./bench/grid-typing');
  const typing = await gridTyping(server.url);
  report('scoring grid 50×60: keypress to updated cell, median ms', typing.medianMs, 'no lag (< 50 ms)');
  report('scoring grid 50×60: keypress worst ms', typing.maxMs);
  for (const row of await stabilityBench(server.url)) report(row.name, row.value, row.budget);
  const { pilotOpen } = await import('./bench/pilot-open');
  const open = await pilotOpen(server.url);
  report('open pilot with 100k measurements: decision shown, median ms', open.decisionMs, '≤ 300 ms');
  report('open pilot with 100k measurements: all trend charts drawn, median ms', open.chartsMs, '≤ 300 ms');
  await reportCsvImport(server.url);
} finally {
  server.stop();
}

console.log(JSON.stringify(results));
