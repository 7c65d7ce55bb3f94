import { describe, expect, it } from 'vitest';
import { makeAssessment, makeCategory, makeCriterion, makeVendors, scoresOf } from '../test-factories';
import { buildRobustnessModel, type RobustnessModel } from './model';
import { createStabilityRun, DEFAULT_STABILITY, rankStability, stabilityOptionsProblem } from './monte-carlo';
import { workedExampleWithTailspin } from './test-fixtures';

/** Two categories a (weight wa) and b (weight wb), vendors with the given (a, b) scores on 0..100. */
function twoCategories(wa: number, wb: number, vendors: Record<string, [number, number]>): RobustnessModel {
  const ids = Object.keys(vendors);
  return buildRobustnessModel(
    makeAssessment({
      scale: { min: 0, max: 100 },
      categories: [makeCategory('a', wa, [makeCriterion('a1')]), makeCategory('b', wb, [makeCriterion('b1')])],
      vendors: makeVendors(...ids),
      scores: ids.flatMap((id) => scoresOf(id, { a1: vendors[id][0], b1: vendors[id][1] })),
    }),
  );
}

const sum = (shares: { pFirst: number }[]) => shares.reduce((total, s) => total + s.pFirst, 0);

describe('rankStability', () => {
  it('gives the same numbers for the same seed, whatever the step sizes', () => {
    const model = buildRobustnessModel(workedExampleWithTailspin());
    const options = { draws: 5000, spread: 0.5, seed: 99 };
    const whole = rankStability(model, options);
    const run = createStabilityRun(model, options);
    while (run.done < run.total) run.step(317);
    expect(run.shares()).toEqual(whole);
    expect(rankStability(model, { ...options, seed: 100 })).not.toEqual(whole);
  });

  it('has shares that sum to 1, in contender order', () => {
    const model = twoCategories(1, 1, { x: [90, 40], y: [40, 90], z: [64, 64] });
    const shares = rankStability(model, { draws: 4000, spread: 0.9, seed: 3 });
    expect(shares.map((s) => s.vendorId)).toEqual(model.contenders.map((c) => c.vendorId));
    expect(sum(shares)).toBeCloseTo(1, 12);
  });

  it('splits a tie evenly: identical vendors get exactly half the draws each', () => {
    const model = twoCategories(2, 1, { x: [80, 20], y: [80, 20] });
    expect(rankStability(model, { draws: 1001, spread: 0.25, seed: 5 })).toEqual([
      { vendorId: 'x', pFirst: 0.5 },
      { vendorId: 'y', pFirst: 0.5 },
    ]);
  });

  it('gives the winner every draw with no spread', () => {
    const model = buildRobustnessModel(workedExampleWithTailspin());
    expect(rankStability(model, { draws: 100, spread: 0, seed: 1 })).toEqual([
      { vendorId: 'northwind', pFirst: 1 },
      { vendorId: 'tailspin', pFirst: 0 },
    ]);
  });

  it('is within 2 points of the exact answer on a two-category case', () => {
    // x wins iff its share of a, p = fa·wa / (fa·wa + fb·wb), exceeds the crossing point, where
    // fa, fb ~ U[1 − u, 1 + u] independently. Integrate that exactly on a fine grid of (fa, fb).
    const u = 0.25;
    const [wa, wb] = [1, 1.2];
    const x: [number, number] = [90, 40];
    const y: [number, number] = [45, 80];
    const crossing = (y[1] - x[1]) / (x[0] - x[1] - (y[0] - y[1])); // p where their totals meet
    const grid = 1000;
    let wins = 0;
    for (let i = 0; i < grid; i++) {
      for (let j = 0; j < grid; j++) {
        const fa = 1 - u + (2 * u * (i + 0.5)) / grid;
        const fb = 1 - u + (2 * u * (j + 0.5)) / grid;
        if ((fa * wa) / (fa * wa + fb * wb) > crossing) wins++;
      }
    }
    const exact = wins / grid ** 2;
    expect(exact).toBeGreaterThan(0.2); // a real contest, not a walkover
    expect(exact).toBeLessThan(0.8);
    const shares = rankStability(twoCategories(wa, wb, { x, y }), { draws: 10_000, spread: u, seed: 11 });
    const shareX = shares.find((s) => s.vendorId === 'x')!;
    expect(Math.abs(shareX.pFirst - exact)).toBeLessThan(0.02);
  });

  it('is within 2 points of an exhaustive count on three categories and three vendors', () => {
    // Exhaustive over a 60³ grid of factors: the mean over the grid is the exact answer up to grid error.
    const model = buildRobustnessModel(
      makeAssessment({
        scale: { min: 0, max: 10 },
        categories: [makeCategory('a', 3, [makeCriterion('a1')]), makeCategory('b', 2, [makeCriterion('b1')]), makeCategory('c', 1, [makeCriterion('c1')])],
        vendors: makeVendors('x', 'y', 'z'),
        scores: [...scoresOf('x', { a1: 8, b1: 5, c1: 4 }), ...scoresOf('y', { a1: 6, b1: 8, c1: 5 }), ...scoresOf('z', { a1: 7, b1: 6, c1: 5 })],
      }),
    );
    const u = 0.4;
    const grid = 60;
    const firsts = new Map(model.contenders.map((c) => [c.vendorId, 0]));
    const factor = (i: number) => 1 - u + (2 * u * (i + 0.5)) / grid;
    for (let i = 0; i < grid; i++)
      for (let j = 0; j < grid; j++)
        for (let l = 0; l < grid; l++) {
          const w = [3 * factor(i), 2 * factor(j), 1 * factor(l)];
          const totals = model.contenders.map((c) => c.categoryScores.reduce((t, s, k) => t + s * w[k], 0));
          const best = Math.max(...totals);
          model.contenders.forEach((c, v) => {
            if (totals[v] === best) firsts.set(c.vendorId, firsts.get(c.vendorId)! + 1);
          });
        }
    const shares = rankStability(model, { draws: 20_000, spread: u, seed: 2 });
    expect(shares.filter((s) => s.pFirst > 0.1).length).toBeGreaterThan(1);
    for (const share of shares) expect(Math.abs(share.pFirst - firsts.get(share.vendorId)! / grid ** 3)).toBeLessThan(0.02);
  });

  it('has nothing to rank without contenders', () => {
    const model = buildRobustnessModel(makeAssessment());
    expect(rankStability(model, DEFAULT_STABILITY)).toEqual([]);
  });
});

describe('stabilityOptionsProblem', () => {
  it('names the option that is wrong', () => {
    expect(stabilityOptionsProblem(DEFAULT_STABILITY)).toBeNull();
    expect(stabilityOptionsProblem({ ...DEFAULT_STABILITY, draws: 0 })).toMatch(/draws/);
    expect(stabilityOptionsProblem({ ...DEFAULT_STABILITY, draws: 2.5 })).toMatch(/draws/);
    expect(stabilityOptionsProblem({ ...DEFAULT_STABILITY, spread: 1 })).toMatch(/spread/);
    expect(stabilityOptionsProblem({ ...DEFAULT_STABILITY, spread: -0.1 })).toMatch(/spread/);
    expect(stabilityOptionsProblem({ ...DEFAULT_STABILITY, seed: NaN })).toMatch(/seed/);
    expect(() => createStabilityRun(buildRobustnessModel(makeAssessment()), { ...DEFAULT_STABILITY, draws: -1 })).toThrow(/draws/);
  });
});
