import { describe, expect, it } from 'vitest';
import { rankVendors } from '../scoring';
import { buildRobustnessModel } from './model';
import { weightBreakEven } from './break-even';
import { breakEvenChartData, breakEvenRows, breakEvenSummary, MARKER_HALF_WIDTH } from './break-even-rows';
import { exampleWithTwoContenders } from './two-contenders-example';

function rowsOf(a = exampleWithTwoContenders()) {
  const model = buildRobustnessModel(a, rankVendors(a));
  return breakEvenRows(model, weightBreakEven(model));
}

describe('breakEvenRows', () => {
  it('gives each category the range over which the winner stays first, and who overtakes beyond it', () => {
    const rows = rowsOf();
    expect(rows.map(({ name, shareText, fromText, toText, below, above }) => ({ name, shareText, fromText, toText, below, above }))).toEqual([
      { name: 'Security posture', shareText: '50.0 %', fromText: '30.7 %', toText: '100 %', below: 'Tailspin Service', above: null },
      { name: 'Cultural and brand fit', shareText: '30.0 %', fromText: '0 %', toText: '100 %', below: null, above: null },
      { name: 'Technology and integration', shareText: '20.0 %', fromText: '0 %', toText: '30.9 %', below: null, above: 'Tailspin Service' },
    ]);
    // Full precision for the chart: 0.4 / 1.3 is where Tailspin draws level on security.
    expect(rows[0].from).toBeCloseTo(4 / 13, 12);
    expect(rows[0].to).toBe(1);
  });

  it('is empty without a single winner to test', () => {
    // Tailspin scored exactly like Northwind: both 72.75, sharing rank 1.
    const a = exampleWithTwoContenders();
    const same: Record<string, number> = { 'sec-attestation': 4.5, 'fit-philosophy': 3.5, 'tech-integration': 2 };
    for (const s of a.scores) if (s.vendorId === 'tailspin') s.value = same[s.criterionId] ?? s.value;
    expect(rowsOf(a)).toEqual([]);
  });
});

describe('breakEvenChartData', () => {
  it('draws floating bars in percent, with a thin marker centred on the current share', () => {
    const data = breakEvenChartData(rowsOf());
    expect(data.labels).toEqual(['Security posture', 'Cultural and brand fit', 'Technology and integration']);
    expect(data.ranges).toEqual([
      [30.7692, 100],
      [0, 100],
      [0, 30.8108],
    ]);
    expect(data.current).toEqual([
      [50 - MARKER_HALF_WIDTH, 50 + MARKER_HALF_WIDTH],
      [30 - MARKER_HALF_WIDTH, 30 + MARKER_HALF_WIDTH],
      [20 - MARKER_HALF_WIDTH, 20 + MARKER_HALF_WIDTH],
    ]);
  });

  it('keeps the marker inside the axis', () => {
    const [row] = rowsOf();
    const data = breakEvenChartData([{ ...row, share: 0.001 }, { ...row, share: 0.999 }]);
    expect(data.current[0][0]).toBe(0);
    expect(data.current[1][1]).toBe(100);
  });

  it('names the chart with every range in words', () => {
    expect(breakEvenSummary(rowsOf(), 'Northwind Contact')).toBe(
      'Shares of each category over which Northwind Contact stays first: Security posture from 30.7 % to 100 % (now 50.0 %); ' +
        'Cultural and brand fit from 0 % to 100 % (now 30.0 %); Technology and integration from 0 % to 30.9 % (now 20.0 %).',
    );
  });
});
