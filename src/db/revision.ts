// Every write to an assessment gives its record a new revision: a token no other write anywhere ever
// gives, so a tab can tell its own writes from another tab's. updatedAt cannot serve: two tabs can
// stamp the same millisecond, and a restore may bring back an older time.
import { db } from './db';
import { newRevision } from './format/revision-token';
import type { AssessmentRecord } from './schema';

/** What one write stamps on the assessment record. */
export interface Stamp {
  updatedAt: string;
  revision: string;
}


export function newStamp(): Stamp {
  return { updatedAt: new Date().toISOString(), revision: newRevision() };
}

/** Records written before revisions existed fall back to their updatedAt. */
export function revisionOf(record: Pick<AssessmentRecord, 'updatedAt' | 'revision'>): string {
  return record.revision ?? record.updatedAt;
}

/** A write refused because what it builds on changed or went away in another tab; nothing was written. */
export class EditConflict extends Error {
  override name = 'EditConflict';
}

/** An editor's save refused because the thing it edits is no longer what the editor opened on. */
export class ChangedElsewhere extends EditConflict {
  override name = 'ChangedElsewhere';
}

/**
 * Inside a read-write transaction: stamps the assessment record and returns the revision it had, so
 * the writer can tell whether anyone else wrote since it last read. Fails when the assessment is gone.
 */
export async function stampAssessment(assessmentId: string, stamp: Stamp): Promise<string> {
  const record = await db.assessments.get(assessmentId);
  if (!record) throw new EditConflict('This assessment was deleted in another tab.');
  await db.assessments.update(assessmentId, { updatedAt: stamp.updatedAt, revision: stamp.revision });
  return revisionOf(record);
}
