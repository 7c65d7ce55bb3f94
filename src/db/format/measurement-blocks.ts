// Measurements as stored: one block per (pilot, KPI) holding the KPI's rows as columns (schema.ts
// MeasurementBlock: the domain's KpiRows, domain/pilot-rows.ts, with its pilot's ids). A pilot's rows
// are stored as they are and read back as they are, with no conversion either way.
//
// Pure (no Dexie): the CSV worker builds an import's blocks with MeasurementBlockBuilder, so the
// storage format stays defined in this one place and the page receives blocks it can show and store.
import { Dictionary } from '../../domain/dictionary';
import type { KpiRows, Measurement, PilotRows } from '../../domain/types';
import type { MeasurementBlock } from '../schema';

/** The blocks of a pilot's rows, one per KPI that has rows. */
export function measurementBlocks(assessmentId: string, pilotId: string, rows: PilotRows): MeasurementBlock[] {
  return rows.blocks.map((block) => ({ ...block, assessmentId, pilotId }));
}

const FIRST_CAPACITY = 1024;

/** The same array, longer (its values kept, the rest zero). */
function grown<T extends Uint32Array | Float64Array>(array: T, size: number): T {
  const next = new (array.constructor as new (size: number) => T)(size);
  next.set(array);
  return next;
}

/** One KPI's rows while they are read: columns grown by doubling, so each row is copied O(1) times on average. */
class GrowingBlock {
  readonly kpiId: string;
  readonly dates = new Dictionary();
  readonly notes = new Dictionary();
  date = new Uint32Array(FIRST_CAPACITY);
  value = new Float64Array(FIRST_CAPACITY);
  n = new Float64Array(FIRST_CAPACITY);
  note = new Uint32Array(FIRST_CAPACITY);
  length = 0;

  constructor(kpiId: string) {
    this.kpiId = kpiId;
  }

  grow(): void {
    const size = this.value.length * 2;
    this.date = grown(this.date, size);
    this.value = grown(this.value, size);
    this.n = grown(this.n, size);
    this.note = grown(this.note, size);
  }

  /** The rows as a block of their exact length (one copy, in the worker). */
  finish(): KpiRows {
    const size = this.length;
    return {
      kpiId: this.kpiId,
      dates: this.dates.values,
      date: this.date.slice(0, size),
      value: this.value.slice(0, size),
      n: this.n.slice(0, size),
      notes: this.notes.values,
      note: this.note.slice(0, size),
    };
  }
}

/**
 * Collects good rows as they are checked (the CSV worker's side), straight into one block per KPI:
 * no row object is made, and nothing is copied again when the file is read to the end. KPIs are
 * numbered by their place in the list the builder is made with (the pilot's KPIs).
 */
export class MeasurementBlockBuilder {
  readonly #blocks: GrowingBlock[];
  #last: GrowingBlock | null = null;
  #lastDate = '';
  #lastDateIndex = 0;

  constructor(kpiIds: readonly string[]) {
    this.#blocks = kpiIds.map((id) => new GrowingBlock(id));
  }

  /** One good row: `kpi` indexes the builder's KPI list; `n` is NaN and `note` undefined where the row has none. */
  add(kpi: number, date: string, value: number, n: number, note: string | undefined): void {
    const block = this.#blocks[kpi];
    const k = block.length;
    if (k === block.value.length) block.grow();
    // Rows come grouped by date: the previous row's date, in the same block, is the commonest answer.
    if (block !== this.#last || date !== this.#lastDate) {
      this.#last = block;
      this.#lastDate = date;
      this.#lastDateIndex = block.dates.index(date);
    }
    block.date[k] = this.#lastDateIndex;
    block.value[k] = value;
    block.n[k] = n;
    block.note[k] = note === undefined ? 0 : block.notes.index(note) + 1;
    block.length = k + 1;
  }

  /** The row added last, as an object (the preview shows the first few). */
  lastRow(): Measurement {
    const block = this.#last!;
    const k = block.length - 1;
    const row: Measurement = { kpiId: block.kpiId, date: block.dates.values[block.date[k]], value: block.value[k] };
    if (block.n[k] === block.n[k]) row.n = block.n[k];
    if (block.note[k] !== 0) row.note = block.notes.values[block.note[k] - 1];
    return row;
  }

  /** Every row added, as one block per KPI that has rows (in the builder's KPI order). */
  finish(): KpiRows[] {
    return this.#blocks.filter((b) => b.length > 0).map((b) => b.finish());
  }
}

