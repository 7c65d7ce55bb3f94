// Scores as stored: one block per (assessment, vendor) with its scores as columns, like measurements
// (measurement-blocks.ts). An IndexedDB write costs ~0.1 ms per record plus a structured clone of
// every object and property, so 54,000 scores as 54,000 records took 4.3 s to write; as 200 blocks of
// typed arrays they are a handful of buffers. One block per vendor keeps a single score edit cheap: it
// rewrites one vendor's block (criteria × evaluators rows), never the whole assessment.
//
// Pure (no Dexie): the JSON import worker builds blocks with it, so the storage format stays defined
// in this one place.
import { Dictionary } from '../../domain/dictionary';
import { hasScoreContent } from '../../domain/score-edits';
import type { Score } from '../../domain/types';
import { byCode, codeRanks, stableSortBy } from './score-order';

/**
 * Row i is { vendorId, criterionId: criteria[criterion[i]], evaluatorId: evaluators[evaluator[i]],
 * value: value[i] unless NaN (then null), note: notes[note[i] - 1] unless note[i] is 0, updatedAt:
 * stamps[stamp[i] - 1] unless stamp[i] is 0 }. Rows are in (criterionId, evaluatorId) order, the order
 * the one-record-per-score layout of schema version 1 read them back in.
 */
export interface ScoreBlock {
  assessmentId: string;
  vendorId: string;
  criteria: string[];
  criterion: Uint32Array;
  evaluators: string[];
  evaluator: Uint32Array;
  /** NaN where the score has no value (a note on a cell not scored yet, SPEC §5). */
  value: Float64Array;
  notes: string[];
  note: Uint32Array;
  stamps: string[];
  stamp: Uint32Array;
}

/**
 * The kept scores (those with a value or a note) as columns: each string field numbered by a Dictionary
 * in first-seen order (note and stamp 1 + that number, 0 when absent), so a string is hashed once.
 * `vendorId` given: every score is taken as that vendor's.
 */
function columnsOf(scores: readonly Score[], vendorId?: string) {
  const [vendors, criteria, evaluators, notes, stamps] = [new Dictionary(), new Dictionary(), new Dictionary(), new Dictionary(), new Dictionary()];
  const size = scores.length;
  const [vendor, criterion, evaluator, note, stamp] = [new Uint32Array(size), new Uint32Array(size), new Uint32Array(size), new Uint32Array(size), new Uint32Array(size)];
  const value = new Float64Array(size);
  let rows = 0;
  for (const s of scores) {
    if (!hasScoreContent(s)) continue;
    vendor[rows] = vendors.index(vendorId ?? s.vendorId);
    criterion[rows] = criteria.index(s.criterionId);
    evaluator[rows] = evaluators.index(s.evaluatorId);
    value[rows] = s.value ?? NaN;
    note[rows] = s.note === undefined ? 0 : notes.index(s.note) + 1;
    stamp[rows] = s.updatedAt === undefined ? 0 : stamps.index(s.updatedAt) + 1;
    rows++;
  }
  return { rows, vendors, criteria, evaluators, notes, stamps, vendor, criterion, evaluator, value, note, stamp };
}

/**
 * Renumbers a column within one block, in the order the block's rows meet its values: what a fresh
 * Dictionary per block gave, without hashing the strings again. `first` is 1 when 0 means "none".
 */
class BlockNumbers {
  readonly #seenIn: Uint32Array;
  readonly #local: Uint32Array;
  #block = 0;
  values: string[] = [];

  constructor(
    private readonly all: readonly string[],
    private readonly first = 0,
  ) {
    this.#seenIn = new Uint32Array(all.length);
    this.#local = new Uint32Array(all.length);
  }

  /** Starts the next block's numbering. */
  next(): string[] {
    this.#block++;
    return (this.values = []);
  }

