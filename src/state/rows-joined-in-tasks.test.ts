// The screen's copy of a pilot's rows is joined with an import's rows a slice per task: the same rows as
// appending in one pass, and never more than so many rows of it in one task (SPEC §10).
import { describe, expect, it } from 'vitest';
import { appendPilotRows, rowsFromMeasurements } from '../domain/pilot-rows-build';
import { sampleMeasurementRows } from '../domain/test-factories';
import { joinedInTasks } from './rows-joined-in-tasks';

describe('joinedInTasks', () => {
  it('joins each KPI a slice of rows per task into what appending in one pass gives', async () => {
    const kpiOrder = ['csat', 'aht', 'fcr'];
    const stored = rowsFromMeasurements(sampleMeasurementRows(300), kpiOrder);
    // 2,500 rows per KPI: three slices of 1,000 each.
    const incoming = rowsFromMeasurements(sampleMeasurementRows(3 * 2500, 300), kpiOrder);
    const skip = new Map([['aht', new Uint8Array(incoming.blocks[1].dates.length).fill(1, 0, 2)]]);
    let tasks = 0;
    const joined = await joinedInTasks(stored, incoming, kpiOrder, skip, async () => void tasks++, 1000);
    expect(tasks).toBe(3 * 3);
    expect(joined).toEqual(appendPilotRows(stored, incoming, kpiOrder, skip));
  });
});
