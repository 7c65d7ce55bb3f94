// The columnar form imported measurements travel in. The worker writes each good row straight into
// typed-array columns as it checks it, so no row object is made and nothing is encoded afterwards; a
// batch crosses to the page as a few transferable buffers and short lists of distinct strings, not
// 100,000 objects or strings to copy (speed targets: scripts/bench/csv-import.ts). The page turns
// batches into the session's Measurement objects while the worker is still reading, and the pilots
// repository turns them into its storage blocks without touching an object (db/measurement-blocks.ts).
import { Dictionary } from '../../domain/dictionary';
import type { Measurement } from '../../domain/types';

/** Rows as columns. Strings (KPI ids, dates, notes) are kept once each; the columns index into them. */
export interface RowBatch {
  length: number;
  kpiIds: string[];
  dates: string[];
  notes: string[];
  kpi: Uint16Array;
  date: Uint32Array;
  value: Float64Array;
  /** NaN where the row has no n. */
  n: Float64Array;
  /** 1 + the index of the row's note in `notes`; 0 where the row has none. */
  note: Uint32Array;
}

const FIRST_CAPACITY = 4096;

/** The same array, longer (its values kept, the rest zero). */
function grown<T extends Uint16Array | Uint32Array | Float64Array>(array: T, size: number): T {
  const next = new (array.constructor as new (size: number) => T)(size);
  next.set(array);
  return next;
}

/**
 * Collects good rows as columns, batch by batch (the worker's side). KPIs are numbered by their place
 * in the list the builder is made with (the pilot's KPIs), so a row's KPI costs no lookup.
 */
export class RowBatchBuilder {
  readonly #kpiIds: readonly string[];
  #dates = new Dictionary();
  #notes = new Dictionary();
  #lastDate: string | null = null;
  #lastDateIndex = 0;
  #kpi = new Uint16Array(FIRST_CAPACITY);
  #date = new Uint32Array(FIRST_CAPACITY);
  #value = new Float64Array(FIRST_CAPACITY);
  #n = new Float64Array(FIRST_CAPACITY);
  #note = new Uint32Array(FIRST_CAPACITY);
  #length = 0;

  constructor(kpiIds: readonly string[]) {
    this.#kpiIds = kpiIds;
  }

  get length(): number {
    return this.#length;
  }

  /** One good row: `kpi` indexes the builder's KPI list; `n` is NaN and `note` undefined where the row has none. */
  add(kpi: number, date: string, value: number, n: number, note: string | undefined): void {
    const i = this.#length;
    if (i === this.#value.length) this.#grow();
    this.#kpi[i] = kpi;
    // Rows come grouped by date: the previous row's date is the commonest answer.
    if (date !== this.#lastDate) {
      this.#lastDate = date;
      this.#lastDateIndex = this.#dates.index(date);
    }
    this.#date[i] = this.#lastDateIndex;
    this.#value[i] = value;
    this.#n[i] = n;
    this.#note[i] = note === undefined ? 0 : this.#notes.index(note) + 1;
    this.#length = i + 1;
  }

  /** The row added last, as an object (the preview shows the first few). */
  lastRow(): Measurement {
    const i = this.#length - 1;
    const row: Measurement = { kpiId: this.#kpiIds[this.#kpi[i]], date: this.#dates.values[this.#date[i]], value: this.#value[i] };
    if (this.#n[i] === this.#n[i]) row.n = this.#n[i];
    if (this.#note[i] !== 0) row.note = this.#notes.values[this.#note[i] - 1];
    return row;
  }

  #grow(): void {
    const size = this.#value.length * 2;
    this.#kpi = grown(this.#kpi, size);
    this.#date = grown(this.#date, size);
    this.#value = grown(this.#value, size);
    this.#n = grown(this.#n, size);
    this.#note = grown(this.#note, size);
  }

  /** The rows added since the last call, in buffers of their exact length (they are transferred), and starts afresh. */
  take(): RowBatch {
    const length = this.#length;
    const batch: RowBatch = {
      length,
      kpiIds: [...this.#kpiIds],
      dates: this.#dates.values,
      notes: this.#notes.values,
      kpi: this.#kpi.slice(0, length),
      date: this.#date.slice(0, length),
      value: this.#value.slice(0, length),
      n: this.#n.slice(0, length),
      note: this.#note.slice(0, length),
    };
    this.#dates = new Dictionary();
    this.#notes = new Dictionary();
    this.#lastDate = null;
    this.#length = 0;
    return batch;
  }
}

/** The buffers to transfer with postMessage (moved, not copied). */
export function transferablesOf(batch: RowBatch): ArrayBuffer[] {
  return [batch.kpi, batch.date, batch.value, batch.n, batch.note].map((a) => a.buffer as ArrayBuffer);
}

/** Appends the batch's rows to `out` as Measurement objects (the shape the domain computes on). */
export function decodeMeasurements(batch: RowBatch, out: Measurement[]): void {
  const { kpiIds, dates, notes, kpi, date, value, n, note } = batch;
  for (let i = 0; i < batch.length; i++) {
    const row: Measurement = { kpiId: kpiIds[kpi[i]], date: dates[date[i]], value: value[i] };
    if (n[i] === n[i]) row.n = n[i];
    if (note[i] !== 0) row.note = notes[note[i] - 1];
    out.push(row);
  }
}

/**
 * The batches without the rows marked 1 in `dropped` (indexed over all batches in order, as the rows
 * were decoded): rows skipped as duplicates of stored ones (domain/measurement-duplicates.ts) are left
 * out while the rest keep the columnar path to storage. A batch that loses no row is reused as it is;
 * the string lists are kept whole (an unused date or note is never stored).
 */
export function withoutDropped(batches: readonly RowBatch[], dropped: Uint8Array): RowBatch[] {
  let offset = 0;
  return batches.map((batch) => {
    const from = offset;
    offset += batch.length;
    let keep = 0;
    for (let i = 0; i < batch.length; i++) if (dropped[from + i] === 0) keep++;
    if (keep === batch.length) return batch;
    const out: RowBatch = {
      ...batch,
      length: keep,
      kpi: new Uint16Array(keep),
      date: new Uint32Array(keep),
      value: new Float64Array(keep),
      n: new Float64Array(keep),
      note: new Uint32Array(keep),
    };
    let at = 0;
    for (let i = 0; i < batch.length; i++) {
      if (dropped[from + i] !== 0) continue;
      out.kpi[at] = batch.kpi[i];
      out.date[at] = batch.date[i];
      out.value[at] = batch.value[i];
      out.n[at] = batch.n[i];
      out.note[at] = batch.note[i];
      at++;
    }
    return out;
  });
}
