// Scores as stored: one block per (assessment, vendor) with its scores as columns, like measurements
// (measurement-blocks.ts). An IndexedDB write costs ~0.1 ms per record plus a structured clone of
// every object and property, so 54,000 scores as 54,000 records took 4.3 s to write; as 200 blocks of
// typed arrays they are a handful of buffers. One block per vendor keeps a single score edit cheap: it
// rewrites one vendor's block (criteria × evaluators rows), never the whole assessment.
//
// Pure (no Dexie): the JSON import worker builds blocks with it, so the storage format stays defined
// in this one place.
import { Dictionary } from '../../domain/dictionary';
import { groupBy } from '../../domain/group-by';
import { hasScoreContent } from '../../domain/score-edits';
import type { Score } from '../../domain/types';

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

/** IndexedDB's order of string keys (code units), so blocks read back as version 1's records did. */
const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byCell = (a: Score, b: Score): number => byCode(a.criterionId, b.criterionId) || byCode(a.evaluatorId, b.evaluatorId);

/** One vendor's scores (those with a value or a note) as a block; null when none is kept. */
export function vendorBlock(assessmentId: string, vendorId: string, scores: readonly Score[]): ScoreBlock | null {
  const kept = scores.filter(hasScoreContent).sort(byCell);
  if (kept.length === 0) return null;
  const size = kept.length;
  const [criteria, evaluators, notes, stamps] = [new Dictionary(), new Dictionary(), new Dictionary(), new Dictionary()];
  const block: ScoreBlock = {
    assessmentId, vendorId,
    criteria: criteria.values, criterion: new Uint32Array(size),
    evaluators: evaluators.values, evaluator: new Uint32Array(size),
    value: new Float64Array(size),
    notes: notes.values, note: new Uint32Array(size),
    stamps: stamps.values, stamp: new Uint32Array(size),
  };
  kept.forEach((s, i) => {
    block.criterion[i] = criteria.index(s.criterionId);
    block.evaluator[i] = evaluators.index(s.evaluatorId);
    block.value[i] = s.value ?? NaN;
    block.note[i] = s.note === undefined ? 0 : notes.index(s.note) + 1;
    block.stamp[i] = s.updatedAt === undefined ? 0 : stamps.index(s.updatedAt) + 1;
  });
  return block;
}

/** An assessment's scores as blocks, one per vendor that has any, in vendor id order. */
export function scoreBlocks(assessmentId: string, scores: readonly Score[]): ScoreBlock[] {
  const byVendor = groupBy(scores, (s) => s.vendorId);
  return [...byVendor.keys()]
    .sort(byCode)
    .map((vendorId) => vendorBlock(assessmentId, vendorId, byVendor.get(vendorId)!))
    .filter((b): b is ScoreBlock => b !== null);
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
