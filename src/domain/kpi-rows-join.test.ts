// One KPI's rows joined a slice at a time, cut into blocks of their own and joined back: the same rows,
// in the same order, with the same strings, as the one-pass functions give (pilot-rows-build.ts).
import { describe, expect, it } from 'vitest';
import { concatKpiRows, KpiRowsJoin, sliceKpiRows } from './kpi-rows-join';
import { kpiRowAt } from './pilot-rows';
import { appendKpiRows, rowsFromMeasurements } from './pilot-rows-build';
import { sampleMeasurementRows } from './test-factories';
import type { KpiRows } from './types';

const csatOf = (count: number, offset = 0): KpiRows => rowsFromMeasurements(sampleMeasurementRows(count, offset).map((r) => ({ ...r, kpiId: 'csat' }))).blocks[0];
const rowsOf = (b: KpiRows) => Array.from({ length: b.value.length }, (_, k) => kpiRowAt(b, k));

describe('KpiRowsJoin', () => {
  it('joins in steps of any size exactly what appending in one pass gives, skipped dates left out', () => {
    const before = csatOf(1000);
    const added = csatOf(5000, 5000);
    const skip = new Uint8Array(added.dates.length);
    skip[3] = 1;
    const whole = appendKpiRows(before, added, skip);
    for (const rows of [1, 999, 4096, 5000]) {
      const join = new KpiRowsJoin(before, added, skip);
      let steps = 1;
      let joined = join.step(rows);
      while (!joined) {
        joined = join.step(rows);
        steps++;
      }
      expect(steps).toBe(Math.ceil(5000 / rows));
      expect(joined).toEqual(whole);
    }
    expect(rowsOf(whole)).toStrictEqual([...rowsOf(before), ...rowsOf(added).filter((r) => r.date !== added.dates[3])]);
  });
});

describe('blocks cut and joined back', () => {
  it('cuts rows into blocks of their own (fresh columns, only their strings) that join back to the same rows', () => {
    const block = csatOf(3000);
    const parts = [sliceKpiRows(block, 0, 1000), sliceKpiRows(block, 1000, 2200), sliceKpiRows(block, 2200, 3000)];
    for (const part of parts) {
      for (const column of [part.date, part.value, part.n, part.note]) expect(column.buffer.byteLength).toBe(column.byteLength);
      expect(part.dates.length).toBeLessThan(block.dates.length);
    }
    expect(rowsOf(parts[1])).toStrictEqual(rowsOf(block).slice(1000, 2200));
    expect(rowsOf(concatKpiRows(parts))).toStrictEqual(rowsOf(block));
    expect(concatKpiRows([block])).toBe(block);
  });

  it('leaves out the rows on skipped dates when cutting', () => {
    const block = csatOf(3000);
    const skip = new Uint8Array(block.dates.length);
    skip[0] = 1;
    expect(rowsOf(sliceKpiRows(block, 100, 2000, skip))).toStrictEqual(rowsOf(block).slice(100, 2000).filter((r) => r.date !== block.dates[0]));
  });
});
