// JSON exchange of a 10 MB assessment file (target: "import and validation of a
// 10 MB assessment file (≤ 0.5 s), export of the same"), in Node: the pure importer the app runs on
// "Import JSON file" (exchange/import.ts: parse → recognise → migrate → validate with every SPEC §5
// rule) and the exporter behind "Export JSON" (exchange/export.ts).
// Reports the median of 5 runs after a warm-up, and the exported file's size in bytes (UTF-8).
//
// Run alone: `npx tsx scripts/bench/json-exchange.ts`.
import { pathToFileURL } from 'node:url';
import { exportAssessment } from '../../src/exchange/export';
import { importAssessmentText } from '../../src/exchange/import';
import type { Assessment } from '../../src/domain/types';
import { largeAssessment } from './large-assessment';

const EXPORTED_AT = '2026-11-20T09:00:00.000Z';
const NOTES = ['Strong on escalations; weak knowledge base.', 'Asked for a second demo.', '', '', 'Pricing unclear <b>per seat</b>.'];

/**
 * `vendors` × 100 criteria × 3 evaluators (90 % scored), every score dated and one in five with a note:
 * ≈ 10 MB exported with 200 vendors, ≈ 1 MB with 20.
 */
export function benchAssessmentFile(vendors = 200): { assessment: Assessment; text: string } {
  const base = largeAssessment(vendors, 100, 3, 0.9);
  const scores = base.scores.map((s, i) => {
    const note = NOTES[i % NOTES.length];
    const day = String(1 + (i % 28)).padStart(2, '0');
    return { ...s, ...(note ? { note } : {}), updatedAt: `2026-11-${day}T10:${String(i % 60).padStart(2, '0')}:00.000Z` };
  });
  const assessment: Assessment = { ...base, scores };
  return { assessment, text: exportAssessment(assessment, EXPORTED_AT) };
}

const median = (times: number[]) => +[...times].sort((x, y) => x - y)[Math.floor(times.length / 2)].toFixed(1);
const breathe = () => new Promise((resolve) => setTimeout(resolve, 0));

export async function jsonExchangeBench(): Promise<{ bytes: number; importMs: number; exportMs: number }> {
  const { assessment, text } = benchAssessmentFile();
  // Warm-up: compile the hot paths first, and prove the file is valid (a refused file would time the wrong path).
  const warm = importAssessmentText(text, { now: EXPORTED_AT });
  if (!warm.ok) throw new Error(`The benchmark file is invalid: ${warm.errors[0]?.path}: ${warm.errors[0]?.message}`);
  exportAssessment(assessment, EXPORTED_AT);
  const importTimes: number[] = [];
  const exportTimes: number[] = [];
  for (let run = 0; run < 5; run++) {
    let t = performance.now();
    importAssessmentText(text, { now: EXPORTED_AT });
    importTimes.push(performance.now() - t);
    await breathe();
    t = performance.now();
    exportAssessment(warm.assessment, EXPORTED_AT);
    exportTimes.push(performance.now() - t);
    await breathe();
  }
  return { bytes: Buffer.byteLength(text, 'utf8'), importMs: median(importTimes), exportMs: median(exportTimes) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await jsonExchangeBench();
  console.log(
    `JSON ${(r.bytes / 1024 / 1024).toFixed(2)} MB: import + validation ${r.importMs} ms, export ${r.exportMs} ms (medians of 5)`,
  );
  console.log(JSON.stringify(r));
}
