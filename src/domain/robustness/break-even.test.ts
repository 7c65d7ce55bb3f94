import { describe, expect, it } from 'vitest';
import { makeAssessment, makeCategory, makeCriterion, makeVendors, scoresOf } from '../test-factories';
import type { Assessment } from '../types';
import { totalsAtShare, weightBreakEven, type BreakEven } from './break-even';
import { buildRobustnessModel, type RobustnessModel } from './model';
import { rankedTotalsAtShare, workedExampleWithTailspin } from './test-fixtures';

const STEP = 1e-7;

/**
 * The SPEC §9 check, done with the real ranking: just before each reported share the winner is still
 * ahead of everyone, just after it the named vendor has reached or passed it; with no break-even the
 * winner stays ahead all the way to 0 or 1.
 */
function expectRootsHold(assessment: Assessment, model: RobustnessModel, entries: BreakEven[]) {
  for (const entry of entries) {
    const index = model.categories.findIndex((c) => c.id === entry.categoryId);
    const winnerAheadAt = (p: number) => {
      const totals = rankedTotalsAtShare(assessment, model, index, p);
      const winner = totals.get(model.winnerId!)!;
      return [...totals].filter(([id]) => id !== model.winnerId && model.contenders.some((c) => c.vendorId === id)).every(([, t]) => t < winner);
    };
    const overtakenAt = (p: number, vendorId: string) => {
      const totals = rankedTotalsAtShare(assessment, model, index, p);
      return totals.get(vendorId)! >= totals.get(model.winnerId!)!;
    };
    if (entry.up) {
      expect(winnerAheadAt(entry.up.share - STEP)).toBe(true);
      expect(overtakenAt(Math.min(1, entry.up.share + STEP), entry.up.vendorId)).toBe(true);
    } else {
      expect(winnerAheadAt(1 - STEP)).toBe(true);
    }
    if (entry.down) {
      expect(winnerAheadAt(entry.down.share + STEP)).toBe(true);
      expect(overtakenAt(Math.max(0, entry.down.share - STEP), entry.down.vendorId)).toBe(true);
    } else {
      expect(winnerAheadAt(STEP)).toBe(true);
    }
  }
}

