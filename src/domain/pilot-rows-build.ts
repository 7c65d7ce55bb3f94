// Building and changing a pilot's rows as columns (pilot-rows.ts): from Measurement objects (a v1
// file, typed entries), and the few ways rows change (appended, some dropped). Each makes new blocks
// of their exact length with one copy, so appending a million imported rows to a pilot costs one pass
// over them (SPEC §10 performance targets), never a copy per batch.
import { Dictionary } from './dictionary';
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

/** The rows of `added` after those of `before` (one KPI), in one new block: dates and notes merged. */
export function appendKpiRows(before: KpiRows, added: KpiRows): KpiRows {
  if (added.value.length === 0) return before;
  if (before.value.length === 0) return { ...added, kpiId: before.kpiId };
  const dates = new Dictionary(before.dates);
  const notes = new Dictionary(before.notes);
  const dateOf = new Uint32Array(added.dates.length);
  added.dates.forEach((d, i) => (dateOf[i] = dates.index(d)));
  const noteOf = new Uint32Array(added.notes.length + 1);
  added.notes.forEach((t, i) => (noteOf[i + 1] = notes.index(t) + 1));
  const at = before.value.length;
  const block = emptyKpiRows(before.kpiId, at + added.value.length);
  block.date.set(before.date);
  block.value.set(before.value);
  block.value.set(added.value, at);
  block.n.set(before.n);
  block.n.set(added.n, at);
  block.note.set(before.note);
  const { date, note } = added;
  for (let k = 0; k < date.length; k++) {
    block.date[at + k] = dateOf[date[k]];
    block.note[at + k] = noteOf[note[k]];
  }
  return { ...block, dates: dates.values, notes: notes.values };
}

/** The pilot's rows with `added` appended to each KPI's own rows. */
export function appendPilotRows(rows: PilotRows, added: PilotRows, kpiOrder?: readonly string[]): PilotRows {
  if (added.count === 0) return rows;
  const byKpi = new Map(rows.blocks.map((b) => [b.kpiId, b]));
  for (const block of added.blocks) {
    const before = byKpi.get(block.kpiId);
    byKpi.set(block.kpiId, before ? appendKpiRows(before, block) : block);
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
  const dates = new Int32Array(block.dates.length).fill(-1);
  const notes = new Int32Array(block.notes.length).fill(-1);
  const dateList: string[] = [];
  const noteList: string[] = [];
  let at = 0;
  for (let k = 0; k < block.value.length; k++) {
    if (drop[k] !== 0) continue;
    const d = block.date[k];
    if (dates[d] < 0) dates[d] = dateList.push(block.dates[d]) - 1;
    out.date[at] = dates[d];
    out.value[at] = block.value[k];
    out.n[at] = block.n[k];
    const t = block.note[k];
    if (t !== 0) {
      if (notes[t - 1] < 0) notes[t - 1] = noteList.push(block.notes[t - 1]) - 1;
      out.note[at] = notes[t - 1] + 1;
    }
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
