// Hand-built edge cases of SPEC §3 totals, coverage, category scores and status (the worked example and
// shared vectors are in scoring.examples.test.ts, ranking order in scoring.ranking.test.ts).
import { describe, expect, it } from 'vitest';
import { rankVendors } from './scoring';
import {
  makeAssessment,
  makeCategory,
  makeCriterion,
  makeMustHave,
  makeScore,
  makeVendors,
  scoresOf,
} from './test-factories';
import type { Category } from './types';

const oneCriterion: Category[] = [makeCategory('k', 1, [makeCriterion('c1')])];
const summary = (input: Parameters<typeof rankVendors>[0]) =>
  rankVendors(input).map((v) => [v.rank, v.vendorId, v.total, v.status]);

describe('weights', () => {
  it('ignores a category whose criteria weights are all 0 in total and coverage', () => {
    const input = makeAssessment({
      categories: [
        makeCategory('x', 50, [makeCriterion('x1', 0), makeCriterion('x2', 0)]),
        makeCategory('y', 50, [makeCriterion('y1', 1)]),
      ],
      vendors: makeVendors('full', 'weightless'),
      scores: [...scoresOf('full', { x1: 0, y1: 5 }), ...scoresOf('weightless', { x1: 5, x2: 5 })],
    });
    const [full, weightless] = rankVendors(input);
    expect(full).toMatchObject({ vendorId: 'full', total: 100, coverage: 1, status: 'qualified' });
    expect(full.categories).toEqual({ x: null, y: 100 });
    expect(full.contributions).toEqual({ x: 0, y: 100 });
    expect(full.scoredCriteria).toBe(2);
    expect(full.totalCriteria).toBe(3);
    expect(weightless).toMatchObject({ vendorId: 'weightless', total: null, coverage: 0, rank: 2 });
    expect(weightless.status).toBe('provisional');
    expect(weightless.contributions).toEqual({ x: 0, y: 0 });
  });

  it('gives a category of weight 0 no say in the total but still a radar score', () => {
    const input = makeAssessment({
      categories: [makeCategory('a', 0, [makeCriterion('a1')]), makeCategory('b', 3, [makeCriterion('b1')])],
      vendors: makeVendors('v'),
      scores: scoresOf('v', { a1: 0, b1: 4 }),
    });
    const [v] = rankVendors(input);
    expect(v).toMatchObject({ total: 80, coverage: 1, status: 'qualified' });
    expect(v.categories).toEqual({ a: 0, b: 80 });
    expect(v.contributions).toEqual({ a: 0, b: 80 });
  });
});

describe('unscored criteria and must-haves', () => {
  const categories = [
    makeCategory('s', 60, [makeCriterion('s1', 3), makeCriterion('s2', 1)]),
    makeCategory('t', 40, [makeCriterion('t1', 1)]),
  ];

  it('renormalises the total over the scored criteria instead of counting gaps as zero', () => {
    const input = makeAssessment({ categories, vendors: makeVendors('v'), scores: scoresOf('v', { s1: 5, t1: 0 }) });
    const [v] = rankVendors(input);
    // e = 0.45 (s1), 0.15 (s2, unscored), 0.4 (t1): 100 × 0.45 / 0.85
    expect(v.total).toBeCloseTo(900 / 17, 12);
    expect(v.coverage).toBeCloseTo(0.85, 15);
    expect(v.status).toBe('provisional');
    expect(v.categories).toEqual({ s: 100, t: 0 });
    expect(v.scoredCriteria).toBe(2);
  });

  it('keeps a vendor provisional while a must-have is unscored, even at full coverage', () => {
    const input = makeAssessment({
      categories: [makeCategory('k', 1, [makeCriterion('k1'), makeMustHave('km', 3, 0)])],
      vendors: makeVendors('v'),
      scores: scoresOf('v', { k1: 5 }),
    });
    const [v] = rankVendors(input);
    expect(v).toMatchObject({ total: 100, coverage: 1, status: 'provisional' });
    expect(v.failedMustHaves).toEqual([]);
    expect(v.unscoredMustHaves).toEqual(['km']);
  });

  it('disqualifies below minScore only, and lists every failed must-have in checklist order', () => {
    const input = makeAssessment({
      categories: [
        makeCategory('k', 1, [makeMustHave('m2', 3), makeCriterion('k1')]),
        makeCategory('j', 1, [makeMustHave('m1', 2)]),
      ],
      vendors: makeVendors('at', 'below'),
      scores: [
        ...scoresOf('at', { m2: 3, k1: 5, m1: 2 }),
        makeScore('below', 'm2', 2, 'e1'),
        makeScore('below', 'm2', 3, 'e2'), // consensus 2.5 < 3
        makeScore('below', 'm1', 1.5, 'e1'),
        makeScore('below', 'k1', 5, 'e1'),
      ],
    });
    const [at, below] = rankVendors(input);
    expect(at).toMatchObject({ vendorId: 'at', status: 'qualified', failedMustHaves: [] });
    expect(at.total).toBeCloseTo(100 * (0.25 * 0.6 + 0.25 * 1 + 0.5 * 0.4), 12);
    expect(below).toMatchObject({ vendorId: 'below', status: 'disqualified', coverage: 1 });
    expect(below.failedMustHaves).toEqual(['m2', 'm1']);
    expect(below.total).toBeCloseTo(100 * (0.25 * 0.5 + 0.25 * 1 + 0.5 * 0.3), 12);
  });
});

