// SPEC §4 pilot rules, one rule at a time, on small hand-computed pilots.
import { describe, expect, it } from 'vitest';
import { aggregateKpiRows, attainmentOf, evaluatePilot, kpiStatus } from './pilot';
import { m, makeKpi, makePilot } from './pilot-fixtures';
import { rowsFromMeasurements } from './pilot-rows-build';
import type { Kpi, Measurement } from './types';

const window = { start: '2027-01-04', end: '2027-01-31' };

/** SPEC §4 value of one KPI's rows (all inside the window), from their columns. */
function aggregate(kpi: Pick<Kpi, 'aggregate'>, rows: Measurement[]): { value: number | null; n: number | null } {
  const { value, n } = aggregateKpiRows(kpi, rowsFromMeasurements(rows).blocks[0], window);
  return { value, n };
}

describe('window (SPEC §4: start ≤ date ≤ end, inclusive)', () => {
  it('judges only the counted rows: baseline and after-pilot rows change nothing', () => {
    const kpi = makeKpi('csat', { aggregate: 'sum', weight: 0 });
    const rows = [m('csat', '2027-01-03', 1000), m('csat', '2027-01-04', 1), m('csat', '2027-01-31', 2), m('csat', '2027-02-01', 1000)];
    const [result] = evaluatePilot(makePilot([kpi], rows)).kpis;
    expect(result.value).toBe(3);
    expect(result.counted).toBe(2);
  });

  it('ignores measurements of other KPIs', () => {
    const [result] = evaluatePilot(makePilot([makeKpi('a')], [m('b', '2027-01-10', 50)])).kpis;
    expect(result).toMatchObject({ value: null, n: null, status: 'no-data', counted: 0, attainment: null });
  });
});

describe('value (SPEC §4 aggregates)', () => {
  const mean = { aggregate: 'mean' as const };

  it('mean is n-weighted when every row has n, and n = Σn', () => {
    expect(aggregate(mean, [m('k', '2027-01-05', 80, 100), m('k', '2027-01-06', 90, 300)])).toEqual({ value: 87.5, n: 400 });
  });

  it('one row without n switches to the plain mean with no n', () => {
    expect(aggregate(mean, [m('k', '2027-01-05', 80, 100), m('k', '2027-01-06', 90)])).toEqual({ value: 85, n: null });
  });

  it('a single row with n keeps its n', () => {
    expect(aggregate(mean, [m('k', '2027-01-05', 72, 400)])).toEqual({ value: 72, n: 400 });
  });

  it('last takes the latest date, whatever the row order', () => {
    const rows = [m('k', '2027-01-20', 3), m('k', '2027-01-05', 1), m('k', '2027-01-10', 2)];
    expect(aggregate({ aggregate: 'last' }, rows)).toEqual({ value: 3, n: null });
  });

  it('last on equal dates takes the later row in the array', () => {
    const rows = [m('k', '2027-01-20', 7), m('k', '2027-01-20', 9), m('k', '2027-01-05', 1)];
    expect(aggregate({ aggregate: 'last' }, rows).value).toBe(9);
  });

  it('sum, min and max as named, and none of them carries n', () => {
    const rows = [m('k', '2027-01-05', 4, 10), m('k', '2027-01-06', -2, 10), m('k', '2027-01-07', 7, 10)];
    expect(aggregate({ aggregate: 'sum' }, rows)).toEqual({ value: 9, n: null });
    expect(aggregate({ aggregate: 'min' }, rows)).toEqual({ value: -2, n: null });
    expect(aggregate({ aggregate: 'max' }, rows)).toEqual({ value: 7, n: null });
    expect(aggregate({ aggregate: 'last' }, rows)).toEqual({ value: 7, n: null });
  });

  it('no rows gives no value', () => {
    expect(aggregate(mean, [])).toEqual({ value: null, n: null });
  });
});

describe('status (SPEC §4: meets = ≥ for higher, ≤ for lower)', () => {
  const higher = { direction: 'higher' as const, threshold: 80, target: 85 };
  const lower = { direction: 'lower' as const, threshold: 480, target: 420 };

  it('a value exactly on the target exceeds, exactly on the threshold passes', () => {
    expect(kpiStatus(higher, 85)).toBe('exceeds');
    expect(kpiStatus(higher, 80)).toBe('pass');
    expect(kpiStatus(higher, 79.999)).toBe('fail');
    expect(kpiStatus(lower, 420)).toBe('exceeds');
    expect(kpiStatus(lower, 480)).toBe('pass');
    expect(kpiStatus(lower, 480.001)).toBe('fail');
  });

  it('no value is no-data', () => {
    expect(kpiStatus(higher, null)).toBe('no-data');
  });
});

