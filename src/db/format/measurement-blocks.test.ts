// The storage blocks of measurements: built by the CSV worker's builder as rows are checked (grown by
// doubling, finished at their exact length), the same blocks a pilot's rows as objects give, and stored
// and read back without conversion.
import { describe, expect, it } from 'vitest';
import { measurementsOf } from '../../domain/pilot-rows';
import { rowsFromMeasurements } from '../../domain/pilot-rows-build';
import { sampleMeasurementRows as rows } from '../../domain/test-factories';
import type { Measurement } from '../../domain/types';
import { pilotFromRecords } from './assessment-records';
import { measurementBlocks, MeasurementBlockBuilder } from './measurement-blocks';

/** `list` through the worker's builder, KPIs numbered by `kpiIds` (here with an unused one first). */
function built(list: readonly Measurement[], kpiIds = ['nps', 'csat', 'aht', 'fcr']) {
  const builder = new MeasurementBlockBuilder(kpiIds);
  for (const r of list) {
    builder.add(kpiIds.indexOf(r.kpiId), r.date, r.value, r.n ?? NaN, r.note);
    expect(builder.lastRow()).toStrictEqual(r);
  }
  return builder.finish();
}

describe('storage blocks', () => {
  it('from the worker\'s builder are the blocks the rows as objects give, across many doublings', () => {
    const all = rows(50_000);
    const blocks = built(all);
    expect(blocks).toEqual(rowsFromMeasurements(all, ['nps', 'csat', 'aht', 'fcr']).blocks);
    // Each column its own buffer of exactly its length: storage copies whole buffers.
    for (const b of blocks) for (const column of [b.date, b.value, b.n, b.note]) expect(column.buffer.byteLength).toBe(column.byteLength);
    expect(built([])).toEqual([]);
  });

  it('hold each KPI\'s rows in order, stored with their ids and read back as the pilot\'s rows, exactly', () => {
    const all = rows(1000);
    const kpiIds = ['csat', 'aht', 'fcr'];
    const blocks = measurementBlocks('a1', 'p1', rowsFromMeasurements(all, kpiIds));
    expect(blocks.map((b) => [b.assessmentId, b.pilotId, b.kpiId])).toEqual(kpiIds.map((k) => ['a1', 'p1', k]));
    const record = { id: 'p1', name: 'P', vendorId: 'v', start: '2027-01-01', end: '2027-01-31', goScore: 90, noGoScore: 75, decisions: [], assessmentId: 'a1', order: 0 };
    const kpis = kpiIds.map((id) => ({ id, name: id, unit: '', direction: 'higher' as const, threshold: 1, target: 2, weight: 1, gate: false, aggregate: 'mean' as const, proportion: false }));
    // Read back in the pilot's KPI order, whatever order the blocks come in; the columns are not copied.
    const pilot = pilotFromRecords({ ...record, kpis }, [...blocks].reverse());
    const byKpi = (kpiId: string) => all.filter((r) => r.kpiId === kpiId);
    expect(measurementsOf(pilot.measurements)).toStrictEqual([...byKpi('csat'), ...byKpi('aht'), ...byKpi('fcr')]);
    expect(pilot.measurements.blocks[0].value).toBe(blocks[0].value);
    expect(pilot.measurements.blocks[0]).not.toHaveProperty('assessmentId');
  });
});
