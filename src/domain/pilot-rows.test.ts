// A pilot's rows as columns (pilot-rows.ts, pilot-rows-build.ts): built from objects, read back one
// row at a time or all at once, appended to with one copy, and rows dropped.
import { describe, expect, it } from 'vitest';
import { m } from './pilot-fixtures';
import { kpiRowsOf, locateRow, measurementsOf, NO_ROWS, pilotRows, rowAt } from './pilot-rows';
import { appendKpiRows, appendPilotRows, dropKpiRows, rowsFromMeasurements } from './pilot-rows-build';
import { sampleMeasurementRows } from './test-factories';

const a = m('csat', '2027-01-10', 84, 300);
const b = { ...m('fcr', '2027-01-10', 72), note: 'Lisbon' };
const c = m('csat', '2027-01-17', 88, 500);

describe('pilot rows', () => {
  it('keep each KPI\'s rows in order, the KPIs in the pilot\'s order, and read back exactly', () => {
    const rows = rowsFromMeasurements([a, b, c], ['fcr', 'csat']);
    expect(rows.count).toBe(3);
    expect(rows.blocks.map((x) => x.kpiId)).toEqual(['fcr', 'csat']);
    expect(measurementsOf(rows)).toStrictEqual([b, a, c]);
    expect([0, 1, 2, 3].map((i) => rowAt(rows, i))).toStrictEqual([b, a, c, undefined]);
    expect(locateRow(rows, 2)).toEqual({ block: 1, k: 1 });
    expect(locateRow(rows, -1)).toBeNull();
    expect(kpiRowsOf(rows, 'csat')?.dates).toEqual(['2027-01-10', '2027-01-17']);
    expect(kpiRowsOf(rows, 'aht')).toBeUndefined();
    expect(rowsFromMeasurements([])).toBe(NO_ROWS);
    expect(pilotRows([rowsFromMeasurements([a]).blocks[0], { ...rowsFromMeasurements([b]).blocks[0], value: new Float64Array(0) }]).count).toBe(1);
  });

  it('append after a KPI\'s rows in one copy, its dates and notes renumbered into the stored lists', () => {
    const stored = sampleMeasurementRows(500);
    const more = sampleMeasurementRows(800, 450);
    const order = ['csat', 'aht', 'fcr'];
    const before = rowsFromMeasurements(stored, order);
    const joined = appendPilotRows(before, rowsFromMeasurements(more, order), order);
    joined.blocks.forEach((block, i) => expect(block.dates.slice(0, before.blocks[i].dates.length)).toEqual(before.blocks[i].dates));
    const byKpi = (list: typeof stored, k: string) => list.filter((r) => r.kpiId === k);
    expect(measurementsOf(joined)).toStrictEqual(order.flatMap((k) => [...byKpi(stored, k), ...byKpi(more, k)]));
    // A KPI new to the pilot gets its own block, in the pilot's KPI order.
    const withNps = appendPilotRows(before, rowsFromMeasurements([m('nps', '2027-01-02', 30)]), ['nps', ...order]);
    expect(withNps.blocks.map((x) => x.kpiId)).toEqual(['nps', ...order]);
    expect(appendPilotRows(before, NO_ROWS)).toBe(before);
    const csat = before.blocks[0];
    expect(appendKpiRows(csat, { ...csat, value: new Float64Array(0) })).toBe(csat);
  });

  it('append less the rows on skipped dates, merging only the strings the kept rows use', () => {
    const order = ['csat', 'fcr'];
    const stored = rowsFromMeasurements([a, b], order);
    const incoming = rowsFromMeasurements([{ ...c, note: 'Porto' }, { ...m('csat', '2027-01-10', 80), note: 'Braga' }, m('fcr', '2027-01-11', 70)], order);
    // CSAT's incoming dates are 2027-01-17 and 2027-01-10: skip the second.
    const joined = appendPilotRows(stored, incoming, order, new Map([['csat', Uint8Array.of(0, 1)]]));
    expect(measurementsOf(joined)).toStrictEqual([a, { ...c, note: 'Porto' }, b, m('fcr', '2027-01-11', 70)]);
    expect(joined.blocks[0].notes).toEqual(['Porto']);
    // Every incoming row of a KPI skipped: its rows stay as they were.
    const none = appendPilotRows(stored, incoming, order, new Map([['csat', Uint8Array.of(1, 1)], ['fcr', Uint8Array.of(1)]]));
    expect(none.blocks).toEqual(stored.blocks);
  });

  it('drop rows, keeping only the dates and notes the rest use', () => {
    const block = rowsFromMeasurements([a, { ...c, note: 'Porto' }, m('csat', '2027-01-24', 80)]).blocks[0];
    const kept = dropKpiRows(block, Uint8Array.of(0, 1, 0));
    expect(measurementsOf({ blocks: [kept], count: 2 })).toStrictEqual([a, m('csat', '2027-01-24', 80)]);
    expect(kept.dates).toEqual(['2027-01-10', '2027-01-24']);
    expect(kept.notes).toEqual([]);
    expect(dropKpiRows(block, new Uint8Array(3))).toBe(block);
  });
});
