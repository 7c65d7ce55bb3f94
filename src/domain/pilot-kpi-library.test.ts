// The KPI library in TypeScript must stay equal to spec/kpi-library.json (SPEC §1 journey 4).
import { describe, expect, it } from 'vitest';
import { readFixture } from '../../tests/fixtures/paths';
import { DEFAULT_SCORECARD_WEIGHT, defaultScorecard, KPI_LIBRARY, kpiFromLibrary, SCORECARD_DEFAULT_IDS } from './kpi-library';
import { evaluatePilot } from './pilot';
import { m, makePilot } from './pilot-fixtures';

const file = JSON.parse(readFixture('spec/kpi-library.json')) as {
  scorecardDefault: string[];
  kpis: unknown[];
};

describe('KPI library', () => {
  it('holds exactly the entries of kpi-library.json, descriptions included', () => {
    expect(KPI_LIBRARY).toEqual(file.kpis);
    expect(SCORECARD_DEFAULT_IDS).toEqual(file.scorecardDefault);
  });

  it('every entry has its target on the better side of its threshold (SPEC §5)', () => {
    for (const k of KPI_LIBRARY) {
      expect(k.direction === 'higher' ? k.target >= k.threshold : k.target <= k.threshold).toBe(true);
    }
  });

  it('kpiFromLibrary gives a tracked, non-gate KPI without description, and applies overrides', () => {
    expect(kpiFromLibrary('backlog')).toEqual({
      id: 'backlog', name: 'Backlog', unit: 'tickets', direction: 'lower', threshold: 200, target: 100,
      aggregate: 'last', proportion: false, weight: 0, gate: false,
    });
    expect(kpiFromLibrary('csat', { gate: true, weight: 30 })).toMatchObject({ id: 'csat', gate: true, weight: 30, threshold: 80 });
    expect(() => kpiFromLibrary('nope')).toThrow(RangeError);
  });
});

describe('defaultScorecard', () => {
  it('is csat, nps, ces, fcr, aht at weight 20 each, no gates', () => {
    const kpis = defaultScorecard();
    expect(kpis.map((k) => k.id)).toEqual(['csat', 'nps', 'ces', 'fcr', 'aht']);
    expect(kpis.map((k) => k.weight)).toEqual([20, 20, 20, 20, 20]);
    expect(DEFAULT_SCORECARD_WEIGHT).toBe(20);
    expect(kpis.some((k) => k.gate)).toBe(false);
    expect(kpis.every((k) => !('description' in k))).toBe(true);
  });

  it('returns fresh objects each call', () => {
    const a = defaultScorecard();
    a[0].threshold = 1;
    expect(defaultScorecard()[0].threshold).toBe(80);
  });

  it('evaluates: every KPI on target is GO at 100', () => {
    const kpis = defaultScorecard();
    const rows = kpis.map((k) => m(k.id, '2027-01-10', k.target));
    const e = evaluatePilot(makePilot(kpis, rows));
    expect([e.scorecard, e.coverage, e.decision]).toEqual([100, 1, 'go']);
  });
});
