// Consensus of several evaluators per (vendor, criterion) cell, SPEC §3: the arithmetic mean of the
// values given by the evaluators who scored it; an evaluator who has not scored is absent, never zero.
import { idSlots as slots, ScoreMatrix } from './score-matrix';
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

/**
 * Dense consensus for the hot path (ranking 200 vendors × 100 criteria × 10 evaluators within a frame):
 * cell = vendor position × criterionCount + criterion position in the lists given; mean is NaN where
 * nobody scored. min and max are only tracked on request (null otherwise): ranking does not need them.
 */
interface ConsensusMatrix {
  criterionCount: number;
  mean: Float64Array;
  count: Uint32Array;
  min: Float64Array | null;
  max: Float64Array | null;
}

/** Scores of vendors or criteria not in the lists are ignored, and so are null (cleared) values. */
export function consensusMatrix(
  vendorIds: readonly string[],
  criterionIds: readonly string[],
  scores: readonly Score[],
  withRange: true,
): ConsensusMatrix & { min: Float64Array; max: Float64Array };
export function consensusMatrix(
  vendorIds: readonly string[],
  criterionIds: readonly string[],
  scores: readonly Score[],
  withRange?: boolean,
): ConsensusMatrix;
export function consensusMatrix(
  vendorIds: readonly string[],
  criterionIds: readonly string[],
  scores: readonly Score[],
  withRange = false,
): ConsensusMatrix {
  const vendorSlot = slots(vendorIds);
  const criterionSlot = slots(criterionIds);
  const stride = criterionIds.length;
  const size = vendorIds.length * stride;
  const sum = new Float64Array(size);
  const count = new Uint32Array(size);
  const min = withRange ? new Float64Array(size) : null;
  const max = withRange ? new Float64Array(size) : null;
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
      v = vendorSlot[lastVendor] ?? -1;
    }
    if (score.criterionId !== lastCriterion) {
      lastCriterion = score.criterionId;
      c = criterionSlot[lastCriterion] ?? -1;
    }
    if (v < 0 || c < 0) continue;
    const cell = v * stride + c;
    const n = count[cell];
    if (min !== null && max !== null) {
      if (n === 0 || value < min[cell]) min[cell] = value;
      if (n === 0 || value > max[cell]) max[cell] = value;
    }
    sum[cell] += value;
    count[cell] = n + 1;
  }
  const mean = sum; // reuse the buffer: the sums are not needed once divided
  for (let cell = 0; cell < size; cell++) mean[cell] = count[cell] > 0 ? sum[cell] / count[cell] : NaN;
  return { criterionCount: stride, mean, count, min, max };
}

/** The consensus of each cell of one assessment, looked up by vendor and criterion. */
export interface ConsensusCells {
  /** undefined where nobody scored the cell, or the vendor or criterion is not in the assessment. */
  at(vendorId: string, criterionId: string): CellStats | undefined;
}

/** The consensus of one cell of a matrix (mean, count, min and max as the matrix holds them); undefined when unscored. */
export function cellStats(m: Pick<ScoreMatrix, 'mean' | 'count' | 'min' | 'max'>, cell: number, scale: Scale): CellStats | undefined {
  const count = m.count[cell];
  if (!(count > 0)) return undefined;
  const range = scale.max - scale.min;
  const spread = range > 0 ? (m.max[cell] - m.min[cell]) / range : 0;
  return {
    mean: m.mean[cell],
    min: m.min[cell],
    max: m.max[cell],
    count,
    spread,
    disagreement: spread >= DISAGREEMENT_SPREAD - SPREAD_TOLERANCE,
  };
}

/** The consensus a matrix holds, on `scale`; it reads the matrix as it is when asked. */
export function matrixConsensus(m: ScoreMatrix, scale: Scale): ConsensusCells {
  return { at: (vendorId, criterionId) => cellStats(m, m.cellOf(vendorId, criterionId), scale) };
}

/**
 * The consensus of every scored cell of these scores, computed once for a one-off use (the open
 * assessment keeps a ScoreMatrix and patches it instead).
 */
export function consensusCells(scale: Scale, scores: readonly Score[]): ConsensusCells {
  const vendors = new Set<string>();
  const criteria = new Set<string>();
  for (const score of scores) {
    if (score.value === null || !Number.isFinite(score.value)) continue;
    vendors.add(score.vendorId);
    criteria.add(score.criterionId);
  }
  const m = ScoreMatrix.build({
    vendors: [...vendors].map((id) => ({ id })),
    categories: [{ criteria: [...criteria].map((id) => ({ id })) }],
    scores,
  });
  return matrixConsensus(m, scale);
}
