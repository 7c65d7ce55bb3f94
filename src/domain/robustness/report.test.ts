import { describe, expect, it } from 'vitest';
import { readFixture } from '../../../tests/fixtures/paths';
import type { Assessment } from '../types';
import { robustnessReport } from './report';
import { workedExampleWithTailspin } from './test-fixtures';

const load = (name: string) => (JSON.parse(readFixture(`examples/${name}`)) as { assessment: Assessment }).assessment;

describe('robustnessReport (SPEC §9 CLI shape)', () => {
  it('gives the worked example (one contender) a winner and nothing that can overtake it', () => {
    expect(robustnessReport(load('small-assessment.json'))).toEqual({
      winner: 'northwind',
      closeCall: false,
      breakEven: [
        { categoryId: 'security', share: 0.5, up: null, down: null },
        { categoryId: 'culture', share: 0.3, up: null, down: null },
        { categoryId: 'tech', share: 0.2, up: null, down: null },
      ],
      scoreFlip: null,
      stability: [{ vendorId: 'northwind', pFirst: 1 }],
    });
  });

  it('fills every field for two contenders, at full precision', () => {
    const report = robustnessReport(workedExampleWithTailspin(), { draws: 2000, spread: 0.25, seed: 7 });
    expect(report.winner).toBe('northwind');
    expect(report.closeCall).toBe(true);
    expect(report.breakEven[0].down).toEqual({ share: 18 / 45.5, vendorId: 'tailspin' });
    expect(report.scoreFlip).toEqual({ vendorId: 'northwind', criterionId: 'sec-attestation', change: -4.75 / 7.5 });
    expect(report.stability.map((s) => s.vendorId)).toEqual(['northwind', 'tailspin']);
    expect(report.stability[0].pFirst + report.stability[1].pFirst).toBeCloseTo(1, 12);
    expect(report).toEqual(robustnessReport(workedExampleWithTailspin(), { draws: 2000, spread: 0.25, seed: 7 }));
  });

  it('handles every shared test vector without throwing, shares summing to 1', () => {
    for (let n = 1; n <= 6; n++) {
      const report = robustnessReport(load(`vectors/vector-${n}.json`), { draws: 500, spread: 0.25, seed: 1 });
      const sum = report.stability.reduce((total, s) => total + s.pFirst, 0);
      if (report.stability.length > 0) expect(sum).toBeCloseTo(1, 9);
      if (report.winner === null) expect(report.breakEven).toEqual([]);
    }
  });
});