describe('consensus in the total', () => {
  it('averages only the evaluators who scored each cell and ignores null values', () => {
    const input = makeAssessment({
      categories: [makeCategory('k', 1, [makeCriterion('c1'), makeCriterion('c2')])],
      evaluators: [{ id: 'e1', name: 'One' }, { id: 'e2', name: 'Two' }, { id: 'e3', name: 'Three' }],
      vendors: makeVendors('v'),
      scores: [
        makeScore('v', 'c1', 4, 'e1'),
        makeScore('v', 'c1', 2, 'e2'),
        makeScore('v', 'c2', 2, 'e1'),
        makeScore('v', 'c2', null, 'e3'), // cleared: absent, not 0
      ],
    });
    const [v] = rankVendors(input);
    expect(v.total).toBe(50); // (3 + 2) / (2 × 5)
    expect(v.coverage).toBe(1);
    expect(v.status).toBe('qualified');
  });

  it('treats a cell whose every value is null as unscored', () => {
    const input = makeAssessment({
      categories: oneCriterion,
      vendors: makeVendors('v'),
      scores: [makeScore('v', 'c1', null)],
    });
    expect(rankVendors(input)[0]).toMatchObject({ total: null, coverage: 0, scoredCriteria: 0, status: 'provisional' });
  });

  it('ignores scores of vendors or criteria that are not in the assessment', () => {
    const input = makeAssessment({
      categories: oneCriterion,
      vendors: makeVendors('v'),
      scores: [makeScore('v', 'c1', 1), makeScore('v', 'gone', 5), makeScore('ghost', 'c1', 5)],
    });
    expect(summary(input)).toEqual([[1, 'v', 20, 'qualified']]);
  });
});

describe('scales other than 0..5', () => {
  const categories = [makeCategory('k', 1, [makeCriterion('c1', 3), makeCriterion('c2', 1)])];

  it('normalises a 1..10 scale by (s − 1) / 9', () => {
    const input = makeAssessment({
      scale: { min: 1, max: 10 },
      categories,
      vendors: makeVendors('v', 'w'),
      scores: [...scoresOf('v', { c1: 10, c2: 4 }), ...scoresOf('w', { c1: 1, c2: 1 })],
    });
    const [v, w] = rankVendors(input);
    expect(v.total).toBeCloseTo((100 * 30) / 36, 12); // (3 × 9 + 1 × 3) / (4 × 9)
    expect(v.categories.k).toBeCloseTo((100 * 30) / 36, 12);
    expect(w.total).toBe(0);
    expect(w.rank).toBe(2);
  });

  it('reads a 0..100 scale as points and knocks out below a minScore on it', () => {
    const input = makeAssessment({
      scale: { min: 0, max: 100 },
      categories: [makeCategory('k', 1, [makeCriterion('c1'), makeMustHave('c2', 50)])],
      vendors: makeVendors('v', 'w'),
      scores: [...scoresOf('v', { c1: 75, c2: 50 }), ...scoresOf('w', { c1: 100, c2: 49.5 })],
    });
    const [v, w] = rankVendors(input);
    expect(v).toMatchObject({ vendorId: 'v', total: 62.5, status: 'qualified', rank: 1 });
    expect(w).toMatchObject({ vendorId: 'w', total: 74.75, status: 'disqualified', failedMustHaves: ['c2'], rank: 2 });
  });
});

describe('contributions', () => {
  it('splits the total by category so the parts add up to it exactly', () => {
    const input = makeAssessment({
      categories: [
        makeCategory('a', 2, [makeCriterion('a1', 1), makeCriterion('a2', 2)]),
        makeCategory('b', 1, [makeCriterion('b1', 1)]),
        makeCategory('c', 4, [makeCriterion('c1', 1)]),
      ],
      vendors: makeVendors('v'),
      scores: scoresOf('v', { a1: 3, a2: 1, b1: 4.5 }), // c1 unscored
    });
    const [v] = rankVendors(input);
    // e: a1 2/21, a2 4/21, b1 1/7, c1 4/7 (unscored) → scored Σe = 3/7
    expect(v.contributions.a).toBeCloseTo((100 * ((2 / 21) * 0.6 + (4 / 21) * 0.2)) / (3 / 7), 12);
    expect(v.contributions.b).toBeCloseTo((100 * (1 / 7) * 0.9) / (3 / 7), 12);
    expect(v.contributions.c).toBe(0);
    expect(v.contributions.a + v.contributions.b + v.contributions.c).toBe(v.total);
    expect(v.total).toBeCloseTo(100 * ((2 / 21) * 0.6 + (4 / 21) * 0.2 + (1 / 7) * 0.9) / (3 / 7), 12);
    expect(v.coverage).toBeCloseTo(3 / 7, 15);
    expect(v.categories).toEqual({ a: expect.closeTo(100 / 3, 12), b: 90, c: null });
  });
});
