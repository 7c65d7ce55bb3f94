// Joining and cutting one KPI's rows as columns (pilot-rows.ts), in pieces of bounded size: a million
// imported rows are joined to the screen's copy a slice per task, stored as blocks of at most so many
// rows and read back as one block (SPEC §10: an import never blocks the page for over 100 ms). Each
// piece's dates and notes are numbered in its own lists, so a stored block reads back on its own.
import { Dictionary } from './dictionary';
import { emptyKpiRows } from './pilot-rows';
import type { KpiRows } from './types';

/**
 * `before`'s rows followed by `added`'s, less the rows on the dates marked 1 in `skip` (by their place
 * in `added.dates`), built a slice at a time: each step() copies the next added rows, and the joined
 * block, of its exact length, is returned once every added row is in. One copy of each row.
 */
export class KpiRowsJoin {
  readonly #added: KpiRows;
  readonly #skip: Uint8Array | undefined;
  readonly #all: boolean;
  #block: KpiRows | null = null;
  #dates = new Dictionary();
  #notes = new Dictionary();
  /** An added date's (note's) number in the joined list, found when a kept row first has it: -1 until then. */
  #dateOf = new Int32Array(0);
  #noteOf = new Int32Array(0);
  #k = 0;
  #j = 0;
  #result: KpiRows | null = null;

  /** `copy`: never share `added`'s columns or lists (a block cut out of a bigger one must own its rows). */
  constructor(before: KpiRows, added: KpiRows, skip?: Uint8Array, copy = false) {
    this.#added = added;
    this.#skip = skip;
    const size = added.value.length;
    // Columns in locals: a property read per row keeps the engine from optimising a loop (5–10× slower).
    const date = added.date;
    let keep = size;
    if (skip) for (let k = 0; k < size; k++) keep -= skip[date[k]];
    this.#all = keep === size;
    if (keep === 0 && !copy) this.#result = before;
    else if (before.value.length === 0 && keep === size && !copy) this.#result = { ...added, kpiId: before.kpiId };
    if (this.#result) return;
    this.#dates = new Dictionary(before.dates);
    this.#notes = new Dictionary(before.notes);
    this.#dateOf = new Int32Array(added.dates.length).fill(-1);
    this.#noteOf = new Int32Array(added.notes.length + 1).fill(-1);
    this.#noteOf[0] = 0;
    const at = before.value.length;
    const block = (this.#block = emptyKpiRows(before.kpiId, at + keep));
    block.date.set(before.date);
    block.value.set(before.value);
    block.n.set(before.n);
    block.note.set(before.note);
    if (this.#all) {
      block.value.set(added.value, at);
      block.n.set(added.n, at);
    }
    this.#j = at;
  }

  /** Joins up to `rows` more added rows (kept or skipped); the joined block once all are in, else null. */
  step(rows = Infinity): KpiRows | null {
    if (this.#result) return this.#result;
    const added = this.#added;
    const block = this.#block!;
    const { date, value, n, note } = added;
    const [toDate, toValue, toN, toNote] = [block.date, block.value, block.n, block.note];
    const [dateOf, noteOf, dates, notes, skip, all] = [this.#dateOf, this.#noteOf, this.#dates, this.#notes, this.#skip, this.#all];
    const end = Math.min(value.length, this.#k + rows);
    let j = this.#j;
    for (let k = this.#k; k < end; k++) {
      const d = date[k];
      if (!all) {
        if (skip![d] !== 0) continue;
        toValue[j] = value[k];
        toN[j] = n[k];
      }
      if (dateOf[d] < 0) dateOf[d] = dates.index(added.dates[d]);
      toDate[j] = dateOf[d];
      const t = note[k];
      if (noteOf[t] < 0) noteOf[t] = notes.index(added.notes[t - 1]) + 1;
      toNote[j] = noteOf[t];
      j++;
    }
    this.#k = end;
    this.#j = j;
    if (end === value.length) this.#result = { ...block, dates: dates.values, notes: notes.values };
    return this.#result;
  }
}

/**
 * Rows [from, to) of `block`, less those on `skip`'s dates, as a block of their own: fresh columns of
 * their exact length, and only the dates and notes those rows have (stored, it copies nothing more).
 */
export function sliceKpiRows(block: KpiRows, from: number, to: number, skip?: Uint8Array): KpiRows {
  const { date, value, n, note } = block;
  const range = { ...block, date: date.subarray(from, to), value: value.subarray(from, to), n: n.subarray(from, to), note: note.subarray(from, to) };
  return new KpiRowsJoin(emptyKpiRows(block.kpiId, 0), range, skip, true).step()!;
}

/** Blocks of one KPI, one after the other, as one block: dates and notes merged, each row copied once. */
export function concatKpiRows(blocks: readonly KpiRows[]): KpiRows {
  if (blocks.length === 1) return blocks[0];
  let size = 0;
  for (const b of blocks) size += b.value.length;
  const out = emptyKpiRows(blocks[0].kpiId, size);
  const dates = new Dictionary();
  const notes = new Dictionary();
  let at = 0;
  for (const b of blocks) {
    out.value.set(b.value, at);
    out.n.set(b.n, at);
    const dateOf = Int32Array.from(b.dates, (d) => dates.index(d));
    const noteOf = Int32Array.from([0, ...b.notes.map((t) => notes.index(t) + 1)]);
    const { date, note } = b;
    const [toDate, toNote] = [out.date, out.note];
    for (let k = 0; k < date.length; k++) {
      toDate[at + k] = dateOf[date[k]];
      toNote[at + k] = noteOf[note[k]];
    }
    at += b.value.length;
  }
  return { ...out, dates: dates.values, notes: notes.values };
}
