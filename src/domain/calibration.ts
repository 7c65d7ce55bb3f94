// Calibration of several evaluators (SPEC §3 consensus): where do they disagree most, and who reads the
// scale differently from the others. Consensus, spread and the disagreement flag are those of
// consensus.ts (SPEC §3: the mean of the evaluators who scored the cell), so the results screen and the
// scoring grid's "Show consensus" always agree.
//
// Computed from the dense score matrix (score-matrix.ts): typed arrays indexed by cell and evaluator,
// one object per reported cell only, and the widest cells picked without sorting every cell. Every
// figure is the one a pass over the scores array gives: a cell's consensus adds its values in array
// order, and each evaluator's deviations are added cell after cell in the order the cells first
// appear there. One score per evaluator and cell (storage and import refuse repeats).
import { cellStats } from './consensus';
import { formatFixed, formatNumber } from './format';
import { ScoreMatrix } from './score-matrix';
import { widestCells } from './calibration-widest';
import type { Assessment } from './types';

interface CellScore {
  evaluatorId: string;
  evaluatorName: string;
  value: number;
}

interface SpreadCell {
  vendorId: string;
  vendorName: string;
  criterionId: string;
  criterionName: string;
  /** The evaluators' values, in the assessment's evaluator order. */
  scores: CellScore[];
  consensus: number;
  /** Highest minus lowest value, in scale points. */
  spread: number;
  /** The same as a share of the scale (0..1). */
  share: number;
  /** share ≥ 30 % of the scale (consensus.ts). */
  disagreement: boolean;
}

interface EvaluatorDeviation {
  evaluatorId: string;
  name: string;
  /** Cells this evaluator scored that at least one other evaluator scored too. */
  sharedCells: number;
  /** Mean of |own value − consensus| over those cells, in scale points; null without shared cells. */
  meanAbsDeviation: number | null;
  /** Mean of (own value − consensus): positive = scores above the others on average (lenient). */
  meanDeviation: number | null;
}

export interface Calibration {
  /** Evaluators who gave at least one score to a vendor and criterion of the assessment. */
  evaluatorsWithScores: number;
  /** Cells scored by two evaluators or more. */
  sharedCells: number;
  /** The cells with the widest spread (spread > 0), widest first, at most `limit`. */
  widest: SpreadCell[];
  deviations: EvaluatorDeviation[];
}

const CALIBRATION_LIMIT = 10;

/** Scale values as people write them: 4, 3.5, 3.33. */
export function scalePoints(x: number): string {
  return formatNumber(x, 2);
}

/** An evaluator's mean signed deviation in words: "0.50 above", "0.25 below", "none" or "—". */
export function leanText(x: number | null): string {
  if (x === null) return '—';
  return Math.abs(x) < 0.005 ? 'none' : `${formatFixed(Math.abs(x), 2)} ${x > 0 ? 'above' : 'below'}`;
}

/**
 * `matrix`: the assessment's scores as the open assessment keeps them (built from `a` when not given);
 * its vendors, criteria and evaluators must be those of `a`, in order.
 */
