// The consensus cells and calibration as they were computed before the score matrix (one object per
// score and per cell, string keys, every spread cell sorted), kept only as the reference the tests
// hold the matrix-based versions to: same numbers to the last bit, same order, same tie-breaks.
import type { Calibration } from './calibration';
import { cellKey } from './cell-key';
import { consensusMatrix, DISAGREEMENT_SPREAD, type CellStats } from './consensus';
import type { Assessment, Scale, Score } from './types';

const SPREAD_TOLERANCE = 1e-12;

/** consensusCells as it was: every scored cell in a Map keyed by cellKey. */
export function consensusCellsBefore(scale: Scale, scores: Score[]): Map<string, CellStats> {
  const vendorIds = new Set<string>();
  const criterionIds = new Set<string>();
  for (const score of scores) {
    if (score.value === null || !Number.isFinite(score.value)) continue;
    vendorIds.add(score.vendorId);
    criterionIds.add(score.criterionId);
  }
  const vendors = [...vendorIds];
  const criteria = [...criterionIds];
  const { mean, count, min, max } = consensusMatrix(vendors, criteria, scores, true);
  const range = scale.max - scale.min;
  const cells = new Map<string, CellStats>();
  for (let v = 0; v < vendors.length; v++) {
    for (let c = 0; c < criteria.length; c++) {
      const cell = v * criteria.length + c;
      if (count[cell] === 0) continue;
      const spread = range > 0 ? (max[cell] - min[cell]) / range : 0;
      cells.set(cellKey(vendors[v], criteria[c]), {
        mean: mean[cell],
        min: min[cell],
        max: max[cell],
        count: count[cell],
        spread,
        disagreement: spread >= DISAGREEMENT_SPREAD - SPREAD_TOLERANCE,
      });
    }
  }
  return cells;
}

/** calibrate as it was: an object per score and per cell, every spread cell sorted. */
export function calibrateBefore(a: Assessment, limit = 10): Calibration {
  const vendors = new Map(a.vendors.map((v, i) => [v.id, { name: v.name, order: i }]));
  const criteria = new Map(a.categories.flatMap((k) => k.criteria).map((c, i) => [c.id, { name: c.name, order: i }]));
  const evaluators = new Map(a.evaluators.map((e, i) => [e.id, { name: e.name, order: i }]));
  const counted = a.scores.filter(
    (s): s is Score & { value: number } =>
      s.value !== null && Number.isFinite(s.value) && vendors.has(s.vendorId) && criteria.has(s.criterionId) && evaluators.has(s.evaluatorId),
  );
  const stats = consensusCellsBefore(a.scale, counted);

  const byCell = new Map<string, (Score & { value: number })[]>();
  for (const s of counted) {
    const k = cellKey(s.vendorId, s.criterionId);
    const list = byCell.get(k);
    if (list) list.push(s);
    else byCell.set(k, [s]);
  }

  const spreads: Calibration['widest'] = [];
  const sums = new Map<string, { n: number; abs: number; signed: number }>();
  for (const [k, list] of byCell) {
    const cell = stats.get(k)!;
    if (cell.count < 2) continue;
    for (const s of list) {
      const acc = sums.get(s.evaluatorId) ?? { n: 0, abs: 0, signed: 0 };
      acc.n++;
      acc.abs += Math.abs(s.value - cell.mean);
      acc.signed += s.value - cell.mean;
      sums.set(s.evaluatorId, acc);
    }
    const spread = cell.max - cell.min;
    if (spread <= 0) continue;
    const { vendorId, criterionId } = list[0];
    spreads.push({
      vendorId,
      vendorName: vendors.get(vendorId)!.name,
      criterionId,
      criterionName: criteria.get(criterionId)!.name,
      scores: [...list]
        .sort((x, y) => evaluators.get(x.evaluatorId)!.order - evaluators.get(y.evaluatorId)!.order)
        .map((s) => ({ evaluatorId: s.evaluatorId, evaluatorName: evaluators.get(s.evaluatorId)!.name, value: s.value })),
      consensus: cell.mean,
      spread,
      share: cell.spread,
      disagreement: cell.disagreement,
    });
  }
  // Widest first; equal spreads in checklist order, then vendor order, so the list is stable.
  spreads.sort(
    (x, y) =>
      y.spread - x.spread ||
      criteria.get(x.criterionId)!.order - criteria.get(y.criterionId)!.order ||
      vendors.get(x.vendorId)!.order - vendors.get(y.vendorId)!.order,
  );

  const scorers = new Set(counted.map((s) => s.evaluatorId));
  const deviations: Calibration['deviations'] = a.evaluators
    .filter((e) => scorers.has(e.id))
    .map((e) => {
      const acc = sums.get(e.id);
      return {
        evaluatorId: e.id,
        name: e.name,
        sharedCells: acc?.n ?? 0,
        meanAbsDeviation: acc ? acc.abs / acc.n : null,
        meanDeviation: acc ? acc.signed / acc.n : null,
      };
    });

  return {
    evaluatorsWithScores: scorers.size,
    sharedCells: [...byCell.values()].filter((list) => list.length >= 2).length,
    widest: spreads.slice(0, limit),
    deviations,
  };
}
