// Storage side of backup and restore. Reading everything happens in one read transaction (a
// consistent snapshot); a restore writes every assessment of the backup in ONE read-write transaction,
// so it is stored whole or not at all. Nothing here validates or reads files: the backup was read and
// validated completely (exchange/backup.ts, called from state/) before these functions are called.
import { db } from './db';
import { groupBy } from '../domain/group-by';
import { fromRecords, toRecords } from './format/assessment-records';
import type { Assessment } from '../domain/types';
import type { StoredSummary } from '../exchange/backup';
import { mergeUndoKey } from './import-repo';

const DATA_TABLES = () => [db.assessments, db.scoreBlocks, db.pilots, db.measurementBlocks];

/** Every stored assessment, whole, from one snapshot. */
export async function loadAllAssessments(): Promise<Assessment[]> {
  return db.transaction('r', DATA_TABLES(), async () => {
    const [records, scoreBlocks, pilots, measurements] = await Promise.all([
      db.assessments.toArray(),
      db.scoreBlocks.toArray(),
      db.pilots.toArray(),
      db.measurementBlocks.toArray(),
    ]);
    const group = <T extends { assessmentId: string }>(rows: T[]) => {
      const by = groupBy(rows, (row) => row.assessmentId);
      return (id: string) => by.get(id) ?? [];
    };
    const [scoresOf, pilotsOf, blocksOf] = [group(scoreBlocks), group(pilots), group(measurements)];
    return records.map((assessment) =>
      fromRecords({ assessment, scoreBlocks: scoresOf(assessment.id), pilots: pilotsOf(assessment.id), measurements: blocksOf(assessment.id) }),
    );
  });
}

/** Id, name and last change of every stored assessment: what a restore is compared against. */
export async function storedSummaries(): Promise<StoredSummary[]> {
  const records = await db.assessments.toArray();
  return records.map((a) => ({ id: a.id, name: a.name, updatedAt: a.updatedAt }));
}

/**
 * Writes every assessment of a validated backup in one transaction: an id not stored is added, a stored
 * id is replaced whole (its old scores, pilots and measurements go, and so does a pending merge undo,
 * which would bring back a version from before the restore). Any failure rolls all of it back.
 */
export async function restoreAssessments(assessments: readonly Assessment[]): Promise<void> {
  const all = assessments.map(toRecords);
  await db.transaction('rw', [...DATA_TABLES(), db.settings], async () => {
    for (const r of all) {
      const id = r.assessment.id;
      await db.settings.delete(mergeUndoKey(id));
      await db.scoreBlocks.where('assessmentId').equals(id).delete();
      await db.pilots.where('assessmentId').equals(id).delete();
      await db.measurementBlocks.where('assessmentId').equals(id).delete();
      await db.assessments.put(r.assessment);
      await db.scoreBlocks.bulkAdd(r.scoreBlocks);
      await db.pilots.bulkAdd(r.pilots);
      await db.measurementBlocks.bulkAdd(r.measurements);
    }
  });
}
