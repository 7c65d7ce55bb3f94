// The columnar form imported measurements travel in: what the worker builds row by row, and what the
// page decodes.
import { describe, expect, it } from 'vitest';
import type { Measurement } from '../../domain/types';
import { sampleMeasurementRows as rows } from '../../domain/test-factories';
import { decodeMeasurements, RowBatchBuilder, transferablesOf, withoutDropped } from './measurement-batch';

describe('measurement batches', () => {
  it('keep every row exactly through the builder, across growth, and start afresh after take()', () => {
    const kpiIds = ['csat', 'aht', 'fcr', 'nps'];
    const builder = new RowBatchBuilder(kpiIds);
    const first = rows(10_000);
    for (const r of first) builder.add(kpiIds.indexOf(r.kpiId), r.date, r.value, r.n ?? NaN, r.note);
    const batch = builder.take();
    expect(batch.length).toBe(10_000);
    // Exact-length buffers: a transferred buffer carries no stale rows.
    expect(transferablesOf(batch).map((b) => b.byteLength)).toEqual([20_000, 40_000, 80_000, 80_000, 40_000]);
    expect(batch.notes).toEqual(['Lisbon', 'a\nb', '']);
    const out: Measurement[] = [];
    decodeMeasurements(batch, out);
    expect(out).toEqual(first);

    builder.add(3, '2027-02-01', 31, NaN, undefined);
    const next = builder.take();
    expect(next.kpiIds).toEqual(kpiIds);
    expect(next.dates).toEqual(['2027-02-01']);
    const again: Measurement[] = [];
    decodeMeasurements(next, again);
    expect(again).toEqual([{ kpiId: 'nps', date: '2027-02-01', value: 31 }]);
  });

  it('leave out dropped rows across batches, reusing a batch that loses none', () => {
    const kpiIds = ['csat', 'aht', 'fcr', 'nps'];
    const builder = new RowBatchBuilder(kpiIds);
    const all = rows(30);
    const batches = [0, 10, 20].map((from) => {
      for (const r of all.slice(from, from + 10)) builder.add(kpiIds.indexOf(r.kpiId), r.date, r.value, r.n ?? NaN, r.note);
      return builder.take();
    });
    const dropped = new Uint8Array(30);
    for (const i of [0, 5, 29]) dropped[i] = 1;
    const kept = withoutDropped(batches, dropped);
    expect(kept[1]).toBe(batches[1]);
    expect(kept.map((b) => b.length)).toEqual([8, 10, 9]);
    const out: Measurement[] = [];
    for (const b of kept) decodeMeasurements(b, out);
    expect(out).toEqual(all.filter((_, i) => dropped[i] === 0));
  });
});
