// SPEC §9 score flip: the smallest change of one consensus score that lets the runner-up catch the winner.
import { consensusMatrix } from '../consensus';
import type { CellConsensus, ScoringInput } from '../scoring';
import { effectiveWeights } from '../weights';
import type { RobustnessModel } from './model';

export interface ScoreFlip {
  /** The vendor whose score changes: the winner (down) or the runner-up (up). */
  vendorId: string;
  criterionId: string;
  /** Signed change in scale points: negative for the winner, positive for the runner-up. */
  change: number;
  /** The consensus now and after the change. */
  from: number;
  to: number;
  /** The runner-up that draws level with the winner. */
  runnerUpId: string;
  winnerId: string;
}

/** A change that overshoots the scale by less than this is a rounding error, not outside the scale. */
const SCALE_TOLERANCE = 1e-9;

/**
 * null when there is no single winner, no runner-up, or no single score can close the gap. With
 * full coverage total = 100 × Σ e_c (s_c − lo) / ((hi − lo) × Σ e_c), so one criterion moves a total
 * by 100·e_c / ((hi − lo)·Σe) per scale point and the gap G needs G·(hi − lo)·Σe / (100·e_c) points.
 * Several vendors sharing rank 2 are each tried. On equal changes the winner's score is reported
 * first (was the winner scored too generously?), then checklist order. `consensus`: every cell's, laid
 * out as input.vendors × the checklist (the open assessment's ScoreMatrix); else the two vendors' cells
 * are computed from the scores.
 */
export function scoreFlip(input: ScoringInput, model: RobustnessModel, consensus?: CellConsensus): ScoreFlip | null {
  const winner = model.contenders.find((contender) => contender.vendorId === model.winnerId);
  const runnersUp = model.contenders.filter((contender) => contender.rank === model.contenders[1]?.rank);
  if (!winner || runnersUp.length === 0 || winner === runnersUp[0]) return null;

  const { min: lo, max: hi } = input.scale;
  const weights = effectiveWeights(input.categories);
  const checklist: string[] = [];
  const criterionIds: string[] = [];
  /** Checklist position of each criterion with a positive effective weight. */
  const column: number[] = [];
  const effective: number[] = [];
  let effectiveSum = 0;
  for (const category of input.categories) {
    for (const criterion of category.criteria) {
      checklist.push(criterion.id);
      const e = weights.get(criterion.id)?.effective ?? 0;
      if (e <= 0) continue;
      criterionIds.push(criterion.id);
      column.push(checklist.length - 1);
      effective.push(e);
      effectiveSum += e;
    }
  }
  const vendorIds = [winner.vendorId, ...runnersUp.map((r) => r.vendorId)];
  const m = consensus ?? consensusMatrix(vendorIds, checklist, input.scores);
  // The row of each of vendorIds in m.
  const rows = consensus ? vendorIds.map((id) => input.vendors.findIndex((v) => v.id === id)) : vendorIds.map((_, i) => i);
  const count = criterionIds.length;

  let best: ScoreFlip | null = null;
  const consider = (candidate: ScoreFlip) => {
    if (best === null || Math.abs(candidate.change) < Math.abs(best.change)) best = candidate;
  };
  runnersUp.forEach((runnerUp, r) => {
    const gap = winner.total - runnerUp.total;
    // Winner first, so on equal changes the winner's option is kept (strictly smaller replaces).
    for (const [row, vendorId, sign] of [
      [rows[0], winner.vendorId, -1],
      [rows[r + 1], runnerUp.vendorId, 1],
    ] as const) {
      for (let c = 0; c < count; c++) {
        const from = m.mean[row * checklist.length + column[c]];
        if (Number.isNaN(from)) continue; // cannot happen at full coverage; never invent a score
        const points = (gap * (hi - lo) * effectiveSum) / (100 * effective[c]);
        const to = from + sign * points;
        if (to < lo - SCALE_TOLERANCE || to > hi + SCALE_TOLERANCE) continue;
        consider({
          vendorId,
          criterionId: criterionIds[c],
          change: sign * points,
          from,
          to: Math.min(hi, Math.max(lo, to)),
          runnerUpId: runnerUp.vendorId,
          winnerId: winner.vendorId,
        });
      }
    }
  });
  return best;
}
