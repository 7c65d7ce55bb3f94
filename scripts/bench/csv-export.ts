// CSV export of 100,000 measurements (a 100k-row CSV export), in Node:
// the pure writer the app runs on the "Export measurements CSV" button (exchange/csv/exports.ts),
// Excel-safe cells included (a quarter of the notes need quoting, some need neutralising).
// Reports the median of 5 runs after a warm-up, and the file's size in bytes (UTF-8, with the BOM).
//
// Run alone: `npx tsx scripts/bench/csv-export.ts`.
import { pathToFileURL } from 'node:url';
import { measurementsCsv } from '../../src/exchange/csv/exports';
import { DAY_MS } from '../../src/domain/dates';
import { rowsFromMeasurements } from '../../src/domain/pilot-rows-build';
import type { Measurement } from '../../src/domain/types';

const KPIS = ['csat', 'fcr', 'aht', 'backlog'];
const NOTES = ['', 'Lisbon site, late shift', '-5 % after the IVR change', 'said "great" twice', '', '=outage?', '', ''];

/** 100,000 rows like an imported pilot: 90 days, four KPIs, samples on the percentage KPIs, some notes. */
function benchMeasurements(rows = 100_000): Measurement[] {
  const out: Measurement[] = [];
  const start = Date.UTC(2026, 11, 1);
  for (let i = 0; i < rows; i++) {
    const kpiId = KPIS[i % 4];
    const date = new Date(start + Math.floor((i / rows) * 90) * DAY_MS).toISOString().slice(0, 10);
    const wobble = ((i * 7919) % 1000) / 1000;
    const m: Measurement = { kpiId, date, value: kpiId === 'aht' ? 380 + Math.round(90 * wobble) : +(70 + 20 * wobble).toFixed(2) };
    if (kpiId === 'csat' || kpiId === 'fcr') m.n = 40 + (i % 160);
    const note = NOTES[i % NOTES.length];
    if (note) m.note = note;
    out.push(m);
  }
  return out;
}

export async function csvExportBench(rows = 100_000): Promise<{ ms: number; bytes: number }> {
  const pilot = { measurements: rowsFromMeasurements(benchMeasurements(rows)) };
  measurementsCsv(pilot); // warm-up: compile the hot paths first
  const times: number[] = [];
  let text = '';
  for (let run = 0; run < 5; run++) {
    const t = performance.now();
    text = measurementsCsv(pilot);
    times.push(performance.now() - t);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  times.sort((x, y) => x - y);
  return { ms: +times[2].toFixed(1), bytes: Buffer.byteLength(text, 'utf8') };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await csvExportBench();
  console.log(`CSV export 100,000 measurements: ${r.ms} ms (median of 5), ${(r.bytes / 1024 / 1024).toFixed(2)} MB`);
  console.log(JSON.stringify(r));
}
