// Repository for pilots and their measurements. Every write also bumps the assessment's updatedAt in the
// same transaction: live views watch that one field (see watchAssessment).
import { db } from './db';
import { appendToBlock, measurementBlocks } from './records';
import type { Measurement, Pilot } from '../domain/types';
import type { MeasurementBlock, PilotRecord } from './schema';

/** A storage block without the keys (assessment and pilot) this repository adds. */
export type BlockColumns = Omit<MeasurementBlock, 'assessmentId' | 'pilotId'>;

/** `list` starts with every entry of `prefix`, in order. */
function startsWith(list: readonly string[], prefix: readonly string[]): boolean {
  if (prefix.length > list.length) return false;
  for (let i = 0; i < prefix.length; i++) if (list[i] !== prefix[i]) return false;
  return true;
}

/**
 * The rows of `added` after those of `existing` (same pilot and KPI). When `added` numbers its dates
 * and notes after the stored ones (its lists start with the stored lists: the CSV import arranges
 * that, exchange/csv/measurement-blocks.ts), every column is copied as it is; otherwise appendToBlock
 * renumbers the added rows.
 */
function appendBlock(existing: MeasurementBlock, added: MeasurementBlock): MeasurementBlock {
  if (!startsWith(added.dates, existing.dates) || !startsWith(added.notes, existing.notes)) return appendToBlock(existing, added);
  const joined = <T extends Uint32Array | Float64Array>(a: T, b: T): T => {
    const out = new (a.constructor as new (size: number) => T)(a.length + b.length);
    out.set(a);
    out.set(b, a.length);
    return out;
  };
  return {
    ...existing,
    dates: added.dates,
    notes: added.notes,
    date: joined(existing.date, added.date),
    value: joined(existing.value, added.value),
    n: joined(existing.n, added.n),
    note: joined(existing.note, added.note),
  };
}

/**
 * The storage blocks of `rows`. A CSV import passes `built`, the blocks it already made from the
 * worker's columns (what measurementBlocks would make of the rows: one per KPI, rows in order), so
 * saving 100,000 imported rows does not walk 100,000 objects again on the main thread (issue 3
 * "Speed"); blocks that do not hold exactly the rows' count are ignored and the rows are used.
 */
function blocksOf(assessmentId: string, pilotId: string, rows: readonly Measurement[], built?: BlockColumns[]): MeasurementBlock[] {
  if (built && built.reduce((sum, b) => sum + b.value.length, 0) === rows.length) return built.map((b) => ({ assessmentId, pilotId, ...b }));
  return measurementBlocks(assessmentId, pilotId, rows);
}

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
 * `built`: the rows' blocks when the caller has them already (see blocksOf).
 */
export async function appendMeasurements(
  assessmentId: string,
  pilotId: string,
  rows: readonly Measurement[],
  updatedAt: string,
  built?: BlockColumns[],
): Promise<void> {
  const added = blocksOf(assessmentId, pilotId, rows, built);
  await db.transaction('rw', TABLES(), async () => {
    // Both reads at once: one round trip to IndexedDB fewer before the write.
    const [pilot, existing] = await Promise.all([
      db.pilots.get([assessmentId, pilotId]),
      db.measurements.bulkGet(added.map((b): [string, string, string] => [assessmentId, pilotId, b.kpiId])),
    ]);
    if (!pilot) throw new Error('The pilot no longer exists (deleted in another tab?).');
    await db.measurements.bulkPut(added.map((block, i) => (existing[i] ? appendBlock(existing[i], block) : block)));
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
