// Immutable edits of a pilot's measurements (pilot-rows.ts). A row is addressed by its number in the
// pilot's rows together with the row the user saw: another tab may have changed the rows since, so a
// number alone can point at the wrong row. Order matters to SPEC §4's `last` aggregate (on equal dates
// the later row of a KPI wins): an edit keeps a row in place and an undone delete puts it back where it was.
import { kpiRowAt, locateRow, pilotRows, rowAt } from './pilot-rows';
import { appendKpiRows, appendPilotRows, dropKpiRows, rowsFromMeasurements, withKpiRows } from './pilot-rows-build';
import type { KpiRows, Measurement, Pilot } from './types';

export interface RowRef {
  index: number;
  row: Measurement;
}

/**
 * The current number of the row the user saw, or -1 when it is gone: the same figures at the same
 * place first, else the row with the same figures nearest to where the user saw it.
 */
export function resolveRow(rows: Pilot['measurements'], ref: RowRef): number {
  const there = rowAt(rows, ref.index);
  if (there && sameRow(there, ref.row)) return ref.index;
  let best = -1;
  let start = 0;
  for (const block of rows.blocks) {
    if (block.kpiId === ref.row.kpiId) {
      const date = block.dates.indexOf(ref.row.date);
      for (let k = 0; date >= 0 && k < block.date.length; k++) {
        if (block.date[k] !== date || !sameRow(kpiRowAt(block, k), ref.row)) continue;
        const i = start + k;
        if (best < 0 || Math.abs(i - ref.index) < Math.abs(best - ref.index)) best = i;
      }
    }
    start += block.value.length;
  }
  return best;
}

const kpiOrder = (pilot: Pilot) => pilot.kpis.map((k) => k.id);

/** The rows added after the stored rows of their KPI. */
export function appendRows(pilot: Pilot, rows: readonly Measurement[]): Pilot {
  return { ...pilot, measurements: appendPilotRows(pilot.measurements, rowsFromMeasurements(rows), kpiOrder(pilot)) };
}

/** One row as a block of one row. */
const single = (row: Measurement): KpiRows => rowsFromMeasurements([row]).blocks[0];

/** Marks rows j of a block of `size` rows where `drop(j)`. */
const mask = (size: number, drop: (j: number) => boolean) => Uint8Array.from({ length: size }, (_, j) => (drop(j) ? 1 : 0));

/** The block with `deleteCount` rows from k taken out and `row` (same KPI), if any, put in their place. */
function spliced(block: KpiRows, k: number, deleteCount: number, row?: Measurement): KpiRows {
  const size = block.value.length;
  const head = dropKpiRows(block, mask(size, (j) => j >= k));
  const tail = dropKpiRows(block, mask(size, (j) => j < k + deleteCount));
  return appendKpiRows(row ? appendKpiRows(head, single(row)) : head, tail);
}

/**
 * Replaces the row in place; returns null when the row no longer exists. A row moved to another KPI
 * goes after that KPI's rows (it is the latest entry there).
 */
export function replaceRow(pilot: Pilot, ref: RowRef, next: Measurement): Pilot | null {
  const i = resolveRow(pilot.measurements, ref);
  const at = locateRow(pilot.measurements, i);
  if (i < 0 || !at) return null;
  const block = pilot.measurements.blocks[at.block];
  if (next.kpiId === block.kpiId) {
    return { ...pilot, measurements: withKpiRows(pilot.measurements, block.kpiId, (b) => spliced(b, at.k, 1, next), kpiOrder(pilot)) };
  }
  const without = removeRow(pilot, { index: i, row: ref.row });
  return without && appendRows(without, [next]);
}

export function removeRow(pilot: Pilot, ref: RowRef): Pilot | null {
  const i = resolveRow(pilot.measurements, ref);
  const at = locateRow(pilot.measurements, i);
  if (i < 0 || !at) return null;
  const block = pilot.measurements.blocks[at.block];
  const drop = new Uint8Array(block.value.length);
  drop[at.k] = 1;
  const blocks = [...pilot.measurements.blocks];
  blocks[at.block] = dropKpiRows(block, drop);
  return { ...pilot, measurements: pilotRows(blocks, kpiOrder(pilot)) };
}

/** Undo of a delete: the row goes back at its old place among its KPI's rows (or after them, if they have shrunk since). */
export function restoreRow(pilot: Pilot, ref: RowRef): Pilot {
  let start = 0;
  for (const block of pilot.measurements.blocks) {
    if (block.kpiId === ref.row.kpiId) {
      const k = Math.max(0, Math.min(ref.index - start, block.value.length));
      return { ...pilot, measurements: withKpiRows(pilot.measurements, block.kpiId, (b) => spliced(b, k, 0, ref.row), kpiOrder(pilot)) };
    }
    start += block.value.length;
  }
  return appendRows(pilot, [ref.row]);
}

/** True when two rows hold the same figures (an edit that changes nothing is not saved). */
export function sameRow(a: Measurement, b: Measurement): boolean {
  return a.kpiId === b.kpiId && a.date === b.date && a.value === b.value && a.n === b.n && (a.note ?? '') === (b.note ?? '');
}
