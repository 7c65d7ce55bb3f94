// Repository for assessments: takes and returns plain domain objects; every write is one transaction.
import { db } from './db';
import { fromRecords, toRecords, type AssessmentRecords } from './format/assessment-records';
import { revisionOf } from './revision';
import type { Assessment } from '../domain/types';

const ALL_TABLES = () => [db.assessments, db.scoreBlocks, db.pilots, db.measurementBlocks];

export async function assessmentExists(id: string): Promise<boolean> {
  return (await db.assessments.get(id)) !== undefined;
}

export async function loadAssessment(id: string): Promise<Assessment | undefined> {
  return (await loadAssessmentAt(id))?.assessment;
}

/** The stored assessment with the revision it was read at, from one snapshot. */
export async function loadAssessmentAt(id: string): Promise<{ assessment: Assessment; revision: string } | undefined> {
  return db.transaction('r', ALL_TABLES(), async () => {
    const assessment = await db.assessments.get(id);
    if (!assessment) return undefined;
    const [scoreBlocks, pilots, measurements] = await Promise.all([
      db.scoreBlocks.where('assessmentId').equals(id).toArray(),
      db.pilots.where('assessmentId').equals(id).toArray(),
      db.measurementBlocks.where('assessmentId').equals(id).toArray(),
    ]);
    return { assessment: fromRecords({ assessment, scoreBlocks, pilots, measurements }), revision: revisionOf(assessment) };
  });
}

/**
 * The query behind a live view of one assessment: its revision only (null once it is deleted). Every
 * write to an assessment's children also gives its record a new revision (revision.ts), so watching
 * that one record is enough; the view reloads the rest only for revisions that are not its own:
 * tracking every score read cost ~40 ms per keypress at 50 vendors × 60 criteria.
 */
export async function assessmentRevision(id: string): Promise<string | null> {
  const record = await db.assessments.get(id);
  return record ? revisionOf(record) : null;
}

/** Writes a complete, already validated assessment in one transaction. Fails if the id is taken. */
export function insertAssessment(a: Assessment): Promise<void> {
  return insertRecords(toRecords(a));
}

/** Writes the records of a complete, already validated assessment (toRecords) in one transaction. Fails if the id is taken. */
export async function insertRecords(r: AssessmentRecords): Promise<void> {
  const a = r.assessment;
  await db.transaction('rw', ALL_TABLES(), async () => {
    if (await db.assessments.get(a.id)) throw new Error(`An assessment with id "${a.id}" already exists.`);
    await db.assessments.add(r.assessment);
    await db.scoreBlocks.bulkAdd(r.scoreBlocks);
    await db.pilots.bulkAdd(r.pilots);
    await db.measurementBlocks.bulkAdd(r.measurements);
  });
}

export async function deleteAssessment(id: string): Promise<void> {
  await db.transaction('rw', ALL_TABLES(), async () => {
    await db.assessments.delete(id);
    await db.scoreBlocks.where('assessmentId').equals(id).delete();
    await db.pilots.where('assessmentId').equals(id).delete();
    await db.measurementBlocks.where('assessmentId').equals(id).delete();
  });
}
