// Appending to stored measurement blocks: the CSV worker's column batches built straight onto the
// pilot's stored blocks, and one block's rows after another's (see measurement-blocks.ts).
import { Dictionary } from '../domain/dictionary';
import type { RowBatch } from '../exchange/csv/measurement-batch';
import { emptyBlock, KpiSlots } from './format/measurement-blocks';
import type { MeasurementBlock } from './schema';

/**
 * The storage blocks of rows that come as column batches (a CSV import), appended to the pilot's
 * `stored` blocks (by KPI): exactly what appendToBlock makes of them and the blocks measurementBlocks
 * makes of the same rows as objects (one block per KPI in order of first appearance, rows in order,
 * dates and notes in first-seen order after the stored ones). Built in one pass over the typed arrays,
 * without making a row object, so saving 100,000 imported rows is a write and little more
 * (scripts/bench/csv-import.ts). Only the blocks of KPIs that get rows are returned.
 */
export function blocksFromBatches(
  assessmentId: string,
  pilotId: string,
  batches: readonly RowBatch[],
  stored: ReadonlyMap<string, MeasurementBlock> = new Map(),
): MeasurementBlock[] {
  // First pass: the slot of each batch-local KPI number, and the size of each block.
  const slots = new KpiSlots();
  const slotsOf = batches.map((batch) => {
    const slotOf = new Int32Array(batch.kpiIds.length).fill(-1);
    for (let i = 0; i < batch.length; i++) {
      const k = batch.kpi[i];
      if (slotOf[k] < 0) slotOf[k] = slots.count(batch.kpiIds[k]);
      else slots.sizes[slotOf[k]]++;
    }
    return slotOf;
  });
  const builders = slots.kpiIds.map((kpiId, slot) => {
    const before = stored.get(kpiId);
    const filled = before?.value.length ?? 0;
    const block = emptyBlock(assessmentId, pilotId, kpiId, filled + slots.sizes[slot]);
    if (before) {
      block.date.set(before.date);
      block.value.set(before.value);
      block.n.set(before.n);
      block.note.set(before.note);
    }
    return { block, filled, dates: new Dictionary(before?.dates), notes: new Dictionary(before?.notes) };
  });
  batches.forEach((batch, b) => {
    const { kpi, date, value, n, note } = batch;
    const slotOf = slotsOf[b];
    const kpis = batch.kpiIds.length;
    // A batch date's (note's) number in each block's own list, looked up once per (date, KPI): -1 until then.
    const dateIn = new Int32Array(batch.dates.length * kpis).fill(-1);
    const noteIn = new Int32Array(batch.notes.length * kpis).fill(-1);
    for (let i = 0; i < batch.length; i++) {
      const k = kpi[i];
      const builder = builders[slotOf[k]];
      const block = builder.block;
      const at = builder.filled++;
      const d = date[i] * kpis + k;
      if (dateIn[d] < 0) dateIn[d] = builder.dates.index(batch.dates[date[i]]);
      block.date[at] = dateIn[d];
      block.value[at] = value[i];
      block.n[at] = n[i];
      if (note[i] !== 0) {
        const t = (note[i] - 1) * kpis + k;
        if (noteIn[t] < 0) noteIn[t] = builder.notes.index(batch.notes[note[i] - 1]);
        block.note[at] = noteIn[t] + 1;
      }
    }
  });
  return builders.map((b) => ({ ...b.block, dates: b.dates.values, notes: b.notes.values }));
}

/** The rows of `added` after those of `existing` (same pilot and KPI), in one new block. */
export function appendToBlock(existing: MeasurementBlock, added: MeasurementBlock): MeasurementBlock {
  const dates = new Dictionary(existing.dates);
  const notes = new Dictionary(existing.notes);
  const dateOf = added.dates.map((d) => dates.index(d));
  const noteOf = added.notes.map((t) => notes.index(t) + 1);
  const before = existing.value.length;
  const size = before + added.value.length;
  const block: MeasurementBlock = {
    ...existing,
    dates: dates.values, date: new Uint32Array(size), value: new Float64Array(size), n: new Float64Array(size), notes: notes.values, note: new Uint32Array(size),
  };
  block.date.set(existing.date);
  block.value.set(existing.value);
  block.value.set(added.value, before);
  block.n.set(existing.n);
  block.n.set(added.n, before);
  block.note.set(existing.note);
  for (let k = 0; k < added.value.length; k++) {
    block.date[before + k] = dateOf[added.date[k]];
    block.note[before + k] = added.note[k] === 0 ? 0 : noteOf[added.note[k] - 1];
  }
  return block;
}
