import { measurementsOf } from './pilot-rows';
import { describe, expect, it } from 'vitest';
import { addKpi, availableLibraryKpis, withDirection, customKpi, kpiRemovalMessage, kpiRowStats, removeKpi, replaceKpi, weightShares } from './pilot-edits';
import { makeKpi, makePilot, m } from './pilot-fixtures';
import { defaultScorecard } from './kpi-library';

const pilot = makePilot(
  [makeKpi('csat', { name: 'CSAT' }), makeKpi('backlog', { name: 'Backlog', weight: 0 })],
  [m('csat', '2026-12-28', 60, 100), m('csat', '2027-01-10', 84, 300), m('backlog', '2027-01-10', 150), m('csat', '2027-02-01', 90)],
);

describe('KPI edits', () => {
  it('replaces, adds and refuses a duplicate id', () => {
    const edited = replaceKpi(pilot, { ...pilot.kpis[0], threshold: 82 });
    expect(edited.kpis[0].threshold).toBe(82);
    expect(edited.measurements).toBe(pilot.measurements);
    expect(addKpi(pilot, makeKpi('fcr')).kpis.map((k) => k.id)).toEqual(['csat', 'backlog', 'fcr']);
    expect(() => addKpi(pilot, makeKpi('csat'))).toThrow(/already has a KPI "csat"/);
  });

  it('removes a KPI with its measurements, and keeps the rows array when none go', () => {
    const without = removeKpi(pilot, 'backlog');
    expect(without.kpis.map((k) => k.id)).toEqual(['csat']);
    expect(measurementsOf(without.measurements).map((r) => r.kpiId)).toEqual(['csat', 'csat', 'csat']);
    const noRows = removeKpi(addKpi(pilot, makeKpi('fcr')), 'fcr');
    expect(noRows.measurements).toBe(pilot.measurements);
  });

  it('offers the library KPIs the pilot lacks', () => {
    const offered = availableLibraryKpis({ kpis: defaultScorecard() }).map((d) => d.id);
    expect(offered).toEqual(['frt', 'resolution-time', 'qa', 'service-level', 'abandonment', 'adherence', 'forecast-accuracy', 'shrinkage', 'backlog']);
  });

  it('swaps threshold and target when the direction flips, so the KPI stays valid', () => {
    const csat = makeKpi('csat', { threshold: 80, target: 85 });
    expect(withDirection(csat, 'lower')).toEqual({ ...csat, direction: 'lower', threshold: 85, target: 80 });
    expect(withDirection(withDirection(csat, 'lower'), 'higher')).toEqual(csat);
    const level = makeKpi('x', { threshold: 5, target: 5 });
    expect(withDirection(level, 'lower')).toEqual({ ...level, direction: 'lower' });
    expect(withDirection(csat, 'higher')).toBe(csat);
  });

  it('gives a KPI from scratch a unique id from its name', () => {
    const fields = { name: ' CSAT ', unit: ' % ', direction: 'higher' as const, threshold: 1, target: 2, weight: 0, gate: false, aggregate: 'mean' as const, proportion: false };
    expect(customKpi(fields, pilot)).toMatchObject({ id: 'csat-2', name: 'CSAT', unit: '%' });
    expect(customKpi({ ...fields, name: 'Escalation rate' }, pilot).id).toBe('escalation-rate');
  });
});

describe('kpiRowStats and the removal message', () => {
  const stats = kpiRowStats(pilot);

  it('counts rows, rows in the window and the date span per KPI', () => {
    expect(stats.get('csat')).toEqual({ total: 3, inWindow: 1, first: '2026-12-28', last: '2027-02-01' });
    expect(stats.get('backlog')).toEqual({ total: 1, inWindow: 1, first: '2027-01-10', last: '2027-01-10' });
    expect(stats.get('fcr')).toBeUndefined();
  });

  it('names the measurements that will be deleted', () => {
    expect(kpiRemovalMessage({ name: 'CSAT' }, stats.get('csat'))).toBe(
      'This also deletes all 3 of its measurements (dated 2026-12-28 to 2027-02-01). The decision is recomputed without “CSAT”. This cannot be undone.',
    );
    expect(kpiRemovalMessage({ name: 'Backlog' }, stats.get('backlog'))).toMatch(/^This also deletes its 1 measurement \(dated 2027-01-10\)/);
    expect(kpiRemovalMessage({ name: 'FCR' }, undefined)).toBe('“FCR” has no measurements. It will no longer count in the decision.');
  });
});

describe('weightShares', () => {
  it('normalises weights to shares, 0 for unweighted KPIs or when nothing is weighted', () => {
    expect(weightShares([{ weight: 20 }, { weight: 20 }, { weight: 0 }, { weight: 60 }])).toEqual([0.2, 0.2, 0, 0.6]);
    expect(weightShares([{ weight: 0 }])).toEqual([0]);
  });
});
