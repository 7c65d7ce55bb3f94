// Writing many scores at once (a scoring sheet imported from CSV, SPEC §6). Validation happens
// before (exchange/csv/score-rows.ts); this writes once, in one transaction, so either every score of
// the sheet is stored or none is.
import { db } from './db';
import type { Score } from '../domain/types';

/**
 * Sets (value is a number) or clears (value null and no note) each score, and bumps the assessment's
 * updatedAt: the invariant live views rely on to reload (assessments-repo.ts watchAssessment). Fails,
 * storing nothing, when the assessment does not exist.
 */
export async function saveScores(assessmentId: string, scores: readonly Score[], updatedAt: string): Promise<void> {
  const puts = scores.filter((s) => s.value !== null || s.note).map((s) => ({ ...s, assessmentId }));
  const deletes = scores
    .filter((s) => s.value === null && !s.note)
    .map((s): [string, string, string, string] => [assessmentId, s.vendorId, s.criterionId, s.evaluatorId]);
  await db.transaction('rw', [db.assessments, db.scores], async () => {
    const updated = await db.assessments.update(assessmentId, { updatedAt });
    if (updated === 0) throw new Error(`The assessment "${assessmentId}" is no longer stored.`);
    await db.scores.bulkPut(puts);
    await db.scores.bulkDelete(deletes);
  });
}