describe('confidence (SPEC §4: Wilson 95 % interval of value/100 over n)', () => {
  const csat = (threshold: number, partial = {}) =>
    makeKpi('csat', { threshold, target: Math.max(threshold, 85), proportion: true, gate: true, ...partial });

  it('reports the interval in percent and is conclusive when the threshold is outside it', () => {
    const [r] = evaluatePilot(makePilot([csat(80)], [m('csat', '2027-01-10', 74.2, 640)])).kpis;
    expect(r.ci?.[0]).toBeCloseTo(70.67288862913, 8);
    expect(r.ci?.[1]).toBeCloseTo(77.43833436327, 8);
    expect(r).toMatchObject({ status: 'fail', confidence: 'conclusive' });
  });

  it('higher: inconclusive when low < threshold ≤ high', () => {
    const [r] = evaluatePilot(makePilot([csat(80)], [m('csat', '2027-01-10', 78.2, 640)])).kpis;
    expect(r.ci?.[0]).toBeLessThan(80);
    expect(r.ci?.[1]).toBeGreaterThan(80);
    expect(r).toMatchObject({ status: 'fail', confidence: 'inconclusive' });
  });

  it('higher: a threshold equal to the high end is inside, equal to the low end is outside', () => {
    const [r] = evaluatePilot(makePilot([csat(80)], [m('csat', '2027-01-10', 50, 100)])).kpis;
    const [low, high] = r.ci as [number, number];
    const at = (threshold: number) =>
      evaluatePilot(makePilot([csat(threshold, { target: 100 })], [m('csat', '2027-01-10', 50, 100)])).kpis[0].confidence;
    expect(at(high)).toBe('inconclusive');
    expect(at(low)).toBe('conclusive');
  });

  it('lower: inconclusive when low ≤ threshold < high (edges the other way round)', () => {
    const abandon = (threshold: number) =>
      makeKpi('ab', { unit: '%', direction: 'lower', threshold, target: 0, proportion: true, gate: true });
    const rows = [m('ab', '2027-01-10', 5, 400)];
    const [r] = evaluatePilot(makePilot([abandon(5)], rows)).kpis;
    const [low, high] = r.ci as [number, number];
    expect(r).toMatchObject({ status: 'pass', confidence: 'inconclusive' });
    expect(evaluatePilot(makePilot([abandon(low)], rows)).kpis[0].confidence).toBe('inconclusive');
    expect(evaluatePilot(makePilot([abandon(high)], rows)).kpis[0].confidence).toBe('conclusive');
    expect(evaluatePilot(makePilot([abandon(10)], rows)).kpis[0].confidence).toBe('conclusive');
  });

  it('is n/a without n, for a non-proportion KPI, and for aggregates other than mean', () => {
    const noN = evaluatePilot(makePilot([csat(80)], [m('csat', '2027-01-10', 82)])).kpis[0];
    const notProportion = evaluatePilot(makePilot([makeKpi('aht')], [m('aht', '2027-01-10', 82, 500)])).kpis[0];
    const last = evaluatePilot(makePilot([csat(80, { aggregate: 'last' })], [m('csat', '2027-01-10', 82, 500)])).kpis[0];
    expect(noN).toMatchObject({ confidence: 'n/a', ci: null, n: null });
    expect(notProportion).toMatchObject({ confidence: 'n/a', ci: null, n: 500 });
    expect(last).toMatchObject({ confidence: 'n/a', ci: null, n: null });
  });
});

describe('attainment (SPEC §4: clamped to 0..1.2)', () => {
  it('higher is value/target, lower is target/value', () => {
    expect(attainmentOf({ direction: 'higher', target: 80 }, 60)).toBe(0.75);
    expect(attainmentOf({ direction: 'lower', target: 420 }, 480)).toBe(0.875);
  });

  it('clamps at 1.2 and at 0', () => {
    expect(attainmentOf({ direction: 'higher', target: 50 }, 90)).toBe(1.2);
    expect(attainmentOf({ direction: 'higher', target: 30 }, -15)).toBe(0);
    expect(attainmentOf({ direction: 'lower', target: 10 }, 1)).toBe(1.2);
    expect(attainmentOf({ direction: 'lower', target: -5 }, 10)).toBe(0);
  });

  it('lower with value ≤ 0 is 1.2', () => {
    expect(attainmentOf({ direction: 'lower', target: 3 }, 0)).toBe(1.2);
    expect(attainmentOf({ direction: 'lower', target: 3 }, -1)).toBe(1.2);
  });

  it('is null for weight-0 KPIs and for no data', () => {
    const kpis = [makeKpi('tracked', { weight: 0 }), makeKpi('empty')];
    const e = evaluatePilot(makePilot(kpis, [m('tracked', '2027-01-10', 90)]));
    expect(e.kpis.map((k) => k.attainment)).toEqual([null, null]);
  });
});

describe('scorecard and coverage (SPEC §4)', () => {
  it('is the weight-averaged attainment × 100 over weighted KPIs with data', () => {
    const kpis = [makeKpi('a', { target: 80, weight: 30 }), makeKpi('b', { target: 80, weight: 10 })];
    const e = evaluatePilot(makePilot(kpis, [m('a', '2027-01-10', 80), m('b', '2027-01-10', 40)]));
    expect(e.scorecard).toBeCloseTo((100 * (30 * 1 + 10 * 0.5)) / 40, 12);
    expect(e.coverage).toBe(1);
  });

  it('leaves weight-0 KPIs out of the scorecard and the coverage', () => {
    const kpis = [makeKpi('a', { target: 80 }), makeKpi('t', { weight: 0, target: 80 })];
    const e = evaluatePilot(makePilot(kpis, [m('a', '2027-01-10', 80), m('t', '2027-01-10', 8)]));
    expect(e.scorecard).toBe(100);
    expect(e.coverage).toBe(1);
  });

  it('scores only KPIs with data and reports the covered share of weight', () => {
    const kpis = [makeKpi('a', { target: 80, weight: 30 }), makeKpi('b', { weight: 10 })];
    const e = evaluatePilot(makePilot(kpis, [m('a', '2027-01-10', 60)]));
    expect(e.scorecard).toBe(75);
    expect(e.coverage).toBe(0.75);
  });

  it('has no scorecard and 0 coverage when nothing weighted has data or nothing is weighted', () => {
    const none = evaluatePilot(makePilot([makeKpi('a')], []));
    const unweighted = evaluatePilot(makePilot([makeKpi('t', { weight: 0 })], [m('t', '2027-01-10', 90)]));
    expect([none.scorecard, none.coverage, none.decision]).toEqual([null, 0, 'extend']);
    expect([unweighted.scorecard, unweighted.coverage, unweighted.decision]).toEqual([null, 0, 'extend']);
  });
});
