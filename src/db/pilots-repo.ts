// Repository for pilots and their measurements. Every write stamps the assessment record in the same
// transaction (revision.ts): live views watch that one record, and each write returns the revision it
// replaced. Edits are applied to the *stored* pilot, so two tabs editing one pilot keep both edits.
import { db } from './db';
import { pilotFromRecords } from './format/assessment-records';
import { appendedBlocks, measurementBlocks } from './format/measurement-blocks';
import type { SkippedDates } from '../domain/pilot-rows-build';
import { ReferenceGone } from './reference-gone';
import { EditConflict, stampAssessment, type Stamp } from './revision';
import type { Pilot, PilotRows } from '../domain/types';
import type { MeasurementBlock, PilotRecord } from './schema';

const TABLES = () => [db.assessments, db.pilots, db.measurementBlocks];

/** A measurement is never stored for a KPI the pilot no longer has (SPEC §5): another tab may have removed it. */
function refuseUnknownKpis(kpis: readonly { id: string }[], kpiIds: ReadonlySet<string>): void {
  const known = new Set(kpis.map((k) => k.id));
  for (const id of kpiIds) if (!known.has(id)) throw new EditConflict(`The KPI "${id}" is not in this pilot (removed in another tab?).`);
}

/**
 * Puts blocks a few at a time, each in a task of its own: IndexedDB copies a record on the page's thread
 * as it is put, and all of a million rows put at once were one long task (SPEC §10). The next block is
 * put when an earlier one is written, two kept under way so that the page copies one while storage
 * writes the other. Still one transaction: all are stored or none.
 */
export async function putBlocks(blocks: Iterable<MeasurementBlock>, underWay = 2): Promise<void> {
  const next = blocks[Symbol.iterator]();
  const lane = async () => {
    for (let block = next.next(); !block.done; block = next.next()) await db.measurementBlocks.put(block.value);
  };
  await Promise.all(Array.from({ length: underWay }, lane));
}

const pilotGone = () => new EditConflict('This pilot was deleted in another tab.');

async function nextOrder(assessmentId: string): Promise<number> {
  const existing = await db.pilots.where('assessmentId').equals(assessmentId).toArray();
  return existing.reduce((max, p) => Math.max(max, p.order + 1), 0);
}

/** Adds a pilot; refused when its vendor is no longer in the stored assessment. */
export async function insertPilot(assessmentId: string, pilot: Pilot, stamp: Stamp): Promise<string> {
  const { measurements, ...rest } = pilot;
  return db.transaction('rw', TABLES(), async () => {
    if (await db.pilots.get([assessmentId, pilot.id])) throw new EditConflict(`A pilot with id "${pilot.id}" already exists.`);
    const stored = await db.assessments.get(assessmentId);
    if (stored && !stored.vendors.some((v) => v.id === pilot.vendorId)) {
      throw new ReferenceGone({ kind: 'vendor', id: pilot.vendorId });
    }
    const previous = await stampAssessment(assessmentId, stamp);
    const record: PilotRecord = { ...rest, assessmentId, order: await nextOrder(assessmentId) };
    await db.pilots.add(record);
    await putBlocks(measurementBlocks(assessmentId, pilot.id, measurements));
    return previous;
  });
}

/**
 * Applies `edit` to the stored pilot and writes it; its measurement blocks are rewritten only when the
 * edit changed the rows (blocks of up to 50,000 rows, so even 100,000 rows are a handful of writes), and a KPI
 * the edit removed takes its measurements with it. Returns the revision the record had before.
 */
export async function updatePilot(assessmentId: string, pilotId: string, edit: (p: Pilot) => Pilot, stamp: Stamp): Promise<string> {
  return db.transaction('rw', TABLES(), async () => {
    const existing = await db.pilots.get([assessmentId, pilotId]);
    if (!existing) throw pilotGone();
    const blocks = db.measurementBlocks.where('[assessmentId+pilotId]').equals([assessmentId, pilotId]);
    const before = pilotFromRecords(existing, await blocks.toArray());
    const { measurements, ...rest } = edit(before);
    if (measurements !== before.measurements) refuseUnknownKpis(rest.kpis, new Set(measurements.blocks.map((b) => b.kpiId)));
    const previous = await stampAssessment(assessmentId, stamp);
    await db.pilots.put({ ...rest, id: pilotId, assessmentId, order: existing.order });
    if (measurements !== before.measurements) {
      await blocks.delete();
      await putBlocks(measurementBlocks(assessmentId, pilotId, measurements));
    } else {
      const kpiIds = new Set(rest.kpis.map((k) => k.id));
      await blocks.filter((b) => !kpiIds.has(b.kpiId)).delete();
    }
    return previous;
  });
}

/**
 * Appends rows (e.g. an imported CSV) after the stored rows of their KPIs, less those on `skip`'s dates,
 * in one transaction: all or nothing. Only each KPI's last stored block is read and rewritten (filled
 * up to its size), and the rows beyond it go into new blocks, each built and put in a task of its own:
 * the browser copies a record on the page's thread as it is put (~30 ms per MB here), so a million
 * imported rows are some twenty short writes one after the other rather than long tasks
 * (scripts/bench/csv-import.ts).
 */
export async function appendMeasurements(assessmentId: string, pilotId: string, rows: PilotRows, stamp: Stamp, skip?: SkippedDates): Promise<string> {
  const kpiIds = new Set(rows.blocks.map((b) => b.kpiId));
  return db.transaction('rw', TABLES(), async () => {
    // Both reads at once: one round trip to IndexedDB fewer before the write. Keys only: no block is copied.
    const [pilot, keys] = await Promise.all([
      db.pilots.get([assessmentId, pilotId]),
      db.measurementBlocks.where('[assessmentId+pilotId]').equals([assessmentId, pilotId]).primaryKeys(),
    ]);
    if (!pilot) throw pilotGone();
    refuseUnknownKpis(pilot.kpis, kpiIds);
    const lastPart = new Map<string, number>();
    for (const [, , kpiId, part] of keys) if (kpiIds.has(kpiId) && part >= (lastPart.get(kpiId) ?? 0)) lastPart.set(kpiId, part);
    const last = await db.measurementBlocks.bulkGet([...lastPart].map(([kpiId, part]): [string, string, string, number] => [assessmentId, pilotId, kpiId, part]));
    const lastOf = new Map(last.flatMap((b) => (b ? [[b.kpiId, b] as const] : [])));
    const ids = { assessmentId, pilotId };
    await putBlocks(
      (function* () {
        for (const block of rows.blocks) yield* appendedBlocks(ids, lastOf.get(block.kpiId), block, skip?.get(block.kpiId));
      })(),
    );
    return stampAssessment(assessmentId, stamp);
  });
}

export async function deletePilot(assessmentId: string, pilotId: string, stamp: Stamp): Promise<string> {
  return db.transaction('rw', TABLES(), async () => {
    await db.pilots.delete([assessmentId, pilotId]);
    await db.measurementBlocks.where('[assessmentId+pilotId]').equals([assessmentId, pilotId]).delete();
    return stampAssessment(assessmentId, stamp);
  });
}
