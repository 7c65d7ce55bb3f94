// Whole-assessment writes of the import clash choices (SPEC §5: replace, or merge evaluators): replace
// a stored assessment by a file, write a merge together with what undoes it, and undo it. Each is one
// transaction over every table, so a failure leaves the stored assessment exactly as it was. Nothing
// here validates or reads files: callers (state/assessment-import.svelte.ts) pass assessments that the
// importer and the merge (domain/merge.ts) already produced.
import { addRecords, ASSESSMENT_TABLES, deleteRecordsOf } from './assessments-repo';
import { db } from './db';
import { toRecords } from './format/assessment-records';
import type { Assessment } from '../domain/types';
import type { MergeSummary } from '../domain/merge';

/** Kept in settings after a merge so that it can be undone in one step, even after a reload. */
export interface MergeUndo {
  assessmentId: string;
  fileName: string;
  /** The merged assessment's updatedAt: when the stored one still has it, nothing changed since. */
  mergedAt: string;
  summary: MergeSummary;
  /** The assessment exactly as it was before the merge. */
  before: Assessment;
}

/** Settings key of an assessment's last merge. Stored in users' browsers: do not rename. */
export const mergeUndoKey = (assessmentId: string) => `mergeUndo:${assessmentId}`;

const ALL_TABLES = () => [...ASSESSMENT_TABLES(), db.settings];

/** Inside a transaction: removes every record of the id, then writes the assessment's records. */
async function rewrite(a: Assessment): Promise<void> {
  const r = toRecords(a);
  await deleteRecordsOf(a.id);
  await addRecords(r);
}

/** Fails (writing nothing) when the stored version is no longer the one the user decided about. */
async function expectUnchanged(id: string, updatedAt: string | undefined): Promise<void> {
  if (updatedAt === undefined) return;
  const current = await db.assessments.get(id);
  if (current?.updatedAt !== updatedAt) {
    throw new Error(`“${current?.name ?? id}” was changed (or deleted) in another tab meanwhile; nothing was written. Import the file again.`);
  }
}

/**
 * Replaces everything stored under the assessment's id by this assessment (SPEC §5 "replace it"), in
 * one transaction. Any pending merge undo of that id is dropped: it would restore a version older
 * than the replacement. `expectedUpdatedAt` guards against another tab's edit in between.
 */
export async function replaceAssessment(a: Assessment, expectedUpdatedAt?: string): Promise<void> {
  await db.transaction('rw', ALL_TABLES(), async () => {
    await expectUnchanged(a.id, expectedUpdatedAt);
    await rewrite(a);
    await db.settings.delete(mergeUndoKey(a.id));
  });
}

/** Writes a merged assessment and what undoes it, together: a merge is never stored without its undo. */
export async function writeMerge(merged: Assessment, undo: MergeUndo): Promise<void> {
  await db.transaction('rw', ALL_TABLES(), async () => {
    await expectUnchanged(merged.id, undo.before.updatedAt);
    await rewrite(merged);
    await db.settings.put({ key: mergeUndoKey(merged.id), value: undo });
  });
}

export async function getMergeUndo(assessmentId: string): Promise<MergeUndo | undefined> {
  const record = await db.settings.get(mergeUndoKey(assessmentId));
  return record?.value as MergeUndo | undefined;
}

/**
 * Restores the assessment as it was before its last merge and forgets the merge, in one transaction.
 * The restored version gets `now` as updatedAt: every write moves updatedAt forward, which is how open
 * views and other tabs notice the change (assessments-repo watchAssessment). Returns false when there
 * is nothing to undo.
 */
export async function undoMerge(assessmentId: string, now: string): Promise<boolean> {
  return db.transaction('rw', ALL_TABLES(), async () => {
    const record = await db.settings.get(mergeUndoKey(assessmentId));
    const undo = record?.value as MergeUndo | undefined;
    if (!undo) return false;
    await rewrite({ ...undo.before, updatedAt: now });
    await db.settings.delete(mergeUndoKey(assessmentId));
    return true;
  });
}

/** Forgets the last merge (the user dismissed its summary, or the assessment was deleted). */
export async function forgetMerge(assessmentId: string): Promise<void> {
  await db.settings.delete(mergeUndoKey(assessmentId));
}

/** Deletes an assessment with its pending merge undo (which would otherwise bring it back), in one transaction. */
export async function deleteAssessmentAndUndo(assessmentId: string): Promise<void> {
  await db.transaction('rw', ALL_TABLES(), async () => {
    await deleteRecordsOf(assessmentId);
    await db.settings.delete(mergeUndoKey(assessmentId));
  });
}