  number(code: number): number {
    if (code < this.first) return code;
    const ordinal = code - this.first;
    if (this.#seenIn[ordinal] !== this.#block) {
      this.#seenIn[ordinal] = this.#block;
      this.#local[ordinal] = this.values.length;
      this.values.push(this.all[ordinal]);
    }
    return this.#local[ordinal] + this.first;
  }
}

/**
 * The blocks of `scores` in vendor id order, rows in (criterionId, evaluatorId) order and, within a cell,
 * in the scores' order: stable counting sorts by rank, least significant key first (score-order.ts).
 */
function blocksOf(assessmentId: string, scores: readonly Score[], vendorId?: string): ScoreBlock[] {
  const c = columnsOf(scores, vendorId);
  let order: Uint32Array = new Uint32Array(c.rows);
  for (let i = 0; i < c.rows; i++) order[i] = i;
  order = stableSortBy(order, c.evaluator, codeRanks(c.evaluators.values));
  order = stableSortBy(order, c.criterion, codeRanks(c.criteria.values));
  order = stableSortBy(order, c.vendor, codeRanks(c.vendors.values));
  const [criteria, evaluators, notes, stamps] = [new BlockNumbers(c.criteria.values), new BlockNumbers(c.evaluators.values), new BlockNumbers(c.notes.values, 1), new BlockNumbers(c.stamps.values, 1)];
  const blocks: ScoreBlock[] = [];
  for (let start = 0, end = 0; start < c.rows; start = end) {
    const vendor = c.vendor[order[start]];
    while (end < c.rows && c.vendor[order[end]] === vendor) end++;
    const size = end - start;
    const block: ScoreBlock = {
      assessmentId, vendorId: c.vendors.values[vendor],
      criteria: criteria.next(), criterion: new Uint32Array(size),
      evaluators: evaluators.next(), evaluator: new Uint32Array(size),
      value: new Float64Array(size),
      notes: notes.next(), note: new Uint32Array(size),
      stamps: stamps.next(), stamp: new Uint32Array(size),
    };
    for (let i = 0; i < size; i++) {
      const row = order[start + i];
      block.criterion[i] = criteria.number(c.criterion[row]);
      block.evaluator[i] = evaluators.number(c.evaluator[row]);
      block.value[i] = c.value[row];
      block.note[i] = notes.number(c.note[row]);
      block.stamp[i] = stamps.number(c.stamp[row]);
    }
    blocks.push(block);
  }
  return blocks;
}

/** One vendor's scores (those with a value or a note) as a block; null when none is kept. */
export function vendorBlock(assessmentId: string, vendorId: string, scores: readonly Score[]): ScoreBlock | null {
  return blocksOf(assessmentId, scores, vendorId)[0] ?? null;
}

/** An assessment's scores as blocks, one per vendor that has any, in vendor id order. */
export function scoreBlocks(assessmentId: string, scores: readonly Score[]): ScoreBlock[] {
  return blocksOf(assessmentId, scores);
}

/** Appends a block's scores, as Score objects, to `out`. */
export function blockScores(block: ScoreBlock, out: Score[]): void {
  const { vendorId, criteria, criterion, evaluators, evaluator, value, notes, note, stamps, stamp } = block;
  for (let i = 0; i < value.length; i++) {
    const score: Score = { vendorId, criterionId: criteria[criterion[i]], evaluatorId: evaluators[evaluator[i]], value: Number.isNaN(value[i]) ? null : value[i] };
    if (note[i] !== 0) score.note = notes[note[i] - 1];
    if (stamp[i] !== 0) score.updatedAt = stamps[stamp[i] - 1];
    out.push(score);
  }
}

/** The scores of many blocks, in block order. */
export function scoresOfBlocks(blocks: readonly ScoreBlock[]): Score[] {
  const out: Score[] = [];
  for (const block of [...blocks].sort((a, b) => byCode(a.vendorId, b.vendorId))) blockScores(block, out);
  return out;
}
