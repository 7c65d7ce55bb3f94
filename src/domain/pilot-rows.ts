// A pilot's measurements (SPEC §2 Measurement) as columns, never one object per row: a pilot may hold a
// million rows, and as objects they took 480 MB of memory and seconds to build on every open, though
// as columns they take 24 bytes a row (SPEC §10 performance targets). The layout is the stored one
// (db/schema.ts MeasurementBlock is a KpiRows with its pilot's ids), so a pilot read from storage is
// used as it is, and a CSV import's rows go from the worker to storage and the screen unchanged.
//
// Rows are numbered through the KPIs' blocks in order (the pilot's KPI order): row i of the pilot is
// row i − start of the block that holds it. Within a KPI, rows keep the order they were added in,
// which SPEC §4's `last` aggregate depends on (on equal dates the later row wins).
import type { KpiRows, Measurement, PilotRows } from './types';

export type { KpiRows, PilotRows };

export const NO_ROWS: PilotRows = Object.freeze({ blocks: Object.freeze([]) as readonly KpiRows[], count: 0 });

/**
 * The pilot's rows from its blocks: empty blocks dropped, the others in the order of `kpiOrder` (the
 * pilot's KPI ids; a KPI not in it goes last), one block per KPI.
 */
export function pilotRows(blocks: readonly KpiRows[], kpiOrder?: readonly string[]): PilotRows {
  let kept = blocks.filter((b) => b.value.length > 0);
  if (kpiOrder) {
    const place = new Map(kpiOrder.map((id, i) => [id, i]));
    const at = (b: KpiRows) => place.get(b.kpiId) ?? kpiOrder.length;
    kept = [...kept].sort((x, y) => at(x) - at(y));
  }
  if (kept.length === 0) return NO_ROWS;
  let count = 0;
  for (const b of kept) count += b.value.length;
  return { blocks: kept, count };
}

/** An empty block of `size` rows, its columns to be filled in. */
export function emptyKpiRows(kpiId: string, size: number): KpiRows {
  return { kpiId, dates: [], date: new Uint32Array(size), value: new Float64Array(size), n: new Float64Array(size), notes: [], note: new Uint32Array(size) };
}

/** The block of `kpiId`, if it has rows. */
export function kpiRowsOf(rows: PilotRows, kpiId: string): KpiRows | undefined {
  for (const b of rows.blocks) if (b.kpiId === kpiId) return b;
  return undefined;
}

/** Row k of a block, as an object (for the few rows a screen shows, an export or an edit). */
export function kpiRowAt(block: KpiRows, k: number): Measurement {
  const row: Measurement = { kpiId: block.kpiId, date: block.dates[block.date[k]], value: block.value[k] };
  const n = block.n[k];
  if (n === n) row.n = n;
  if (block.note[k] !== 0) row.note = block.notes[block.note[k] - 1];
  return row;
}

/** Where row `index` of the pilot is: its block's place and the row's place in that block; null when out of range. */
export function locateRow(rows: PilotRows, index: number): { block: number; k: number } | null {
  if (!(index >= 0)) return null;
  let start = 0;
  for (let b = 0; b < rows.blocks.length; b++) {
    const size = rows.blocks[b].value.length;
    if (index < start + size) return { block: b, k: index - start };
    start += size;
  }
  return null;
}

/** Row `index` of the pilot, as an object; undefined when out of range. */
export function rowAt(rows: PilotRows, index: number): Measurement | undefined {
  const at = locateRow(rows, index);
  return at ? kpiRowAt(rows.blocks[at.block], at.k) : undefined;
}

/**
 * Every row as an object, block after block: only where a format needs objects (the v1 file's export,
 * comparisons of a restore), never for the pilot screen.
 */
export function measurementsOf(rows: PilotRows): Measurement[] {
  const out: Measurement[] = [];
  for (const block of rows.blocks) for (let k = 0; k < block.value.length; k++) out.push(kpiRowAt(block, k));
  return out;
}
