// The storage blocks of measurements: built from row objects or from the CSV worker's column batches
// (which must give the same blocks), appended to, and read back.
import { describe, expect, it } from 'vitest';
import { sampleMeasurementRows as rows } from '../domain/test-factories';
import type { Measurement } from '../domain/types';
import type { RowBatch } from '../exchange/csv/measurement-batch';
import { appendToBlock, blocksFromBatches } from './measurement-block-appends';
import { blockRows, measurementBlocks } from './format/measurement-blocks';

/** `rows` as one column batch, in the worker's form: KPIs numbered by a list (here with an unused one first). */
function batchOf(rows: readonly Measurement[]): RowBatch {
  const kpiIds = ['nps', ...new Set(rows.map((r) => r.kpiId))];
  const dates = [...new Set(rows.map((r) => r.date))];
  const notes = [...new Set(rows.flatMap((r) => (r.note === undefined ? [] : [r.note])))];
  return {
    length: rows.length,
    kpiIds,
    dates,
    notes,
    kpi: Uint16Array.from(rows, (r) => kpiIds.indexOf(r.kpiId)),
    date: Uint32Array.from(rows, (r) => dates.indexOf(r.date)),
    value: Float64Array.from(rows, (r) => r.value),
    n: Float64Array.from(rows, (r) => r.n ?? NaN),
    note: Uint32Array.from(rows, (r) => (r.note === undefined ? 0 : notes.indexOf(r.note) + 1)),
  };
}

const back = (blocks: Parameters<typeof blockRows>[0][]) => {
  const out: Measurement[] = [];
  for (const block of blocks) blockRows(block, out);
  return out;
};

describe('storage blocks', () => {
  it('from column batches are the blocks the decoded rows would give, across batches', () => {
    // In batches of different sizes, one of a single row and one empty.
    const parts = [rows(3000), rows(1, 3000), rows(12_000, 3001), rows(0)];
    const all = parts.flat();
    expect(blocksFromBatches('a1', 'p1', parts.map(batchOf))).toEqual(measurementBlocks('a1', 'p1', all));
    expect(blocksFromBatches('a1', 'p1', [])).toEqual([]);
  });

  it('hold each KPI\'s rows in order, and read back exactly', () => {
    const all = rows(1000);
    const blocks = measurementBlocks('a1', 'p1', all);
    expect(blocks.map((b) => b.kpiId)).toEqual(['csat', 'aht', 'fcr']);
    const byKpi = (kpiId: string) => all.filter((r) => r.kpiId === kpiId);
    expect(back(blocks)).toStrictEqual([...byKpi('csat'), ...byKpi('aht'), ...byKpi('fcr')]);
  });

  it('append rows after the stored ones, renumbering dates and notes into the stored lists', () => {
    const stored = rows(500);
    const more = rows(800, 450);
    const storedBlocks = measurementBlocks('a1', 'p1', stored);
    const joined = storedBlocks.map((b) => appendToBlock(b, measurementBlocks('a1', 'p1', more).find((m) => m.kpiId === b.kpiId)!));
    for (const [i, block] of joined.entries()) expect(block.dates.slice(0, storedBlocks[i].dates.length)).toEqual(storedBlocks[i].dates);
    const byKpi = (list: Measurement[], kpiId: string) => list.filter((r) => r.kpiId === kpiId);
    expect(back(joined)).toStrictEqual(['csat', 'aht', 'fcr'].flatMap((k) => [...byKpi(stored, k), ...byKpi(more, k)]));
    // From column batches onto the stored blocks in one pass: the same blocks; a KPI with no new rows is left out.
    const onlyCsatAndAht = storedBlocks.filter((b) => b.kpiId !== 'fcr');
    const fromColumns = blocksFromBatches('a1', 'p1', [batchOf(more.slice(0, 300)), batchOf(more.slice(300))], new Map(onlyCsatAndAht.map((b) => [b.kpiId, b])));
    expect(fromColumns).toEqual([joined[0], joined[1], measurementBlocks('a1', 'p1', byKpi(more, 'fcr'))[0]]);
  });
});
