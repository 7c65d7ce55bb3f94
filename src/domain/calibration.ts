// Calibration of several evaluators (SPEC §3 consensus): where do they disagree most, and who reads the
// scale differently from the others. Consensus, spread and the disagreement flag are those of
// consensus.ts (SPEC §3: the mean of the evaluators who scored the cell), so the results screen and the
// scoring grid's "Show consensus" always agree.
import { cellKey } from './cell-key';
import { consensusCells } from './consensus';
import { formatFixed, formatNumber } from './format';
import type { Assessment, Score } from './types';

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

export function calibrate(a: Assessment, limit = CALIBRATION_LIMIT): Calibration {
  const vendors = new Map(a.vendors.map((v, i) => [v.id, { name: v.name, order: i }]));
  const criteria = new Map(a.categories.flatMap((k) => k.criteria).map((c, i) => [c.id, { name: c.name, order: i }]));
  const evaluators = new Map(a.evaluators.map((e, i) => [e.id, { name: e.name, order: i }]));
  const counted = a.scores.filter(
    (s): s is Score & { value: number } =>
      s.value !== null && Number.isFinite(s.value) && vendors.has(s.vendorId) && criteria.has(s.criterionId) && evaluators.has(s.evaluatorId),
  );
  const stats = consensusCells(a.scale, counted);

  const byCell = new Map<string, (Score & { value: number })[]>();
  for (const s of counted) {
    const k = cellKey(s.vendorId, s.criterionId);
    const list = byCell.get(k);
    if (list) list.push(s);
    else byCell.set(k, [s]);
  }

  const spreads: SpreadCell[] = [];
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
  const deviations: EvaluatorDeviation[] = a.evaluators
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
