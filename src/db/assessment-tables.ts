// The tables that together hold one assessment (schema.ts), and the three things done to all of them at
// once: read an assessment's records, delete them, add them. Every whole-assessment write (insert,
// replace, merge, undo, restore, delete) goes through these, so a table added to the layout is added
// here once and no write forgets it.
import { db } from './db';
import type { AssessmentRecords } from './format/assessment-records';
import type { AssessmentRecord } from './schema';

/** Every table an assessment's records live in (for a transaction's scope). */
export const ASSESSMENT_TABLES = () => [db.assessments, db.scoreBlocks, db.pilots, db.measurementBlocks, db.contractBlocks];

/** Inside a transaction: the records of the assessment whose record is `assessment`. */
export async function readRecordsOf(assessment: AssessmentRecord): Promise<AssessmentRecords> {
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
