// Consensus of several evaluators per (vendor, criterion) cell, SPEC §3: the arithmetic mean of the
// values given by the evaluators who scored it; an evaluator who has not scored is absent, never zero.
import type { Scale, Score } from './types';

export interface CellStats {
  mean: number;
  min: number;
  max: number;
  /** Evaluators who gave a value. */
  count: number;
  /** (max − min) / (hi − lo): 0 when everyone agrees, 1 when they span the whole scale. */
  spread: number;
  /** spread ≥ DISAGREEMENT_SPREAD. */
  disagreement: boolean;
}

/** Evaluators disagree when their scores span at least 30 % of the scale. */
export const DISAGREEMENT_SPREAD = 0.3;
/**
 * Tolerance on the 30 % line: (4.1 − 1.1) / 10 is 0.29999999999999993 in floating point, yet the
 * evaluators are exactly 30 % apart and must be flagged.
 */
const SPREAD_TOLERANCE = 1e-12;

/** The key of a cell in consensusCells. U+001F (unit separator) cannot clash with a printable id. */
export function cellKey(vendorId: string, criterionId: string): string {
  return `${vendorId}\u001f${criterionId}`;
}

/**
 * Dense consensus for the hot path (ranking 200 vendors × 100 criteria × 10 evaluators within a frame):
 * cell = vendorIndex × criterionCount + criterionIndex, mean is NaN where nobody scored.
 */
export interface ConsensusMatrix {
  vendorIndex: Map<string, number>;
  criterionIndex: Map<string, number>;
  criterionCount: number;
  mean: Float64Array;
  min: Float64Array;
  max: Float64Array;
  count: Uint32Array;
}

/** Scores of vendors or criteria not in the lists are ignored, and so are null (cleared) values. */
export function consensusMatrix(
  vendorIds: readonly string[],
  criterionIds: readonly string[],
  scores: readonly Score[],
): ConsensusMatrix {
  const vendorIndex = indexOf(vendorIds);
  const criterionIndex = indexOf(criterionIds);
  const stride = criterionIds.length;
  const size = vendorIds.length * stride;
  const sum = new Float64Array(size);
  const min = new Float64Array(size);
  const max = new Float64Array(size);
  const count = new Uint32Array(size);
  // Scores usually arrive grouped by vendor and criterion: remembering the last id saves most lookups.
  let lastVendor: string | undefined;
  let lastCriterion: string | undefined;
  let v = -1;
  let c = -1;
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i];
    const value = score.value;
    if (value === null || !Number.isFinite(value)) continue;
    if (score.vendorId !== lastVendor) {
      lastVendor = score.vendorId;
      v = vendorIndex.get(lastVendor) ?? -1;
    }
    if (score.criterionId !== lastCriterion) {
      lastCriterion = score.criterionId;
      c = criterionIndex.get(lastCriterion) ?? -1;
    }
    if (v < 0 || c < 0) continue;
    const cell = v * stride + c;
    const n = count[cell];
    if (n === 0 || value < min[cell]) min[cell] = value;
    if (n === 0 || value > max[cell]) max[cell] = value;
    sum[cell] += value;
    count[cell] = n + 1;
  }
  const mean = sum; // reuse the buffer: the sums are not needed once divided
  for (let cell = 0; cell < size; cell++) mean[cell] = count[cell] > 0 ? sum[cell] / count[cell] : NaN;
  return { vendorIndex, criterionIndex, criterionCount: stride, mean, min, max, count };
}

/** Every scored cell, keyed by cellKey(vendorId, criterionId); cells nobody scored are absent. */
export function consensusCells(scale: Scale, scores: Score[]): Map<string, CellStats> {
  const vendorIds = new Set<string>();
  const criterionIds = new Set<string>();
  for (const score of scores) {
    if (score.value === null || !Number.isFinite(score.value)) continue;
    vendorIds.add(score.vendorId);
    criterionIds.add(score.criterionId);
  }
  const vendors = [...vendorIds];
  const criteria = [...criterionIds];
  const m = consensusMatrix(vendors, criteria, scores);
  const range = scale.max - scale.min;
  const cells = new Map<string, CellStats>();
  for (let v = 0; v < vendors.length; v++) {
    for (let c = 0; c < criteria.length; c++) {
      const cell = v * m.criterionCount + c;
      if (m.count[cell] === 0) continue;
      const spread = range > 0 ? (m.max[cell] - m.min[cell]) / range : 0;
      cells.set(cellKey(vendors[v], criteria[c]), {
        mean: m.mean[cell],
        min: m.min[cell],
        max: m.max[cell],
        count: m.count[cell],
        spread,
        disagreement: spread >= DISAGREEMENT_SPREAD - SPREAD_TOLERANCE,
      });
    }
  }
  return cells;
}

function indexOf(ids: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) if (!index.has(ids[i])) index.set(ids[i], i);
  return index;
}
