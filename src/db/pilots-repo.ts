// Repository for pilots and their measurements. Every write also bumps the assessment's updatedAt in the
// same transaction: live views watch that one field (see watchAssessment).
import { db } from './db';
import { appendToBlock, blocksFromBatches } from './measurement-block-appends';
import { measurementBlocks } from './measurement-blocks';
import type { Measurement, Pilot } from '../domain/types';
import type { RowBatch } from '../exchange/csv/measurement-batch';
import type { PilotRecord } from './schema';

const TABLES = () => [db.assessments, db.pilots, db.measurements];

async function touch(assessmentId: string, updatedAt: string): Promise<void> {
  const changed = await db.assessments.update(assessmentId, { updatedAt });
  if (changed === 0) throw new Error('The assessment no longer exists (deleted in another tab?).');
}

async function nextOrder(assessmentId: string): Promise<number> {
  const existing = await db.pilots.where('assessmentId').equals(assessmentId).toArray();
  return existing.reduce((max, p) => Math.max(max, p.order + 1), 0);
}

export async function insertPilot(assessmentId: string, pilot: Pilot, updatedAt: string): Promise<void> {
  const { measurements, ...rest } = pilot;
  await db.transaction('rw', TABLES(), async () => {
    if (await db.pilots.get([assessmentId, pilot.id])) throw new Error(`A pilot with id "${pilot.id}" already exists.`);
    const record: PilotRecord = { ...rest, assessmentId, order: await nextOrder(assessmentId) };
    await db.pilots.add(record);
    await db.measurements.bulkPut(measurementBlocks(assessmentId, pilot.id, measurements));
    await touch(assessmentId, updatedAt);
  });
}

/**
 * Saves a pilot's settings, KPIs and decision log; with `measurementsChanged`, also rewrites its
 * measurement blocks (one record per KPI, so even 100,000 rows are a handful of writes).
 */
export async function savePilot(assessmentId: string, pilot: Pilot, updatedAt: string, measurementsChanged: boolean): Promise<void> {
  const { measurements, ...rest } = pilot;
  await db.transaction('rw', TABLES(), async () => {
    const existing = await db.pilots.get([assessmentId, pilot.id]);
    if (!existing) throw new Error(`The pilot "${pilot.name}" no longer exists (deleted in another tab?).`);
    await db.pilots.put({ ...rest, assessmentId, order: existing.order });
    const kpiIds = new Set(pilot.kpis.map((k) => k.id));
    const blocks = db.measurements.where('[assessmentId+pilotId]').equals([assessmentId, pilot.id]);
    if (measurementsChanged) {
      await blocks.delete();
      await db.measurements.bulkPut(measurementBlocks(assessmentId, pilot.id, measurements));
    } else {
      // A KPI removed from the pilot takes its measurements with it.
      await blocks.filter((b) => !kpiIds.has(b.kpiId)).delete();
    }
    await touch(assessmentId, updatedAt);
  });
}

/**
 * Appends rows (e.g. an imported CSV) to the pilot's blocks in one transaction: all or nothing.
 * `batches`: the same rows as the CSV worker's column batches, when the caller has them; the blocks are
 * then built from the columns, not by walking the row objects again on the main thread
 * (scripts/bench/csv-import.ts). Batches that do not hold exactly the rows' count are not trusted.
 */
export async function appendMeasurements(
  assessmentId: string,
  pilotId: string,
  rows: readonly Measurement[],
  updatedAt: string,
  batches?: readonly RowBatch[],
): Promise<void> {
  const columns = batches && batches.reduce((sum, b) => sum + b.length, 0) === rows.length ? batches : null;
  const kpiIds = new Set(columns ? columns.flatMap((b) => b.kpiIds) : rows.map((r) => r.kpiId));
  await db.transaction('rw', TABLES(), async () => {
    // Both reads at once: one round trip to IndexedDB fewer before the write.
    const [pilot, existing] = await Promise.all([
      db.pilots.get([assessmentId, pilotId]),
      db.measurements.bulkGet([...kpiIds].map((kpiId): [string, string, string] => [assessmentId, pilotId, kpiId])),
    ]);
    if (!pilot) throw new Error('The pilot no longer exists (deleted in another tab?).');
    const stored = new Map(existing.flatMap((b) => (b ? [[b.kpiId, b] as const] : [])));
    const blocks = columns
      ? blocksFromBatches(assessmentId, pilotId, columns, stored)
      : measurementBlocks(assessmentId, pilotId, rows).map((block) => {
          const before = stored.get(block.kpiId);
          return before ? appendToBlock(before, block) : block;
        });
    await db.measurements.bulkPut(blocks);
    await touch(assessmentId, updatedAt);
  });
}

export async function deletePilot(assessmentId: string, pilotId: string, updatedAt: string): Promise<void> {
  await db.transaction('rw', TABLES(), async () => {
    await db.pilots.delete([assessmentId, pilotId]);
    await db.measurements.where('[assessmentId+pilotId]').equals([assessmentId, pilotId]).delete();
    await touch(assessmentId, updatedAt);
  });
}
