// Repository for assessments: takes and returns plain domain objects; every write is one transaction.
// It also names the tables that together hold one assessment (schema.ts), and the three things done to
// all of them at once: read an assessment's records, delete them, add them. Every whole-assessment write
// (insert, replace, merge, undo, restore, delete) goes through these, so a table added to the layout is
// added here once and no write forgets it.
import { db } from './db';
import { fromRecords, toRecords, type AssessmentRecords } from './format/assessment-records';
import type { AssessmentRecord } from './schema';
import { revisionOf } from './revision';
import type { Assessment } from '../domain/types';

export async function assessmentExists(id: string): Promise<boolean> {
  return (await db.assessments.get(id)) !== undefined;
}

export async function loadAssessment(id: string): Promise<Assessment | undefined> {
  return (await loadAssessmentAt(id))?.assessment;
}

/** The stored assessment with the revision it was read at, from one snapshot. */
export async function loadAssessmentAt(id: string): Promise<{ assessment: Assessment; revision: string } | undefined> {
  return db.transaction('r', ASSESSMENT_TABLES(), async () => {
    const assessment = await db.assessments.get(id);
    if (!assessment) return undefined;
    return { assessment: fromRecords(await readRecordsOf(assessment)), revision: revisionOf(assessment) };
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
  await db.transaction('rw', ASSESSMENT_TABLES(), async () => {
    if (await db.assessments.get(a.id)) throw new Error(`An assessment with id "${a.id}" already exists.`);
    await addRecords(r);
  });
}

export async function deleteAssessment(id: string): Promise<void> {
  await db.transaction('rw', ASSESSMENT_TABLES(), () => deleteRecordsOf(id));
}

/** Every table an assessment's records live in (for a transaction's scope). */
export const ASSESSMENT_TABLES = () => [db.assessments, db.scoreBlocks, db.pilots, db.measurementBlocks, db.contractBlocks];

/** Inside a transaction: the records of the assessment whose record is `assessment`. */
async function readRecordsOf(assessment: AssessmentRecord): Promise<AssessmentRecords> {
  const id = assessment.id;
  const [scoreBlocks, pilots, measurements, contractBlocks] = await Promise.all([
    db.scoreBlocks.where('assessmentId').equals(id).toArray(),
    db.pilots.where('assessmentId').equals(id).toArray(),
    db.measurementBlocks.where('assessmentId').equals(id).toArray(),
    db.contractBlocks.where('assessmentId').equals(id).toArray(),
  ]);
  return { assessment, scoreBlocks, pilots, measurements, contractBlocks };
}

/** Inside a transaction: removes every record of assessment `id`. */
export async function deleteRecordsOf(id: string): Promise<void> {
  await db.assessments.delete(id);
  await db.scoreBlocks.where('assessmentId').equals(id).delete();
  await db.pilots.where('assessmentId').equals(id).delete();
  await db.measurementBlocks.where('assessmentId').equals(id).delete();
  await db.contractBlocks.where('assessmentId').equals(id).delete();
}

/** Inside a transaction: adds an assessment's records (its id must be free: delete first to replace). */
export async function addRecords(r: AssessmentRecords): Promise<void> {
  await db.assessments.add(r.assessment);
  await db.scoreBlocks.bulkAdd(r.scoreBlocks);
  await db.pilots.bulkAdd(r.pilots);
  await db.measurementBlocks.bulkAdd(r.measurements);
  await db.contractBlocks.bulkAdd(r.contractBlocks);
}
