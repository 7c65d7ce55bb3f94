// SPEC §3 ranking: groups, order by total, shared ranks (1, 2, 2, 4) and the 1e-9 tie tolerance.
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

describe('ranking', () => {
  it('shares a rank between equal totals: 1, 2, 2, 4, tied vendors in input order', () => {
    const input = makeAssessment({
      categories: oneCriterion,
      vendors: makeVendors('a', 'c', 'b', 'd'),
      scores: [makeScore('a', 'c1', 5), makeScore('b', 'c1', 4), makeScore('c', 'c1', 4), makeScore('d', 'c1', 3)],
    });
    expect(summary(input)).toEqual([
      [1, 'a', 100, 'qualified'],
      [2, 'c', 80, 'qualified'],
      [2, 'b', 80, 'qualified'],
      [4, 'd', 60, 'qualified'],
    ]);
  });

  it('treats totals closer than 1e-9 as equal, and 2e-9 apart as different', () => {
    const input = makeAssessment({
      scale: { min: 0, max: 100 },
      categories: oneCriterion,
      vendors: makeVendors('low', 'high', 'apart'),
      scores: [makeScore('low', 'c1', 60), makeScore('high', 'c1', 60 + 5e-10), makeScore('apart', 'c1', 60 - 2e-9)],
    });
    const ranking = rankVendors(input);
    expect(ranking.map((v) => [v.rank, v.vendorId])).toEqual([
      [1, 'low'],
      [1, 'high'],
      [3, 'apart'],
    ]);
    const gap = ranking[1].total! - ranking[0].total!;
    expect(gap).toBeGreaterThan(4e-10);
    expect(gap).toBeLessThan(1e-9);
  });

  it('orders qualified, provisional, disqualified; no total last; no-total vendors of a group share a rank', () => {
    const categories = [
      makeCategory('main', 1, [makeCriterion('c1')]),
      makeCategory('gate', 0, [makeMustHave('m1', 3)]), // a knock-out that carries no weight
    ];
    const input = makeAssessment({
      categories,
      vendors: makeVendors('f', 'e', 'd', 'c', 'b', 'a'),
      scores: [
        ...scoresOf('a', { c1: 4, m1: 4 }), // qualified, 80
        ...scoresOf('b', { c1: 2.5 }), // must-have unscored: provisional, 50
        ...scoresOf('c', { m1: 5 }), // only a weightless criterion: no total, coverage 0
        ...scoresOf('e', { c1: 4.5, m1: 2 }), // knocked out, 90
        ...scoresOf('f', { m1: 1 }), // knocked out, no total
      ], // d has no score at all
    });
    expect(summary(input)).toEqual([
      [1, 'a', 80, 'qualified'],
      [2, 'b', 50, 'provisional'],
      [3, 'd', null, 'provisional'],
      [3, 'c', null, 'provisional'],
      [5, 'e', 90, 'disqualified'],
      [6, 'f', null, 'disqualified'],
    ]);
  });

  it('does not share a rank across groups even with equal totals', () => {
    const input = makeAssessment({
      categories: [
        makeCategory('k', 1, [makeCriterion('c1'), makeCriterion('c2', 0)]),
        makeCategory('z', 0, [makeMustHave('m', 2)]),
      ],
      vendors: makeVendors('p', 'q'),
      scores: [...scoresOf('p', { c1: 4 }), ...scoresOf('q', { c1: 4, c2: 0, m: 2 })],
    });
    expect(summary(input)).toEqual([
      [1, 'q', 80, 'qualified'],
      [2, 'p', 80, 'provisional'],
    ]);
  });

  it('returns an empty ranking for no vendors and a provisional one without criteria', () => {
    expect(rankVendors(makeAssessment())).toEqual([]);
    const [only] = rankVendors(makeAssessment({ vendors: makeVendors('v') }));
    expect(only).toMatchObject({ rank: 1, total: null, coverage: 0, status: 'provisional' });
    expect([only.scoredCriteria, only.totalCriteria]).toEqual([0, 0]);
    expect(only.categories).toEqual({});
  });
});

describe('ids', () => {
  it('keeps a category called "__proto__" as a plain key of categories and contributions', () => {
    const input = makeAssessment({
      categories: [makeCategory('__proto__', 1, [makeCriterion('c1')])],
      vendors: makeVendors('v'),
      scores: [makeScore('v', 'c1', 4)],
    });
    const [v] = rankVendors(input);
    expect(Object.keys(v.categories)).toEqual(['__proto__']);
    expect(Object.getOwnPropertyDescriptor(v.categories, '__proto__')?.value).toBe(80);
    expect(Object.getOwnPropertyDescriptor(v.contributions, '__proto__')?.value).toBe(80);
    expect(v.total).toBe(80);
  });
});
