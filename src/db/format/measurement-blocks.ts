// Measurements as stored: one block per (pilot, KPI) with its rows as columns (schema.ts
// MeasurementBlock), built from Measurement objects (a pilot saved or imported from JSON) and read
// back as objects. Appending imported rows is in measurement-block-appends.ts, which only the pilot
// writes need: opening the app stores whole assessments and never loads it.
import { Dictionary } from '../../domain/dictionary';
import type { Measurement } from '../../domain/types';
import type { MeasurementBlock } from '../schema';

/** An empty block of `size` rows, its columns to be filled in. */
export function emptyBlock(assessmentId: string, pilotId: string, kpiId: string, size: number): MeasurementBlock {
  return {
    assessmentId, pilotId, kpiId,
    dates: [], date: new Uint32Array(size), value: new Float64Array(size), n: new Float64Array(size), notes: [], note: new Uint32Array(size),
  };
}

/** Places (slots) for KPI ids in order of first appearance, with the number of rows of each. */
export class KpiSlots {
  readonly #slots = new Map<string, number>();
  readonly kpiIds: string[] = [];
  readonly sizes: number[] = [];

  /** The slot of `kpiId`, counting one more row in it. */
  count(kpiId: string): number {
    let slot = this.#slots.get(kpiId);
    if (slot === undefined) {
      this.#slots.set(kpiId, (slot = this.kpiIds.length));
      this.kpiIds.push(kpiId);
      this.sizes.push(0);
    }
    this.sizes[slot]++;
    return slot;
  }
}

/**
 * Groups a pilot's measurements into one storage block per KPI, as columns (see MeasurementBlock),
 * keeping their order inside each KPI. Two passes over the rows: the first finds each row's block and
 * the block sizes, so the second fills typed arrays of the final length without growing anything.
 */
export function measurementBlocks(assessmentId: string, pilotId: string, measurements: readonly Measurement[]): MeasurementBlock[] {
  const count = measurements.length;
  const blockOf = new Uint32Array(count);
  const slots = new KpiSlots();
  for (let i = 0; i < count; i++) blockOf[i] = slots.count(measurements[i].kpiId);
  const builders = slots.kpiIds.map((kpiId, slot) => ({
    block: emptyBlock(assessmentId, pilotId, kpiId, slots.sizes[slot]),
    filled: 0,
    dates: new Dictionary(),
    notes: new Dictionary(),
  }));
  for (let i = 0; i < count; i++) {
    const b = builders[blockOf[i]];
    const m = measurements[i];
    const k = b.filled++;
    b.block.date[k] = b.dates.index(m.date);
    b.block.value[k] = m.value;
    b.block.n[k] = typeof m.n === 'number' ? m.n : NaN;
    b.block.note[k] = m.note === undefined ? 0 : b.notes.index(m.note) + 1;
  }
  return builders.map((b) => ({ ...b.block, dates: b.dates.values, notes: b.notes.values }));
}

/** Appends a block's rows, as Measurement objects, to `out`. */
export function blockRows(block: MeasurementBlock, out: Measurement[]): void {
  const { kpiId, dates, date, value, n, notes, note } = block;
  for (let k = 0; k < value.length; k++) {
    const row: Measurement = { kpiId, date: dates[date[k]], value: value[k] };
    if (!Number.isNaN(n[k])) row.n = n[k];
    if (note[k] !== 0) row.note = notes[note[k] - 1];
    out.push(row);
  }
}
