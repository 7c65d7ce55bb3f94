import { beforeEach, describe, expect, it } from 'vitest';
import { db } from './db';
import { insertAssessment, loadAssessment } from './assessments-repo';
import { appendMeasurements, deletePilot, insertPilot, savePilot } from './pilots-repo';
import { makeAssessment, makeVendor } from '../domain/test-factories';
import { defaultScorecard } from '../domain/kpi-library';
import type { Pilot } from '../domain/types';

const pilot: Pilot = {
  id: 'p1', name: 'Q1 pilot', vendorId: 'v1', start: '2027-01-04', end: '2027-02-28', goScore: 90, noGoScore: 75,
  kpis: defaultScorecard(), measurements: [], decisions: [],
};
const T1 = '2026-12-01T00:00:00.000Z';
const T2 = '2026-12-02T00:00:00.000Z';

beforeEach(async () => {
  await db.delete();
  await db.open();
  await insertAssessment(makeAssessment({ id: 'a1', vendors: [makeVendor('v1')] }));
});

describe('pilots repository', () => {
  it('inserts a pilot and bumps the assessment so live views reload', async () => {
    await insertPilot('a1', pilot, T1);
    const a = await loadAssessment('a1');
    expect(a?.pilots.map((p) => p.id)).toEqual(['p1']);
    expect(a?.pilots[0].kpis).toHaveLength(5);
    expect(a?.updatedAt).toBe(T1);
  });

  it('appends 100,000 rows as one block per KPI, all or nothing', async () => {
    await insertPilot('a1', pilot, T1);
    const rows = Array.from({ length: 100_000 }, (_, i) => ({ kpiId: i % 2 ? 'csat' : 'aht', date: '2027-01-10', value: i % 100 }));
    await appendMeasurements('a1', 'p1', rows, T2);
    expect(await db.measurements.count()).toBe(2);
    const a = await loadAssessment('a1');
    expect(a?.pilots[0].measurements).toHaveLength(100_000);
    await expect(appendMeasurements('a1', 'missing', rows.slice(0, 5), T2)).rejects.toThrow(/no longer exists/);
    expect((await loadAssessment('a1'))?.pilots[0].measurements).toHaveLength(100_000);
  });

  it('rewrites blocks only when measurements changed, and drops those of a removed KPI', async () => {
    await insertPilot('a1', { ...pilot, measurements: [{ kpiId: 'csat', date: '2027-01-10', value: 84, n: 300 }, { kpiId: 'nps', date: '2027-01-10', value: 31 }] }, T1);
    await savePilot('a1', { ...pilot, kpis: pilot.kpis.filter((k) => k.id !== 'nps'), measurements: [] }, T2, false);
    let a = await loadAssessment('a1');
    expect(a?.pilots[0].measurements).toEqual([{ kpiId: 'csat', date: '2027-01-10', value: 84, n: 300 }]);
    await savePilot('a1', { ...a!.pilots[0], measurements: [{ kpiId: 'csat', date: '2027-01-11', value: 90 }] }, T2, true);
    a = await loadAssessment('a1');
    expect(a?.pilots[0].measurements).toEqual([{ kpiId: 'csat', date: '2027-01-11', value: 90 }]);
  });

  it('deletes a pilot with its measurements', async () => {
    await insertPilot('a1', { ...pilot, measurements: [{ kpiId: 'csat', date: '2027-01-10', value: 84 }] }, T1);
    await deletePilot('a1', 'p1', T2);
    expect((await loadAssessment('a1'))?.pilots).toEqual([]);
    expect(await db.measurements.count()).toBe(0);
  });
});
