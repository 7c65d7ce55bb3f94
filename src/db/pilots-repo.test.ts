import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from './db';
import { insertAssessment, loadAssessment } from './assessments-repo';
import { appendMeasurements, deletePilot, insertPilot, putBlocks, updatePilot } from './pilots-repo';
import { measurementBlocks } from './format/measurement-blocks';
import { newRevision } from './format/revision-token';
import type { Stamp } from './revision';
import { makeAssessment, makeVendor } from '../domain/test-factories';
import { defaultScorecard } from '../domain/kpi-library';
import { measurementsOf, NO_ROWS } from '../domain/pilot-rows';
import { rowsFromMeasurements } from '../domain/pilot-rows-build';
import type { Measurement, Pilot, PilotRows } from '../domain/types';

const pilot: Pilot = {
  id: 'p1', name: 'Q1 pilot', vendorId: 'v1', start: '2027-01-04', end: '2027-02-28', goScore: 90, noGoScore: 75,
  kpis: defaultScorecard(), measurements: NO_ROWS, decisions: [],
};
/** Rows as columns, in the pilot's KPI order (csat, nps, ces, fcr, aht). */
const columns = (rows: Measurement[]): PilotRows => rowsFromMeasurements(rows, pilot.kpis.map((k) => k.id));
const rowsOf = async () => measurementsOf((await loadAssessment('a1'))!.pilots[0].measurements);
const at = (updatedAt: string): Stamp => ({ updatedAt, revision: newRevision() });
const T1 = at('2026-12-01T00:00:00.000Z');
const T2 = at('2026-12-02T00:00:00.000Z');

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
    expect(a?.updatedAt).toBe(T1.updatedAt);
  });

  it('appends 100,000 rows as blocks of at most 50,000 rows, all or nothing', async () => {
    await insertPilot('a1', pilot, T1);
    const rows = columns(Array.from({ length: 100_000 }, (_, i) => ({ kpiId: i % 2 ? 'csat' : 'aht', date: '2027-01-10', value: i % 100 })));
    await appendMeasurements('a1', 'p1', rows, T2);
    expect(await db.measurementBlocks.count()).toBe(2);
    const a = await loadAssessment('a1');
    expect(a?.pilots[0].measurements.count).toBe(100_000);
    await expect(appendMeasurements('a1', 'missing', rows, T2)).rejects.toThrow(/deleted in another tab/);
    expect((await loadAssessment('a1'))?.pilots[0].measurements.count).toBe(100_000);
  });

  it('stores a 120,000-row pilot as blocks of at most 50,000 rows, read back in order, an append filling its last block first', async () => {
    const row = (i: number, kpiId: string): Measurement => ({
      kpiId, date: `2027-01-${10 + (i % 20)}`, value: i, ...(i % 2 ? { n: i % 50 } : {}), ...(i % 7 === 0 ? { note: `note ${i % 5}` } : {}),
    });
    const first = Array.from({ length: 120_000 }, (_, i) => row(i, i % 3 ? 'csat' : 'aht'));
    await insertPilot('a1', { ...pilot, measurements: columns(first) }, T1);
    const blocks = async () => (await db.measurementBlocks.toArray()).map((b) => [b.kpiId, b.part, b.value.length]);
    expect(await blocks()).toEqual([['aht', 0, 40_000], ['csat', 0, 50_000], ['csat', 1, 30_000]]);
    const byKpi = (list: Measurement[], kpiId: string) => list.filter((r) => r.kpiId === kpiId);
    expect(await rowsOf()).toStrictEqual([...byKpi(first, 'csat'), ...byKpi(first, 'aht')]);

    // 30,000 more csat rows, those of 15 January skipped: the first 20,000 (less the skipped) go into
    // block 1, the rest into a new block 2.
    const more = Array.from({ length: 30_000 }, (_, i) => row(200_000 + i, 'csat'));
    const added = columns(more);
    const skip = new Uint8Array(added.blocks[0].dates.length);
    skip[added.blocks[0].dates.indexOf('2027-01-15')] = 1;
    await appendMeasurements('a1', 'p1', added, T2, new Map([['csat', skip]]));
    const keptOf = (list: Measurement[]) => list.filter((r) => r.date !== '2027-01-15');
    const kept = keptOf(more);
    const filling = keptOf(more.slice(0, 20_000)).length;
    expect(await blocks()).toEqual([['aht', 0, 40_000], ['csat', 0, 50_000], ['csat', 1, 30_000 + filling], ['csat', 2, kept.length - filling]]);
    expect(await rowsOf()).toStrictEqual([...byKpi(first, 'csat'), ...kept, ...byKpi(first, 'aht')]);
  });

  it('puts blocks two at a time, the next when one is written, never all at once', async () => {
    const [block] = measurementBlocks('a1', 'p1', columns([{ kpiId: 'csat', date: '2027-01-10', value: 1 }]));
    const blocks = [0, 1, 2, 3].map((part) => ({ ...block, part }));
    let underWay = 0;
    let most = 0;
    const put = db.measurementBlocks.put.bind(db.measurementBlocks);
    const spy = vi.spyOn(db.measurementBlocks, 'put').mockImplementation((block) => {
      most = Math.max(most, ++underWay);
      return put(block).finally(() => underWay--);
    });
    await db.transaction('rw', db.measurementBlocks, () => putBlocks(blocks));
    spy.mockRestore();
    expect(most).toBe(2);
    expect(await db.measurementBlocks.count()).toBe(4);
  });

  it('stores each KPI as columns and reads every row back exactly, across appends', async () => {
    const first: Measurement[] = [
      { kpiId: 'csat', date: '2027-01-10', value: 84.25, n: 300, note: 'Lisbon' },
      { kpiId: 'aht', date: '2027-01-10', value: 431 },
      { kpiId: 'csat', date: '2027-01-11', value: -0.5, note: '' },
    ];
    const more: Measurement[] = [
      { kpiId: 'csat', date: '2027-01-11', value: 90, n: 1, note: 'Porto' },
      { kpiId: 'csat', date: '2027-01-12', value: 91, note: 'Lisbon' },
      { kpiId: 'nps', date: '2027-01-12', value: 31 },
    ];
    await insertPilot('a1', { ...pilot, measurements: columns(first) }, T1);
    await appendMeasurements('a1', 'p1', columns(more), T2);
    const csat = await db.measurementBlocks.get(['a1', 'p1', 'csat', 0]);
    // Columns: a few typed arrays per block, not one object per row (structured clone cost, schema.ts).
    expect(csat?.value).toBeInstanceOf(Float64Array);
    expect([...csat!.value]).toEqual([84.25, -0.5, 90, 91]);
    expect(csat?.dates).toEqual(['2027-01-10', '2027-01-11', '2027-01-12']);
    expect(csat?.notes).toEqual(['Lisbon', '', 'Porto']);
    // Grouped by KPI in the pilot's KPI order (csat, nps, ces, fcr, aht); absent n and note stay
    // absent, an empty note stays empty.
    expect(await rowsOf()).toStrictEqual([first[0], first[2], more[0], more[1], more[2], first[1]]);
  });

  it('stores a CSV import\'s blocks as the worker built them, appended to what is there', async () => {
    const first: Measurement[] = [{ kpiId: 'csat', date: '2027-01-10', value: 84.25, n: 300, note: 'Lisbon' }];
    await insertPilot('a1', { ...pilot, measurements: columns(first) }, T1);
    // The worker's blocks for two rows: a KPI with nothing stored keeps its block as it came; one with rows
    // stored is joined to them, only the strings its rows use merged into the stored lists.
    const csat = { kpiId: 'csat', dates: ['2027-01-11'], date: Uint32Array.of(0), value: Float64Array.of(90), n: Float64Array.of(1), notes: ['unused', 'Porto'], note: Uint32Array.of(2) };
    const aht = { kpiId: 'aht', dates: ['2027-01-11'], date: Uint32Array.of(0), value: Float64Array.of(431), n: Float64Array.of(NaN), notes: [], note: Uint32Array.of(0) };
    await appendMeasurements('a1', 'p1', { blocks: [csat, aht], count: 2 }, T2);
    expect((await db.measurementBlocks.get(['a1', 'p1', 'csat', 0]))?.notes).toEqual(['Lisbon', 'Porto']);
    expect(await db.measurementBlocks.get(['a1', 'p1', 'aht', 0])).toEqual({ ...aht, assessmentId: 'a1', pilotId: 'p1', part: 0 });
    expect(await rowsOf()).toStrictEqual([first[0], { kpiId: 'csat', date: '2027-01-11', value: 90, n: 1, note: 'Porto' }, { kpiId: 'aht', date: '2027-01-11', value: 431 }]);
  });

  it('appends to the stored blocks with dates and notes renumbered into their lists', async () => {
    const first: Measurement[] = [
      { kpiId: 'csat', date: '2027-01-10', value: 84, n: 300, note: 'Lisbon' },
      { kpiId: 'csat', date: '2027-01-11', value: 85 },
    ];
    await insertPilot('a1', { ...pilot, measurements: columns(first) }, T1);
    const more: Measurement[] = [
      { kpiId: 'csat', date: '2027-01-12', value: 86, note: 'Porto' },
      { kpiId: 'csat', date: '2027-01-10', value: 87, note: 'Lisbon' },
    ];
    await appendMeasurements('a1', 'p1', columns(more), T2);
    const csat = await db.measurementBlocks.get(['a1', 'p1', 'csat', 0]);
    expect(csat?.dates).toEqual(['2027-01-10', '2027-01-11', '2027-01-12']);
    expect(csat?.notes).toEqual(['Lisbon', 'Porto']);
    expect([...csat!.date]).toEqual([0, 1, 2, 0]);
    expect(await rowsOf()).toStrictEqual([...first, ...more]);
  });

  it('applies an edit to the stored pilot: blocks are rewritten only when the rows changed, those of a removed KPI dropped', async () => {
    await insertPilot('a1', { ...pilot, measurements: columns([{ kpiId: 'csat', date: '2027-01-10', value: 84, n: 300 }, { kpiId: 'nps', date: '2027-01-10', value: 31 }]) }, T1);
    await updatePilot('a1', 'p1', (p) => ({ ...p, kpis: p.kpis.filter((k) => k.id !== 'nps') }), T2);
    expect(await rowsOf()).toEqual([{ kpiId: 'csat', date: '2027-01-10', value: 84, n: 300 }]);
    await updatePilot('a1', 'p1', (p) => ({ ...p, measurements: columns([{ kpiId: 'csat', date: '2027-01-11', value: 90 }]) }), at(T2.updatedAt));
    expect(await rowsOf()).toEqual([{ kpiId: 'csat', date: '2027-01-11', value: 90 }]);
  });

  it('keeps both edits when two writers change different things of one pilot', async () => {
    await insertPilot('a1', pilot, T1);
    // Two tabs, each holding the pilot as it was: one renames it, the other adds a row.
    await updatePilot('a1', 'p1', (p) => ({ ...p, name: 'Renamed' }), at('2026-12-03T00:00:00.000Z'));
    await updatePilot('a1', 'p1', (p) => ({ ...p, measurements: columns([...measurementsOf(p.measurements), { kpiId: 'csat', date: '2027-01-12', value: 88 }]) }), at('2026-12-03T00:00:01.000Z'));
    const a = await loadAssessment('a1');
    expect(a?.pilots[0].name).toBe('Renamed');
    expect(a?.pilots[0].measurements.count).toBe(1);
  });

  it('refuses measurements for a KPI the stored pilot no longer has, storing none of them', async () => {
    await insertPilot('a1', pilot, T1);
    await updatePilot('a1', 'p1', (p) => ({ ...p, kpis: p.kpis.filter((k) => k.id !== 'nps') }), at('2026-12-03T00:00:00.000Z'));
    const rows = columns([{ kpiId: 'csat', date: '2027-01-10', value: 84 }, { kpiId: 'nps', date: '2027-01-10', value: 31 }]);
    await expect(appendMeasurements('a1', 'p1', rows, at('2026-12-04T00:00:00.000Z'))).rejects.toThrow('The KPI "nps" is not in this pilot (removed in another tab?).');
    await expect(updatePilot('a1', 'p1', (p) => ({ ...p, measurements: rows }), at('2026-12-04T00:00:00.000Z'))).rejects.toThrow(/KPI "nps"/);
    expect(await db.measurementBlocks.count()).toBe(0);
  });

  it('refuses a pilot for a vendor that is no longer stored', async () => {
    await expect(insertPilot('a1', { ...pilot, vendorId: 'gone' }, T1)).rejects.toThrow(/vendor "gone" was removed/);
    expect(await db.pilots.count()).toBe(0);
  });

  it('returns the revision each write replaced', async () => {
    const first = await insertPilot('a1', pilot, T1);
    expect(await deletePilot('a1', 'p1', T2)).toBe(T1.revision);
    expect(first).not.toBe(T1.revision);
  });

  it('deletes a pilot with its measurements', async () => {
    await insertPilot('a1', { ...pilot, measurements: columns([{ kpiId: 'csat', date: '2027-01-10', value: 84 }]) }, T1);
    await deletePilot('a1', 'p1', T2);
    expect((await loadAssessment('a1'))?.pilots).toEqual([]);
    expect(await db.measurementBlocks.count()).toBe(0);
  });
});
