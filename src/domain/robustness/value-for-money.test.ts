import { describe, expect, it } from 'vitest';
import { makeAssessment, makeCategory, makeCriterion, makeMustHave, scoresOf } from '../test-factories';
import type { Price, Vendor } from '../types';
import { buildRobustnessModel } from './model';
import { qualityPrice, valueForMoney } from './value-for-money';

function vendor(id: string, price?: Price): Vendor {
  return { id, name: `Vendor ${id}`, status: 'shortlisted', ...(price ? { price } : {}) };
}
const eur = (amount: number): Price => ({ amount, currency: 'EUR', per: 'fte-month' });

/** Vendors scored so their totals are the given numbers (0..100 scale, one criterion). */
function setup(vendors: [Vendor, number][], extra: Partial<Parameters<typeof makeAssessment>[0]> = {}) {
  const assessment = makeAssessment({
    scale: { min: 0, max: 100 },
    categories: [makeCategory('k', 1, [makeCriterion('c')])],
    vendors: vendors.map(([v]) => v),
    scores: vendors.flatMap(([v, total]) => scoresOf(v.id, { c: total })),
    ...extra,
  });
  return { assessment, model: buildRobustnessModel(assessment) };
}

describe('valueForMoney', () => {
  it('marks the frontier: nobody else at least as good on both and better on one', () => {
    const { assessment, model } = setup([
      [vendor('premium', eur(5000)), 90],
      [vendor('budget', eur(3000)), 70],
      [vendor('worse', eur(4000)), 65], // beaten by budget on both
      [vendor('same-price', eur(3000)), 60], // beaten by budget on total at the same price
      [vendor('middle', eur(4000)), 80],
    ]);
    const { groups, unpriced } = valueForMoney(model, assessment.vendors);
    expect(unpriced).toEqual([]);
    expect(groups).toHaveLength(1);
    const rows = groups[0].vendors.map((v) => [v.vendorId, v.price, v.efficient, v.dominatedBy]);
    expect(rows).toEqual([
      ['budget', 3000, true, []],
      ['same-price', 3000, false, ['budget']],
      ['middle', 4000, true, []],
      ['worse', 4000, false, ['middle', 'budget']], // in ranking order
      ['premium', 5000, true, []],
    ]);
  });

  it('keeps twins on the frontier: equal on both is not beaten', () => {
    const { assessment, model } = setup([
      [vendor('a', eur(10)), 50],
      [vendor('b', eur(10)), 50],
    ]);
    expect(valueForMoney(model, assessment.vendors).groups[0].vendors.every((v) => v.efficient)).toBe(true);
  });

  it('groups by currency (any case) and unit, largest group first, and lists the unpriced', () => {
    const { assessment, model } = setup([
      [vendor('usd', { amount: 40, currency: 'USD', per: 'hour' }), 60],
      [vendor('e1', eur(4000)), 70],
      [vendor('e2', { amount: 3500, currency: 'eur', per: 'fte-month' }), 65],
      [vendor('hourly', { amount: 30, currency: 'EUR', per: 'hour' }), 50],
      [vendor('none'), 80],
      [vendor('free', eur(0)), 75],
    ]);
    const { groups, unpriced } = valueForMoney(model, assessment.vendors);
    expect(groups.map((g) => [g.currency, g.per, g.vendors.map((v) => v.vendorId)])).toEqual([
      ['EUR', 'fte-month', ['e2', 'e1']],
      ['USD', 'hour', ['usd']],
      ['EUR', 'hour', ['hourly']],
    ]);
    expect(unpriced).toEqual(['none', 'free']);
  });

  it('only plots contenders: a disqualified vendor with a price is not on the chart', () => {
    const assessment = makeAssessment({
      scale: { min: 0, max: 100 },
      categories: [makeCategory('k', 1, [makeMustHave('m', 50), makeCriterion('c')])],
      vendors: [vendor('ok', eur(10)), vendor('out', eur(5))],
      scores: [...scoresOf('ok', { m: 60, c: 60 }), ...scoresOf('out', { m: 10, c: 100 })],
    });
    const { groups } = valueForMoney(buildRobustnessModel(assessment), assessment.vendors);
    expect(groups[0].vendors.map((v) => [v.vendorId, v.efficient])).toEqual([['ok', true]]);
  });
});

describe('qualityPrice', () => {
  const { assessment, model } = setup([
    [vendor('premium', eur(5000)), 90],
    [vendor('budget', eur(2500)), 70],
    [vendor('middle', eur(4000)), 80],
  ]);
  const [group] = valueForMoney(model, assessment.vendors).groups;

  it('gives price points 100 × lowest / price and the combined score', () => {
    const rows = qualityPrice(group, 0.4);
    const premium = rows.find((r) => r.vendorId === 'premium')!;
    expect(premium.pricePoints).toBe(50);
    expect(premium.combined).toBeCloseTo(0.6 * 90 + 0.4 * 50, 12);
    const budget = rows.find((r) => r.vendorId === 'budget')!;
    expect(budget.pricePoints).toBe(100);
    expect(budget.combined).toBeCloseTo(0.6 * 70 + 0.4 * 100, 12);
    expect(rows.map((r) => [r.vendorId, r.rank])).toEqual([
      ['budget', 1],
      ['premium', 2],
      ['middle', 3],
    ]);
  });

  it('is the quality ranking at weight 0 and the price ranking at weight 1', () => {
    expect(qualityPrice(group, 0).map((r) => r.vendorId)).toEqual(['premium', 'middle', 'budget']);
    expect(qualityPrice(group, 1).map((r) => r.vendorId)).toEqual(['budget', 'middle', 'premium']);
    expect(qualityPrice(group, 7)).toEqual(qualityPrice(group, 1));
  });

  it('shares a rank on equal combined scores', () => {
    // premium: 90 − 40w, budget: 70 + 30w → equal at w = 2/7.
    const rows = qualityPrice(group, 2 / 7);
    expect(rows.filter((r) => r.rank === 1).map((r) => r.vendorId).sort()).toEqual(['budget', 'premium']);
  });
});
