// Storage side of backup and restore. Reading everything happens in one read transaction (a
// consistent snapshot); a restore writes every assessment of the backup in ONE read-write transaction,
// so it is stored whole or not at all. Nothing here validates or reads files: the backup was read and
// validated completely (exchange/backup-file.ts, called from state/) before these functions are called.
import { addRecords, ASSESSMENT_TABLES, deleteRecordsOf } from './assessments-repo';
import { db } from './db';
import { groupBy } from '../domain/group-by';
import { fromRecords, toRecords } from './format/assessment-records';
import type { Assessment } from '../domain/types';
import type { StoredSummary } from '../exchange/backup-file';
import { mergeUndoKey } from './import-repo';

/** Every stored assessment, whole, from one snapshot. */
export async function loadAllAssessments(): Promise<Assessment[]> {
  return db.transaction('r', ASSESSMENT_TABLES(), async () => {
    const [records, scoreBlocks, pilots, measurements, contractBlocks] = await Promise.all([
      db.assessments.toArray(),
      db.scoreBlocks.toArray(),
      db.pilots.toArray(),
      db.measurementBlocks.toArray(),
      db.contractBlocks.toArray(),
    ]);
    const group = <T extends { assessmentId: string }>(rows: T[]) => {
      const by = groupBy(rows, (row) => row.assessmentId);
      return (id: string) => by.get(id) ?? [];
    };
    const [scoresOf, pilotsOf, blocksOf, contractBlocksOf] = [group(scoreBlocks), group(pilots), group(measurements), group(contractBlocks)];
    return records.map((assessment) => {
      const id = assessment.id;
      return fromRecords({ assessment, scoreBlocks: scoresOf(id), pilots: pilotsOf(id), measurements: blocksOf(id), contractBlocks: contractBlocksOf(id) });
    });
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
  await db.transaction('rw', [...ASSESSMENT_TABLES(), db.settings], async () => {
    for (const r of all) {
      await db.settings.delete(mergeUndoKey(r.assessment.id));
      await deleteRecordsOf(r.assessment.id);
      await addRecords(r);
    }
  });
}
