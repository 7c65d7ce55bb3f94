// Measurements as stored: blocks per (pilot, KPI) holding the KPI's rows as columns, at most
// BLOCK_ROWS rows each (schema.ts MeasurementBlock: the domain's KpiRows, domain/pilot-rows.ts, with
// its pilot's ids and its place among the KPI's blocks). A KPI's blocks read back as one block, its rows
// in order; rows appended go into its last block and new ones after it, a block at a time.
//
// Pure (no Dexie): the CSV worker builds an import's blocks with MeasurementBlockBuilder, so the
// storage format stays defined in this one place and the page receives blocks it can show and store.
import { Dictionary } from '../../domain/dictionary';
import { concatKpiRows, sliceKpiRows } from '../../domain/kpi-rows-join';
import { appendKpiRows } from '../../domain/pilot-rows-build';
import type { KpiRows, Measurement, PilotRows } from '../../domain/types';
import type { MeasurementBlock } from '../schema';

/**
 * Rows per stored block at most. IndexedDB copies a record on the page's thread as it is put, and again
 * as it is read (~25–30 ms per MB, 24 bytes a row): 50,000 rows are ~1.2 MB, a copy of ~35 ms, where a
 * million-row import's KPI as one block was ~6 MB and a task of 150–200 ms (SPEC §10: none over 100 ms).
 */
export const BLOCK_ROWS = 50_000;

/** The ids a block is stored under. */
type BlockIds = Pick<MeasurementBlock, 'assessmentId' | 'pilotId'>;

/**
 * One KPI's rows as stored blocks, numbered from `first`: the block as it is when it fits in one, else
 * cut. `ids` are the owner's (a pilot's, or a contract's: schema.ts ContractBlock has the same layout).
 */
export function kpiBlocks<Ids extends object = BlockIds>(ids: Ids, rows: KpiRows, first = 0): (KpiRows & Ids & { part: number })[] {
  const size = rows.value.length;
  if (size <= BLOCK_ROWS) return [{ ...rows, ...ids, part: first }];
  const out: (KpiRows & Ids & { part: number })[] = [];
  for (let from = 0, part = first; from < size; from += BLOCK_ROWS, part++) {
    out.push({ ...sliceKpiRows(rows, from, Math.min(size, from + BLOCK_ROWS)), ...ids, part });
  }
  return out;
}

/** The blocks of a pilot's rows: each KPI that has rows, in blocks of at most BLOCK_ROWS rows. */
export function measurementBlocks(assessmentId: string, pilotId: string, rows: PilotRows): MeasurementBlock[] {
  return rows.blocks.flatMap((block) => kpiBlocks({ assessmentId, pilotId }, block));
}

/** A block's rows without its owner's ids. */
function rowsOf({ kpiId, dates, date, value, n, notes, note }: KpiRows): KpiRows {
  return { kpiId, dates, date, value, n, notes, note };
}

/**
 * An owner's stored blocks (any order) as its KPIs' rows, one block per KPI, KPIs in the order first met:
 * a KPI stored as one block is used as it is (no array copied), one stored as several is joined in order.
 */
export function kpiRowsOfBlocks(blocks: readonly (KpiRows & { part: number })[]): KpiRows[] {
  const byKpi = new Map<string, (KpiRows & { part: number })[]>();
  for (const b of blocks) {
    const list = byKpi.get(b.kpiId);
    if (list) list.push(b);
    else byKpi.set(b.kpiId, [b]);
  }
  return [...byKpi.values()].map((list) => concatKpiRows(list.sort((x, y) => x.part - y.part).map(rowsOf)));
}

/**
 * The blocks to put when `added`'s rows (less those on `skip`'s dates) are appended after a KPI's
 * stored rows, whose last block is `last` (none: the KPI has none): that block filled up to BLOCK_ROWS,
 * then new blocks after it. Made one at a time as they are asked for, so each is built and put in a
 * task of its own; a block that would not change is not given.
 */
export function* appendedBlocks(ids: BlockIds, last: MeasurementBlock | undefined, added: KpiRows, skip?: Uint8Array): Generator<MeasurementBlock> {
  const size = added.value.length;
  let from = 0;
  let part = 0;
  if (last) {
    from = Math.min(size, Math.max(0, BLOCK_ROWS - last.value.length));
    const before = rowsOf(last);
    const filled = from > 0 ? appendKpiRows(before, sliceKpiRows(added, 0, from, skip)) : before;
    if (filled !== before) yield { ...filled, ...ids, part: last.part };
    part = last.part + 1;
  }
  for (; from < size; from += BLOCK_ROWS) {
    const block = sliceKpiRows(added, from, Math.min(size, from + BLOCK_ROWS), skip);
    if (block.value.length > 0) yield { ...block, ...ids, part: part++ };
  }
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

