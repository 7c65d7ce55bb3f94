// Building and changing a pilot's rows as columns (pilot-rows.ts): from Measurement objects (a v1
// file, typed entries), and the few ways rows change (appended, some dropped). Each makes new blocks
// of their exact length with one copy, so appending a million imported rows to a pilot costs one pass
// over them (SPEC §10 performance targets), never a copy per batch.
import { Dictionary } from './dictionary';
import { KpiRowsJoin } from './kpi-rows-join';
import { emptyKpiRows, pilotRows, type KpiRows, type PilotRows } from './pilot-rows';
import type { Measurement } from './types';

/**
 * The rows of `measurements` as columns: one block per KPI, each KPI's rows in the order given, dates
 * and notes in first-seen order. Two passes: the first sizes the blocks, the second fills them.
 */
export function rowsFromMeasurements(measurements: readonly Measurement[], kpiOrder?: readonly string[]): PilotRows {
  const count = measurements.length;
  const slots = new Map<string, number>();
  const kpiIds: string[] = [];
  const sizes: number[] = [];
  const slotOf = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    const kpiId = measurements[i].kpiId;
    let slot = slots.get(kpiId);
    if (slot === undefined) {
      slots.set(kpiId, (slot = kpiIds.length));
      kpiIds.push(kpiId);
      sizes.push(0);
    }
    slotOf[i] = slot;
    sizes[slot]++;
  }
  const builders = kpiIds.map((kpiId, slot) => ({ block: emptyKpiRows(kpiId, sizes[slot]), filled: 0, dates: new Dictionary(), notes: new Dictionary() }));
  for (let i = 0; i < count; i++) {
    const b = builders[slotOf[i]];
    const m = measurements[i];
    const k = b.filled++;
    b.block.date[k] = b.dates.index(m.date);
    b.block.value[k] = m.value;
    b.block.n[k] = typeof m.n === 'number' ? m.n : NaN;
    b.block.note[k] = m.note === undefined ? 0 : b.notes.index(m.note) + 1;
  }
  return pilotRows(builders.map((b) => ({ ...b.block, dates: b.dates.values, notes: b.notes.values })), kpiOrder);
}

/**
 * Per KPI, the dates (marked 1 by their place in that KPI's `dates`) whose incoming rows are left out
 * when appending: an import skipping the rows of days already stored (measurement-duplicates.ts).
 */
export type SkippedDates = ReadonlyMap<string, Uint8Array>;

/**
 * The rows of `added` after those of `before` (one KPI), in one new block of their exact length: the
 * rows on the dates marked in `skip` left out, and dates and notes merged (only those of kept rows).
 * One pass over the added rows: appending a million rows is one copy, never one per batch
 * (kpi-rows-join.ts joins them a slice at a time where the page must stay responsive).
 */
export function appendKpiRows(before: KpiRows, added: KpiRows, skip?: Uint8Array): KpiRows {
  return new KpiRowsJoin(before, added, skip).step()!;
}

/** The pilot's rows with `added` appended to each KPI's own rows, less the rows on `skip`'s dates. */
export function appendPilotRows(rows: PilotRows, added: PilotRows, kpiOrder?: readonly string[], skip?: SkippedDates): PilotRows {
  if (added.count === 0) return rows;
  const byKpi = new Map(rows.blocks.map((b) => [b.kpiId, b]));
  for (const block of added.blocks) {
    const before = byKpi.get(block.kpiId) ?? emptyKpiRows(block.kpiId, 0);
    byKpi.set(block.kpiId, appendKpiRows(before, block, skip?.get(block.kpiId)));
  }
  return pilotRows([...byKpi.values()], kpiOrder ?? [...rows.blocks, ...added.blocks].map((b) => b.kpiId));
}

/**
 * The block without the rows marked non-zero in `drop` (indexed by row); the same block when none is.
 * Dates and notes no row uses any more are left out, so every string a block lists is used.
 */
export function dropKpiRows(block: KpiRows, drop: Uint8Array): KpiRows {
  let keep = 0;
  for (let k = 0; k < block.value.length; k++) if (drop[k] === 0) keep++;
  if (keep === block.value.length) return block;
  const out = emptyKpiRows(block.kpiId, keep);
  // Each kept distinct date (note) gets its new number when first met: -1 until then.
  const dateNo = new Int32Array(block.dates.length).fill(-1);
  const noteNo = new Int32Array(block.notes.length + 1).fill(-1);
  noteNo[0] = 0;
  const dateList: string[] = [];
  const noteList: string[] = [];
  const { date, value, n, note } = block;
  const [toDate, toValue, toN, toNote] = [out.date, out.value, out.n, out.note];
  let at = 0;
  for (let k = 0; k < value.length; k++) {
    if (drop[k] !== 0) continue;
    const d = date[k];
    if (dateNo[d] < 0) dateNo[d] = dateList.push(block.dates[d]) - 1;
    toDate[at] = dateNo[d];
    toValue[at] = value[k];
    toN[at] = n[k];
    const t = note[k];
    if (noteNo[t] < 0) noteNo[t] = noteList.push(block.notes[t - 1]);
    toNote[at] = noteNo[t];
    at++;
  }
  return { ...out, dates: dateList, notes: noteList };
}

/** The pilot's rows with `change` applied to the block of `kpiId` (an empty block when it has none). */
export function withKpiRows(rows: PilotRows, kpiId: string, change: (block: KpiRows) => KpiRows, kpiOrder?: readonly string[]): PilotRows {
  const blocks = rows.blocks.some((b) => b.kpiId === kpiId) ? [...rows.blocks] : [...rows.blocks, emptyKpiRows(kpiId, 0)];
  const i = blocks.findIndex((b) => b.kpiId === kpiId);
  const next = change(blocks[i]);
  if (next === blocks[i]) return rows;
  blocks[i] = next;
  return pilotRows(blocks, kpiOrder ?? blocks.map((b) => b.kpiId));
}