describe('weightBreakEven', () => {
  it('gives the worked example with Tailspin its break-even shares, worked out by hand', () => {
    const assessment = workedExampleWithTailspin();
    const model = buildRobustnessModel(assessment);
    const entries = weightBreakEven(model);
    // Security: rest-of-checklist scores 58 (Northwind) and 76 (Tailspin): D(p) = 18 − 45.5p, root 18/45.5.
    // Culture: D(p) = −2.5 − 7.5p never reaches 0 on [0, 1]. Tech: D(p) = −20.9375 + 80.9375p.
    expect(entries).toEqual([
      { categoryId: 'security', share: 0.5, up: null, down: { share: expect.closeTo(18 / 45.5, 14), vendorId: 'tailspin', level: false } },
      { categoryId: 'culture', share: 0.3, up: null, down: null },
      { categoryId: 'tech', share: 0.2, up: { share: expect.closeTo(20.9375 / 80.9375, 14), vendorId: 'tailspin', level: false }, down: null },
    ]);
    expectRootsHold(assessment, model, entries);
  });

  it('reports the nearest of several contenders in each direction', () => {
    // Winner w is balanced; x is strong on a, y stronger still on a but weaker elsewhere, z strong on b.
    const assessment = makeAssessment({
      scale: { min: 0, max: 100 },
      categories: [makeCategory('a', 1, [makeCriterion('a1')]), makeCategory('b', 1, [makeCriterion('b1')]), makeCategory('c', 2, [makeCriterion('c1')])],
      vendors: makeVendors('w', 'x', 'y', 'z'),
      scores: [
        ...scoresOf('w', { a1: 60, b1: 60, c1: 70 }),
        ...scoresOf('x', { a1: 90, b1: 40, c1: 60 }),
        ...scoresOf('y', { a1: 100, b1: 30, c1: 55 }),
        ...scoresOf('z', { a1: 20, b1: 95, c1: 65 }),
      ],
    });
    const model = buildRobustnessModel(assessment);
    expect(model.winnerId).toBe('w');
    const entries = weightBreakEven(model);
    expect(entries.map((e) => e.categoryId)).toEqual(['a', 'b', 'c']);
    const a = entries[0];
    // Check against every contender's own root: the reported one is the nearest above the share.
    const roots = model.contenders.slice(1).map((other) => {
      for (let p = a.share; p <= 1; p += 1e-4) {
        const totals = totalsAtShare(model, 0, p);
        if (totals.get(other.vendorId)! >= totals.get('w')!) return { id: other.vendorId, p };
      }
      return null;
    });
    const nearest = roots.filter((r) => r !== null).sort((r1, r2) => r1.p - r2.p)[0];
    expect(a.up?.vendorId).toBe(nearest.id);
    expect(a.up!.share).toBeCloseTo(nearest.p, 3);
    expectRootsHold(assessment, model, entries);
  });

  it('matches the real ranking before and after every root on a generated checklist', () => {
    // A deterministic spread of scores over 5 categories and 6 vendors.
    const categories = [1, 2, 3, 4, 5].map((k) => makeCategory(`k${k}`, k, [makeCriterion(`k${k}a`, 1), makeCriterion(`k${k}b`, k)]));
    const vendors = makeVendors('v1', 'v2', 'v3', 'v4', 'v5', 'v6');
    const scores = vendors.flatMap((vendor, v) =>
      scoresOf(vendor.id, Object.fromEntries(categories.flatMap((c, k) => c.criteria.map((cr, i) => [cr.id, ((v * 7 + k * 3 + i * 5) % 11) / 2])))),
    );
    const assessment = makeAssessment({ categories, vendors, scores });
    const model = buildRobustnessModel(assessment);
    expect(model.contenders).toHaveLength(6);
    const entries = weightBreakEven(model);
    expect(entries).toHaveLength(5);
    expect(entries.some((e) => e.up || e.down)).toBe(true);
    expectRootsHold(assessment, model, entries);
  });

  it('totalsAtShare agrees with the ranking at the current share and at the ends', () => {
    const assessment = workedExampleWithTailspin();
    const model = buildRobustnessModel(assessment);
    for (const p of [0, 0.5, 0.73, 1]) {
      const formula = totalsAtShare(model, 0, p);
      const ranked = rankedTotalsAtShare(assessment, model, 0, p);
      for (const [id, total] of formula) expect(total).toBeCloseTo(ranked.get(id)!, 10);
    }
  });

  it('leaves out inactive categories and a lone active category (its share cannot move)', () => {
    const assessment = makeAssessment({
      categories: [makeCategory('only', 3, [makeCriterion('o1')]), makeCategory('zero', 0, [makeCriterion('z1')]), makeCategory('hollow', 2, [makeCriterion('h1', 0)])],
      vendors: makeVendors('x', 'y'),
      scores: [...scoresOf('x', { o1: 5, z1: 0, h1: 0 }), ...scoresOf('y', { o1: 1, z1: 5, h1: 5 })],
    });
    const model = buildRobustnessModel(assessment);
    expect(model.categories.map((c) => c.id)).toEqual(['only']);
    expect(weightBreakEven(model)).toEqual([]);
  });

  it('is empty without a single winner', () => {
    const assessment = makeAssessment({
      categories: [makeCategory('a', 1, [makeCriterion('a1')]), makeCategory('b', 1, [makeCriterion('b1')])],
      vendors: makeVendors('x', 'y'),
      scores: [...scoresOf('x', { a1: 5, b1: 1 }), ...scoresOf('y', { a1: 1, b1: 5 })],
    });
    const model = buildRobustnessModel(assessment);
    expect(model.winnerId).toBeNull();
    expect(weightBreakEven(model)).toEqual([]);
  });

  it('counts a tie at the very end of the range as overtaking (T_other ≥ T_winner)', () => {
    // At p = 1 only category a counts, where x and w are level: x reaches w exactly at 100 %.
    const assessment = makeAssessment({
      categories: [makeCategory('a', 1, [makeCriterion('a1')]), makeCategory('b', 1, [makeCriterion('b1')])],
      vendors: makeVendors('w', 'x'),
      scores: [...scoresOf('w', { a1: 3, b1: 4 }), ...scoresOf('x', { a1: 3, b1: 2 })],
    });
    const [a] = weightBreakEven(buildRobustnessModel(assessment));
    expect(a.up).toEqual({ share: 1, vendorId: 'x', level: true });
    expect(a.down).toBeNull();
  });

  it('reports "no change" for a single contender', () => {
    const model = buildRobustnessModel(
      makeAssessment({
        categories: [makeCategory('a', 1, [makeCriterion('a1')]), makeCategory('b', 3, [makeCriterion('b1')])],
        vendors: makeVendors('x'),
        scores: scoresOf('x', { a1: 2, b1: 3 }),
      }),
    );
    expect(weightBreakEven(model)).toEqual([
      { categoryId: 'a', share: 0.25, up: null, down: null },
      { categoryId: 'b', share: 0.75, up: null, down: null },
    ]);
  });
});
