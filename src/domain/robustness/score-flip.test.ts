import { describe, expect, it } from 'vitest';
import { rankVendors } from '../scoring';
import { makeAssessment, makeCategory, makeCriterion, makeVendors, scoresOf } from '../test-factories';
import type { Assessment } from '../types';
import { buildRobustnessModel } from './model';
import { scoreFlip, type ScoreFlip } from './score-flip';
import { workedExampleWithTailspin } from './test-fixtures';

/** The assessment with the flipped vendor's consensus on the criterion set to `value` (one evaluator left). */
function withConsensus(assessment: Assessment, flip: ScoreFlip, value: number): Assessment {
  const scores = assessment.scores.filter((s) => !(s.vendorId === flip.vendorId && s.criterionId === flip.criterionId));
  scores.push({ vendorId: flip.vendorId, criterionId: flip.criterionId, evaluatorId: 'ana', value });
  return { ...assessment, scores };
}

function totals(assessment: Assessment): Map<string, number> {
  return new Map(rankVendors(assessment).map((v) => [v.vendorId, v.total ?? NaN]));
}

/** Re-rank with the change a hair short of and a hair past the reported one. */
function expectFlipHolds(assessment: Assessment, flip: ScoreFlip) {
  const short = totals(withConsensus(assessment, flip, flip.from + flip.change * (1 - 1e-6)));
  expect(short.get(flip.runnerUpId)!).toBeLessThan(short.get(flip.winnerId)!);
  const past = totals(withConsensus(assessment, flip, flip.from + flip.change * (1 + 1e-9)));
  expect(past.get(flip.runnerUpId)!).toBeGreaterThanOrEqual(past.get(flip.winnerId)! - 1e-9);
}

describe('scoreFlip', () => {
  it('finds the worked example plus Tailspin: Northwind’s Independent audits from 4.5 down by 0.6333…', () => {
    const assessment = workedExampleWithTailspin();
    const flip = scoreFlip(assessment, buildRobustnessModel(assessment))!;
    // Gap 4.75; audits carry e = 0.5 × 3/4 = 0.375, i.e. 7.5 points of total per scale point (0..5).
    // The runner-up's audits need the same 0.6333 rise: on a tie the winner's score is reported.
    expect(flip).toMatchObject({ vendorId: 'northwind', criterionId: 'sec-attestation', from: 4.5, runnerUpId: 'tailspin', winnerId: 'northwind' });
    expect(flip.change).toBeCloseTo(-4.75 / 7.5, 12);
    expect(flip.to).toBeCloseTo(4.5 - 4.75 / 7.5, 12);
    expectFlipHolds(assessment, flip);
  });

  it('stays within the scale: a change that would leave it is not offered', () => {
    // The winner leads by 40 on a 0..100 scale with two equal criteria: each moves the total by 0.5 per point,
    // so 80 points are needed. w's b1 is 70 (drop to −10: out), x's a1 is 10 (rise to 90: in).
    const assessment = makeAssessment({
      scale: { min: 0, max: 100 },
      categories: [makeCategory('k', 1, [makeCriterion('a1'), makeCriterion('b1')])],
      vendors: makeVendors('w', 'x'),
      scores: [...scoresOf('w', { a1: 90, b1: 70 }), ...scoresOf('x', { a1: 10, b1: 70 })],
    });
    const flip = scoreFlip(assessment, buildRobustnessModel(assessment))!;
    // w's a1 90 → 10 and x's a1 10 → 90 both fit (the winner's is reported); the b1 options leave the scale.
    expect(flip).toMatchObject({ vendorId: 'w', criterionId: 'a1', from: 90, to: 10, change: -80 });
    expectFlipHolds(assessment, flip);
    const wider = makeAssessment({ ...assessment, scores: [...scoresOf('w', { a1: 100, b1: 100 }), ...scoresOf('x', { a1: 5, b1: 5 })] });
    // Gap 95 needs 190 points: no single score can do it.
    expect(scoreFlip(wider, buildRobustnessModel(wider))).toBeNull();
  });

  it('uses a runner-up rise when the winner’s scores cannot drop far enough', () => {
    const assessment = makeAssessment({
      categories: [makeCategory('k', 1, [makeCriterion('a1', 1), makeCriterion('b1', 3)])],
      vendors: makeVendors('w', 'x'),
      // Gap = 100 × (0.25 × 1 + 0.75 × 1)/5 = 20 points; b1 moves 15 per point → 1.333 points.
      scores: [...scoresOf('w', { a1: 1, b1: 1 }), ...scoresOf('x', { a1: 0, b1: 0 })],
    });
    const flip = scoreFlip(assessment, buildRobustnessModel(assessment))!;
    expect(flip).toMatchObject({ vendorId: 'x', criterionId: 'b1', from: 0, runnerUpId: 'x' });
    expect(flip.change).toBeCloseTo(4 / 3, 12);
    expectFlipHolds(assessment, flip);
  });

  it('works on the consensus of several evaluators', () => {
    const assessment = workedExampleWithTailspin();
    // Northwind's audits are 4 (Ana) and 5 (Ben): the consensus 4.5 is what moves.
    const flip = scoreFlip(assessment, buildRobustnessModel(assessment))!;
    expect(flip.from).toBe(4.5);
  });

  it('tries every vendor sharing rank 2 and keeps the smallest change', () => {
    const assessment = makeAssessment({
      categories: [makeCategory('k', 1, [makeCriterion('a1', 1), makeCriterion('b1', 1)])],
      vendors: makeVendors('w', 'x', 'y'),
      // x and y both total 40; w 60. x can only rise on b1 (a1 is at 5 already)… y on either.
      scores: [...scoresOf('w', { a1: 3, b1: 3 }), ...scoresOf('x', { a1: 4, b1: 0 }), ...scoresOf('y', { a1: 0, b1: 4 })],
    });
    const flip = scoreFlip(assessment, buildRobustnessModel(assessment))!;
    // w's a1 dropping 3 → 1 closes the 20-point gap; nothing smaller exists (each point is 10 of total).
    expect(Math.abs(flip.change)).toBeCloseTo(2, 12);
    expect(flip.vendorId).toBe('w');
  });

  it('is null without a single winner or without a runner-up', () => {
    const tie = makeAssessment({
      categories: [makeCategory('k', 1, [makeCriterion('a1')])],
      vendors: makeVendors('w', 'x'),
      scores: [...scoresOf('w', { a1: 3 }), ...scoresOf('x', { a1: 3 })],
    });
    expect(scoreFlip(tie, buildRobustnessModel(tie))).toBeNull();
    const alone = { ...tie, vendors: makeVendors('w') };
    expect(scoreFlip(alone, buildRobustnessModel(alone))).toBeNull();
  });

  it('ignores criteria that carry no weight', () => {
    const assessment = makeAssessment({
      categories: [makeCategory('k', 1, [makeCriterion('a1', 1), makeCriterion('free', 0)]), makeCategory('off', 0, [makeCriterion('o1')])],
      vendors: makeVendors('w', 'x'),
      scores: [...scoresOf('w', { a1: 3, free: 5, o1: 5 }), ...scoresOf('x', { a1: 2, free: 0, o1: 0 })],
    });
    const flip = scoreFlip(assessment, buildRobustnessModel(assessment))!;
    expect(flip.criterionId).toBe('a1');
    expect(Math.abs(flip.change)).toBeCloseTo(1, 12);
  });
});
