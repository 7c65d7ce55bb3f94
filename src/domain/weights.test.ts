import { describe, expect, it } from 'vitest';
import { makeCategory, makeCriterion } from './test-factories';
import { categoryShares, effectiveWeights } from './weights';

// The worked example's checklist (SPEC §3): security 50 (3 + 1), culture 30, tech 20.
const example = [
  makeCategory('security', 50, [makeCriterion('sec-attestation', 3), makeCriterion('sec-encryption', 1)]),
  makeCategory('culture', 30, [makeCriterion('fit-philosophy', 1)]),
  makeCategory('tech', 20, [makeCriterion('tech-integration', 1)]),
];

describe('categoryShares', () => {
  it('normalises category weights to W_k / ΣW', () => {
    expect([...categoryShares(example)]).toEqual([
      ['security', 0.5],
      ['culture', 0.3],
      ['tech', 0.2],
    ]);
  });

  it('gives every category 0 when no category has weight', () => {
    const shares = categoryShares([makeCategory('a', 0, []), makeCategory('b', 0, [])]);
    expect([...shares]).toEqual([
      ['a', 0],
      ['b', 0],
    ]);
  });

  it('treats a negative or non-finite weight as 0', () => {
    const shares = categoryShares([
      makeCategory('a', -5, []),
      makeCategory('b', Number.NaN, []),
      makeCategory('c', 2, []),
    ]);
    expect([...shares.values()]).toEqual([0, 0, 1]);
  });
});

describe('effectiveWeights', () => {
  it('multiplies the category share by the criterion share', () => {
    const weights = effectiveWeights(example);
    expect(weights.get('sec-attestation')).toEqual({
      criterionId: 'sec-attestation',
      categoryId: 'security',
      categoryShare: 0.5,
      criterionShare: 0.75,
      effective: 0.375,
    });
    expect(weights.get('sec-encryption')!.effective).toBe(0.125);
    expect(weights.get('fit-philosophy')!.effective).toBe(0.3);
    expect(weights.get('tech-integration')!.effective).toBe(0.2);
    const sum = [...weights.values()].reduce((s, w) => s + w.effective, 0);
    expect(sum).toBeCloseTo(1, 15);
  });

  it('gives 0 to every criterion of a category whose criteria weights sum to 0', () => {
    const weights = effectiveWeights([
      makeCategory('empty', 50, [makeCriterion('x1', 0), makeCriterion('x2', 0)]),
      makeCategory('real', 50, [makeCriterion('y1', 2)]),
    ]);
    expect(weights.get('x1')).toMatchObject({ categoryId: 'empty', categoryShare: 0.5, criterionShare: 0, effective: 0 });
    expect(weights.get('x2')!.effective).toBe(0);
    // ΣW still counts the empty category (SPEC §3 formula); totals divide it out again.
    expect(weights.get('y1')).toMatchObject({ categoryShare: 0.5, criterionShare: 1, effective: 0.5 });
  });

  it('gives 0 to the criteria of a category with weight 0 but keeps their share inside it', () => {
    const weights = effectiveWeights([
      makeCategory('off', 0, [makeCriterion('a1', 3), makeCriterion('a2', 1)]),
      makeCategory('on', 4, [makeCriterion('b1', 1)]),
    ]);
    expect(weights.get('a1')).toMatchObject({ categoryId: 'off', categoryShare: 0, criterionShare: 0.75, effective: 0 });
    expect(weights.get('b1')!.effective).toBe(1);
  });

  it('keys every criterion of the checklist, weighted or not', () => {
    expect([...effectiveWeights(example).keys()]).toEqual([
      'sec-attestation',
      'sec-encryption',
      'fit-philosophy',
      'tech-integration',
    ]);
    expect(effectiveWeights([]).size).toBe(0);
  });
});
