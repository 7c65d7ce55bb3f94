// Calibration on hand-computed examples: the worked example of SPEC §3 (Ana and Ben), then the same
// after Ben's returned package and Chloé's score are merged (the journey-3 numbers).
import { describe, expect, it } from 'vitest';
import raw from '../data/small-assessment.json';
import { calibrate } from './calibration';
import { makeAssessment, makeCategory, makeCriterion, makeVendors } from './test-factories';
import type { Assessment, Score } from './types';

const example = () => structuredClone(raw.assessment) as unknown as Assessment;
const s = (vendorId: string, criterionId: string, evaluatorId: string, value: number | null): Score => ({ vendorId, criterionId, evaluatorId, value });

describe('calibrate', () => {
  it('worked example: three shared cells, each 1 point apart; Ana 0.5 below and Ben 0.5 above the consensus', () => {
    const c = calibrate(example());
    expect(c.evaluatorsWithScores).toBe(2);
    expect(c.sharedCells).toBe(3);
    // Equal spreads: checklist order (attestation before philosophy), then vendor order.
    expect(c.widest.map((w) => `${w.vendorId}/${w.criterionId}`)).toEqual([
      'northwind/sec-attestation',
      'contoso/sec-attestation',
      'northwind/fit-philosophy',
    ]);
    expect(c.widest[0]).toEqual({
      vendorId: 'northwind',
      vendorName: 'Northwind Contact',
      criterionId: 'sec-attestation',
      criterionName: 'Independent audits',
      scores: [
        { evaluatorId: 'ana', evaluatorName: 'Ana (Procurement)', value: 4 },
        { evaluatorId: 'ben', evaluatorName: 'Ben (CX)', value: 5 },
      ],
      consensus: 4.5,
      spread: 1,
      share: 0.2,
      disagreement: false,
    });
    expect(c.deviations).toEqual([
      { evaluatorId: 'ana', name: 'Ana (Procurement)', sharedCells: 3, meanAbsDeviation: 0.5, meanDeviation: -0.5 },
      { evaluatorId: 'ben', name: 'Ben (CX)', sharedCells: 3, meanAbsDeviation: 0.5, meanDeviation: 0.5 },
    ]);
  });

  it('after the journey-3 merge: widest spread first, flags at ≥ 30 % of the scale, deviations by hand', () => {
    const a = example();
    a.evaluators.push({ id: 'chloe', name: 'Chloé (Security)' });
    a.scores = a.scores.map((x) => (x.vendorId === 'contoso' && x.criterionId === 'sec-attestation' && x.evaluatorId === 'ben' ? { ...x, value: 4 } : x));
    a.scores.push(s('northwind', 'sec-encryption', 'ben', 3), s('fabrikam', 'sec-encryption', 'ben', 4), s('fabrikam', 'tech-integration', 'ben', 3), s('contoso', 'fit-philosophy', 'chloe', 2));
    const c = calibrate(a);
    expect(c.evaluatorsWithScores).toBe(3);
    expect(c.sharedCells).toBe(5);
    expect(c.widest.map((w) => [w.vendorName, w.criterionName, w.spread, w.share, w.disagreement, w.consensus])).toEqual([
      ['Contoso CX', 'Shared service philosophy', 3, 0.6, true, 3.5], // Ana 5, Chloé 2
      ['Contoso CX', 'Independent audits', 2, 0.4, true, 3], // Ana 2, Ben 4
      ['Northwind Contact', 'Independent audits', 1, 0.2, false, 4.5],
      ['Northwind Contact', 'Encryption in transit and at rest', 1, 0.2, false, 3.5],
      ['Northwind Contact', 'Shared service philosophy', 1, 0.2, false, 3.5],
    ]);
    // Ana: |4−4.5| + |4−3.5| + |3−3.5| + |2−3| + |5−3.5| = 0.5+0.5+0.5+1+1.5 = 4 over 5 cells = 0.8; signed 0.
    // Ben: 0.5+0.5+0.5+1 = 2.5 over 4 = 0.625; signed (0.5−0.5+0.5+1)/4 = 0.375.
    // Chloé: |2−3.5| = 1.5 over 1 cell, signed −1.5.
    expect(c.deviations).toEqual([
      { evaluatorId: 'ana', name: 'Ana (Procurement)', sharedCells: 5, meanAbsDeviation: 0.8, meanDeviation: 0 },
      { evaluatorId: 'ben', name: 'Ben (CX)', sharedCells: 4, meanAbsDeviation: 0.625, meanDeviation: 0.375 },
      { evaluatorId: 'chloe', name: 'Chloé (Security)', sharedCells: 1, meanAbsDeviation: 1.5, meanDeviation: -1.5 },
    ]);
  });

  it('keeps the 10 widest cells and leaves out cells everyone agrees on', () => {
    const vendors = makeVendors('v1', 'v2', 'v3', 'v4', 'v5', 'v6');
    const criteria = [makeCriterion('c1'), makeCriterion('c2')];
    const scores: Score[] = [];
    vendors.forEach((v, i) => {
      scores.push(s(v.id, 'c1', 'e1', 0), s(v.id, 'c1', 'e2', (i % 5) + 1)); // spreads 1,2,3,4,5,1
      scores.push(s(v.id, 'c2', 'e1', 2), s(v.id, 'c2', 'e2', 2)); // all agree
    });
    const a = makeAssessment({ vendors, categories: [makeCategory('k', 1, criteria)], evaluators: [{ id: 'e1', name: 'A' }, { id: 'e2', name: 'B' }], scores });
    const c = calibrate(a, 4);
    expect(c.sharedCells).toBe(12);
    expect(c.widest.map((w) => [w.vendorId, w.spread])).toEqual([['v5', 5], ['v4', 4], ['v3', 3], ['v2', 2]]);
    expect(calibrate(a).widest).toHaveLength(6);
    // e1 vs mean: c1 deviations (1+2+3+4+5+1)/2 = 8, c2 zero → 8/12.
    expect(c.deviations[0].meanAbsDeviation).toBeCloseTo(8 / 12, 12);
  });

  it('an evaluator with no cell shared with anyone has no deviation; cleared and foreign scores are ignored', () => {
    const a = makeAssessment({
      vendors: makeVendors('v1', 'v2'),
      categories: [makeCategory('k', 1, [makeCriterion('c1')])],
      evaluators: [{ id: 'e1', name: 'A' }, { id: 'e2', name: 'B' }, { id: 'e3', name: 'C' }],
      scores: [s('v1', 'c1', 'e1', 1), s('v1', 'c1', 'e2', null), s('v2', 'c1', 'e2', 4), s('v1', 'ghost', 'e2', 5), s('v9', 'c1', 'e2', 5)],
    });
    const c = calibrate(a);
    expect(c.evaluatorsWithScores).toBe(2);
    expect(c.sharedCells).toBe(0);
    expect(c.widest).toEqual([]);
    expect(c.deviations).toEqual([
      { evaluatorId: 'e1', name: 'A', sharedCells: 0, meanAbsDeviation: null, meanDeviation: null },
      { evaluatorId: 'e2', name: 'B', sharedCells: 0, meanAbsDeviation: null, meanDeviation: null },
    ]);
  });

  it('flags exactly 30 % of the scale despite floating point (0–10 scale, 4.1 vs 1.1)', () => {
    const a = makeAssessment({
      scale: { min: 0, max: 10 },
      vendors: makeVendors('v1'),
      categories: [makeCategory('k', 1, [makeCriterion('c1')])],
      evaluators: [{ id: 'e1', name: 'A' }, { id: 'e2', name: 'B' }],
      scores: [s('v1', 'c1', 'e1', 4.1), s('v1', 'c1', 'e2', 1.1)],
    });
    expect(calibrate(a).widest[0].disagreement).toBe(true);
  });
});
