// The storage blocks of imported measurements (one per KPI, db/schema.ts MeasurementBlock), built on
// the page from the worker's column batches (measurement-batch.ts) while the file is still being read,
// so that saving 100,000 rows is a write and little more (issue 3 "Speed").
import type { Measurement } from '../../domain/types';
import type { MeasurementBlock } from '../../db/schema';
import { Dictionary, grown, type RowBatch } from './measurement-batch';

/** A storage block without the keys the repository adds (assessment and pilot). */
export type BlockColumns = Omit<MeasurementBlock, 'assessmentId' | 'pilotId'>;

/**
 * One KPI's rows as they come in. Its arrays always have the exact length of its rows (they grow by
 * each batch's rows, while the file is read), so the finished block is handed over without a copy.
 */
class GrowingBlock {
  readonly dates: Dictionary;
  readonly notes: Dictionary;
  date = new Uint32Array(0);
  value = new Float64Array(0);
  n = new Float64Array(0);
  note = new Uint32Array(0);
  length = 0;

  constructor(
    readonly kpiId: string,
    start: BlockDictionaries | undefined,
  ) {
    this.dates = new Dictionary(start?.dates);
    this.notes = new Dictionary(start?.notes);
  }

  /** Room for exactly `more` rows after the current ones. */
  grow(more: number): void {
    const size = this.length + more;
    this.date = grown(this.date, size);
    this.value = grown(this.value, size);
    this.n = grown(this.n, size);
    this.note = grown(this.note, size);
  }

  columns(): BlockColumns {
    return { kpiId: this.kpiId, dates: this.dates.values, date: this.date, value: this.value, n: this.n, notes: this.notes.values, note: this.note };
  }
}

/** A block's lists of distinct dates and notes, in the order its rows first use them. */
export interface BlockDictionaries {
  dates: readonly string[];
  notes: readonly string[];
}

/**
 * The dictionaries of the blocks `rows` are stored as (db/records.ts measurementBlocks: first-seen
 * order within each KPI), by KPI: what a pilot's stored blocks hold, known from its rows in memory.
 */
export function dictionariesOf(rows: readonly Measurement[]): Map<string, BlockDictionaries> {
  const found = new Map<string, { dates: Set<string>; notes: Set<string> }>();
  for (const row of rows) {
    let kpi = found.get(row.kpiId);
    if (!kpi) found.set(row.kpiId, (kpi = { dates: new Set(), notes: new Set() }));
    kpi.dates.add(row.date);
    if (row.note !== undefined) kpi.notes.add(row.note);
  }
  return new Map([...found].map(([kpiId, d]) => [kpiId, { dates: [...d.dates], notes: [...d.notes] }]));
}

/**
 * Builds the storage blocks of imported rows batch by batch, as the batches reach the page (while the
 * worker is still reading), so that saving them is a write and nothing more. The result is what
 * db/records.ts measurementBlocks makes of the decoded rows: one block per KPI in order of first
 * appearance, rows in file order inside each, dates and notes in first-seen order, after the ones in
 * `start` (the pilot's stored blocks' dictionaries): then appending a block to its stored one is a
 * copy of each column, nothing to renumber (db/pilots-repo.ts).
 */
export class BlockCollector {
  readonly #blocks: GrowingBlock[] = [];
  readonly #byKpi = new Map<string, GrowingBlock>();
  readonly #start: ReadonlyMap<string, BlockDictionaries>;
  #rows = 0;

  constructor(start: ReadonlyMap<string, BlockDictionaries> = new Map()) {
    this.#start = start;
  }

  get rows(): number {
    return this.#rows;
  }

  add(batch: RowBatch): void {
    const { kpi, date, value, n, note } = batch;
    // Rows per KPI of the batch; blocks are made in the order KPIs first appear (as measurementBlocks does).
    const counts = new Uint32Array(batch.kpiIds.length);
    const blockOf: GrowingBlock[] = [];
    for (let i = 0; i < batch.length; i++) {
      const k = kpi[i];
      if (counts[k]++ === 0) blockOf[k] = this.#blockFor(batch.kpiIds[k]);
    }
    blockOf.forEach((block, k) => block.grow(counts[k]));
    // A batch date's (note's) index in each block's own list, looked up once per (date, KPI): -1 until then.
    const kpis = batch.kpiIds.length;
    const dateIn = new Int32Array(batch.dates.length * kpis).fill(-1);
    const noteIn = new Int32Array(batch.notes.length * kpis).fill(-1);
    for (let i = 0; i < batch.length; i++) {
      const k = kpi[i];
      const block = blockOf[k];
      const at = block.length++;
      const d = date[i] * kpis + k;
      if (dateIn[d] < 0) dateIn[d] = block.dates.index(batch.dates[date[i]]);
      block.date[at] = dateIn[d];
      block.value[at] = value[i];
      block.n[at] = n[i];
      if (note[i] !== 0) {
        const t = (note[i] - 1) * kpis + k;
        if (noteIn[t] < 0) noteIn[t] = block.notes.index(batch.notes[note[i] - 1]);
        block.note[at] = noteIn[t] + 1;
      }
    }
    this.#rows += batch.length;
  }

  #blockFor(kpiId: string): GrowingBlock {
    let block = this.#byKpi.get(kpiId);
    if (!block) {
      block = new GrowingBlock(kpiId, this.#start.get(kpiId));
      this.#byKpi.set(kpiId, block);
      this.#blocks.push(block);
    }
    return block;
  }

  /** The blocks of every row added so far (arrays of their exact length: stored as they are). */
  blocks(): BlockColumns[] {
    return this.#blocks.map((block) => block.columns());
  }
}
