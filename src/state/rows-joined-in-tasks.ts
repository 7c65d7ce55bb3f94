// The screen's copy of a pilot's rows with an import's rows appended, joined a slice at a time, each
// slice in a task of its own (task-queue.ts): a million rows joined at once, even a KPI at a time, were
// tasks of 100–250 ms, and the page must not block for over 100 ms during an import (SPEC §10).
import { KpiRowsJoin } from '../domain/kpi-rows-join';
import { emptyKpiRows, pilotRows } from '../domain/pilot-rows';
import type { SkippedDates } from '../domain/pilot-rows-build';
import type { KpiRows, PilotRows } from '../domain/types';
import { inOwnTask } from './task-queue';

/** Rows joined per task: about 5 ms of copying each. */
const ROWS_PER_TASK = 50_000;

const nextTask = () => new Promise<void>((resolve) => inOwnTask(resolve));

/** `stored` with `incoming` appended (less `skip`'s rows), `rowsPerTask` rows per task; `task` waits for the next. */
export async function joinedInTasks(
  stored: PilotRows,
  incoming: PilotRows,
  kpiOrder: readonly string[],
  skip: SkippedDates,
  task: () => Promise<void> = nextTask,
  rowsPerTask = ROWS_PER_TASK,
): Promise<PilotRows> {
  const byKpi = new Map(stored.blocks.map((b) => [b.kpiId, b]));
  for (const block of incoming.blocks) {
    const join = new KpiRowsJoin(byKpi.get(block.kpiId) ?? emptyKpiRows(block.kpiId, 0), block, skip.get(block.kpiId));
    let joined: KpiRows | null = null;
    while (!joined) {
      await task();
      joined = join.step(rowsPerTask);
    }
    byKpi.set(block.kpiId, joined);
  }
  return pilotRows([...byKpi.values()], kpiOrder);
}
