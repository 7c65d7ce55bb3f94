// The storage blocks built from the worker's columns, which must equal what the row objects would give.
import { describe, expect, it } from 'vitest';
import { sampleMeasurementRows as rows } from './test-helpers';
import { measurementBlocks } from '../../db/records';
import { encodeRows } from './measurement-batch';
import { BlockCollector, dictionariesOf } from './measurement-blocks';


describe('storage blocks from column batches', () => {
  it('become the same storage blocks as the decoded rows would, across batches', () => {
    // In batches of different sizes, one of a single row and one empty.
    const parts = [rows(3000), rows(1, 3000), rows(12_000, 3001), rows(0)];
    const collector = new BlockCollector();
    for (const part of parts) collector.add(encodeRows(part));
    const all = parts.flat();
    const expected = measurementBlocks('a1', 'p1', all).map(({ assessmentId: _a, pilotId: _p, ...columns }) => columns);
    expect(collector.rows).toBe(all.length);
    expect(collector.blocks()).toEqual(expected);
    expect(new BlockCollector().blocks()).toEqual([]);
  });

  it('number dates and notes after the stored blocks\' own when told them, so appending is a copy', () => {
    const stored = rows(500);
    const storedBlocks = measurementBlocks('a1', 'p1', stored);
    // The dictionaries known from the rows in memory are those of the stored blocks.
    expect([...dictionariesOf(stored)]).toEqual(storedBlocks.map((b) => [b.kpiId, { dates: b.dates, notes: b.notes }]));

    const more = rows(800, 450);
    const collector = new BlockCollector(dictionariesOf(stored));
    collector.add(encodeRows(more));
    const blocks = collector.blocks();
    for (const block of blocks) {
      const before = storedBlocks.find((b) => b.kpiId === block.kpiId)!;
      expect(block.dates.slice(0, before.dates.length)).toEqual(before.dates);
      expect(block.notes.slice(0, before.notes.length)).toEqual(before.notes);
    }
    // Decoded against its own lists, each block still holds exactly the new rows.
    const back = blocks.flatMap((b) => [...b.value].map((value, k) => `${b.kpiId} ${b.dates[b.date[k]]} ${value} ${b.note[k] ? b.notes[b.note[k] - 1] : '-'}`));
    expect(back.sort()).toEqual(more.map((m) => `${m.kpiId} ${m.date} ${m.value} ${m.note ?? '-'}`).sort());
  });
});
