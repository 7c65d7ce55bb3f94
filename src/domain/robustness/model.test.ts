import { describe, expect, it } from 'vitest';
import { makeAssessment, makeCategory, makeCriterion, makeMustHave, makeVendors, scoresOf } from '../test-factories';
import { buildRobustnessModel, closeCall } from './model';
import { workedExampleWithTailspin } from './test-fixtures';

describe('buildRobustnessModel', () => {
  it('keeps only qualified vendors as contenders, in ranking order, with their category scores', () => {
    const model = buildRobustnessModel(workedExampleWithTailspin());
    expect(model.contenders.map((c) => c.vendorId)).toEqual(['northwind', 'tailspin']);
    expect(model.contenders[0].total).toBeCloseTo(72.75, 12);
    expect(model.contenders[0].categoryScores).toEqual([87.5, 70, 40]);
    expect(model.contenders[1].categoryScores).toEqual([60, 60, 100]);
    expect(model.winnerId).toBe('northwind');
    expect(model.tiedForFirst).toEqual([]);
  });

  it('names the vendors it sets aside, with the ranking\'s reasons (SPEC §3 worked example)', () => {
    expect(buildRobustnessModel(workedExampleWithTailspin()).setAside).toEqual([
      { vendorId: 'fabrikam', name: 'Fabrikam Support', status: 'provisional', why: ['67.5 % of the weight scored'] },
      { vendorId: 'contoso', name: 'Contoso CX', status: 'disqualified', why: ['Independent audits: 2.5 < 3'] },
    ]);
    const nothingScored = makeAssessment({ categories: [makeCategory('k', 1, [makeCriterion('c')])], vendors: makeVendors('v') });
    expect(buildRobustnessModel(nothingScored).setAside).toEqual([{ vendorId: 'v', name: expect.any(String), status: 'provisional', why: ['nothing scored yet'] }]);
  });

  it('shares count only active categories: zero weight and all-zero criteria weights are left out', () => {
    const assessment = makeAssessment({
      categories: [
        makeCategory('a', 30, [makeCriterion('a1')]),
        makeCategory('zero', 0, [makeCriterion('z1')]),
        makeCategory('hollow', 50, [makeCriterion('h1', 0)]),
        makeCategory('b', 10, [makeCriterion('b1')]),
      ],
      vendors: makeVendors('v'),
      scores: scoresOf('v', { a1: 5, b1: 1 }),
    });
    const model = buildRobustnessModel(assessment);
    expect(model.categories.map((c) => [c.id, c.share])).toEqual([
      ['a', 0.75],
      ['b', 0.25],
    ]);
  });

  it('has no single winner when contenders share rank 1', () => {
    const assessment = makeAssessment({
      categories: [makeCategory('a', 1, [makeCriterion('a1')])],
      vendors: makeVendors('x', 'y', 'z'),
      scores: [...scoresOf('x', { a1: 4 }), ...scoresOf('y', { a1: 4 }), ...scoresOf('z', { a1: 1 })],
    });
    const model = buildRobustnessModel(assessment);
    expect(model.winnerId).toBeNull();
    expect(model.tiedForFirst).toEqual(['x', 'y']);
    expect(closeCall(model)).toMatchObject({ closeCall: true, gap: 0 });
  });

  it('leaves out disqualified and provisional vendors even when their totals are higher', () => {
    const assessment = makeAssessment({
      categories: [makeCategory('a', 1, [makeMustHave('m', 3), makeCriterion('c')])],
      vendors: makeVendors('ok', 'knocked-out', 'half-scored'),
      scores: [...scoresOf('ok', { m: 3, c: 1 }), ...scoresOf('knocked-out', { m: 2, c: 5 }), ...scoresOf('half-scored', { m: 5 })],
    });
    expect(buildRobustnessModel(assessment).contenders.map((c) => c.vendorId)).toEqual(['ok']);
  });
});

describe('closeCall', () => {
  it('flags a gap under 5 points with the gap', () => {
    const call = closeCall(buildRobustnessModel(workedExampleWithTailspin()));
    expect(call.closeCall).toBe(true);
    expect(call.gap).toBeCloseTo(4.75, 12);
    expect(call).toMatchObject({ leaderId: 'northwind', secondId: 'tailspin' });
  });

  it('is not a close call at exactly 5 points, and not with a single contender', () => {
    const assessment = makeAssessment({
      categories: [makeCategory('a', 1, [makeCriterion('a1')])],
      scale: { min: 0, max: 100 },
      vendors: makeVendors('x', 'y'),
      scores: [...scoresOf('x', { a1: 80 }), ...scoresOf('y', { a1: 75 })],
    });
    expect(closeCall(buildRobustnessModel(assessment))).toMatchObject({ closeCall: false, gap: 5 });
    const alone = { ...assessment, vendors: makeVendors('x') };
    expect(closeCall(buildRobustnessModel(alone))).toEqual({ closeCall: false, gap: null, leaderId: 'x', secondId: null });
  });
});