export function calibrate(a: Assessment, limit = CALIBRATION_LIMIT, matrix?: ScoreMatrix): Calibration {
  const m = matrix ?? ScoreMatrix.build(a);
  const listed = m.listedEvaluators;
  // Evaluators the assessment does not list are left out (their scores are not calibrated), so the
  // consensus is taken again without them where the matrix counted them.
  const stats = listed === m.evaluatorCount ? m : listedConsensus(m);
  const { count } = stats;

  const scored = new Uint8Array(listed);
  const n = new Float64Array(listed);
  const abs = new Float64Array(listed);
  const signed = new Float64Array(listed);
  let sharedCells = 0;
  for (const cell of sharedCellsInArrayOrder(m, count, scored)) {
    sharedCells++;
    const mean = stats.mean[cell];
    const first = cell * m.evaluatorCount;
    for (let e = 0; e < listed; e++) {
      const value = m.value[first + e];
      if (Number.isNaN(value)) continue;
      n[e]++;
      abs[e] += Math.abs(value - mean);
      signed[e] += value - mean;
    }
  }

  const criteria = a.categories.flatMap((k) => k.criteria);
  const widest: SpreadCell[] = widestCells(m, stats, limit).map((cell) => {
    const v = Math.floor(cell / m.criterionCount);
    const c = cell % m.criterionCount;
    const scores: CellScore[] = [];
    for (let e = 0; e < listed; e++) {
      const value = m.value[cell * m.evaluatorCount + e];
      if (!Number.isNaN(value)) scores.push({ evaluatorId: m.evaluatorIds[e], evaluatorName: a.evaluators[e].name, value });
    }
    const consensus = cellStats(stats, cell, a.scale)!;
    return {
      vendorId: m.vendorIds[v],
      vendorName: a.vendors[v].name,
      criterionId: m.criterionIds[c],
      criterionName: criteria[c].name,
      scores,
      consensus: consensus.mean,
      spread: consensus.max - consensus.min,
      share: consensus.spread,
      disagreement: consensus.disagreement,
    };
  });

  const deviations: EvaluatorDeviation[] = [];
  let evaluatorsWithScores = 0;
  for (let e = 0; e < listed; e++) evaluatorsWithScores += scored[e];
  for (const evaluator of a.evaluators) {
    const e = m.evaluatorOf(evaluator.id);
    if (e < 0 || e >= listed || !scored[e]) continue;
    deviations.push({
      evaluatorId: evaluator.id,
      name: evaluator.name,
      sharedCells: n[e],
      meanAbsDeviation: n[e] > 0 ? abs[e] / n[e] : null,
      meanDeviation: n[e] > 0 ? signed[e] / n[e] : null,
    });
  }

  return { evaluatorsWithScores, sharedCells, widest, deviations };
}

/**
 * The cells scored by two listed evaluators or more, in the order their first score appears in the
 * scores array (the order a pass over that array adds each evaluator's deviations in). Marks in
 * `scored` the listed evaluators who gave any value.
 */
function sharedCellsInArrayOrder(m: ScoreMatrix, count: Uint32Array, scored: Uint8Array): Int32Array {
  const listed = m.listedEvaluators;
  // Positions are distinct, so the cell whose first score sits at each position can be written there
  // and read back in order: a pass, not a sort.
  let end = 0;
  for (let i = 0; i < m.position.length; i++) if (m.position[i] >= end) end = m.position[i] + 1;
  const cellAt = new Int32Array(end).fill(-1);
  let shared = 0;
  for (let cell = 0; cell < m.cellCount; cell++) {
    const first = cell * m.evaluatorCount;
    let earliest = Infinity;
    for (let e = 0; e < listed; e++) {
      if (Number.isNaN(m.value[first + e])) continue;
      scored[e] = 1;
      if (m.position[first + e] < earliest) earliest = m.position[first + e];
    }
    if (count[cell] >= 2) {
      cellAt[earliest] = cell;
      shared++;
    }
  }
  const cells = new Int32Array(shared);
  let k = 0;
  for (let p = 0; p < end && k < shared; p++) if (cellAt[p] >= 0) cells[k++] = cellAt[p];
  return cells;
}

type Consensus = Pick<ScoreMatrix, 'mean' | 'count' | 'min' | 'max'>;

/** The consensus of every cell over the assessment's own evaluators, values added in array order. */
function listedConsensus(m: ScoreMatrix): Consensus {
  const mean = new Float64Array(m.cellCount).fill(NaN);
  const count = new Uint32Array(m.cellCount);
  const min = new Float64Array(m.cellCount);
  const max = new Float64Array(m.cellCount);
  for (let cell = 0; cell < m.cellCount; cell++) {
    const entries: number[] = [];
    for (let e = 0; e < m.listedEvaluators; e++) {
      const entry = cell * m.evaluatorCount + e;
      if (!Number.isNaN(m.value[entry])) entries.push(entry);
    }
    if (entries.length === 0) continue;
    entries.sort((x, y) => m.position[x] - m.position[y]);
    let sum = 0;
    entries.forEach((entry, k) => {
      const value = m.value[entry];
      if (k === 0 || value < min[cell]) min[cell] = value;
      if (k === 0 || value > max[cell]) max[cell] = value;
      sum += value;
    });
    count[cell] = entries.length;
    mean[cell] = sum / entries.length;
  }
  return { mean, count, min, max };
}
