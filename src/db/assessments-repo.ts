// Repository for assessments: takes and returns plain domain objects; every write is one transaction.
import { addRecords, ASSESSMENT_TABLES, deleteRecordsOf, readRecordsOf } from './assessment-tables';
import { db } from './db';
import { fromRecords, toRecords, type AssessmentRecords } from './format/assessment-records';
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
