// Writing scores. Each write is one transaction that first checks, against what is stored, that the
// vendor, criterion and evaluator still exist (another tab may have removed them meanwhile): a score
// is never stored without them (SPEC §5), so every export stays importable.
import { db } from './db';
import { ReferenceGone } from './reference-gone';
import { EditConflict, stampAssessment, type Stamp } from './revision';
import { scoreReferenceCheck } from '../domain/references';
import { hasScoreContent } from '../domain/score-edits';
import type { Score } from '../domain/types';

type ScoreIds = Pick<Score, 'vendorId' | 'criterionId' | 'evaluatorId'>;
type ScoreKey = [string, string, string, string];

async function refuseDangling(assessmentId: string, scores: readonly ScoreIds[]): Promise<void> {
  const record = await db.assessments.get(assessmentId);
  if (!record) throw new EditConflict('This assessment was deleted in another tab.');
  const missing = scoreReferenceCheck(record);
  for (const s of scores) {
    const ref = missing(s);
    if (ref) throw new ReferenceGone(ref);
  }
}

/**
 * Changes one evaluator's score of one cell: `change` gets the *stored* score (or an unscored one), so
 * a note saved by another tab survives a value typed here. Returns the record's revision before.
 */
export async function writeCell(assessmentId: string, ids: ScoreIds, change: (old: Score) => Score, stamp: Stamp): Promise<string> {
  return db.transaction('rw', [db.assessments, db.scores], async () => {
    await refuseDangling(assessmentId, [ids]);
    const key: ScoreKey = [assessmentId, ids.vendorId, ids.criterionId, ids.evaluatorId];
    const stored = await db.scores.get(key);
    const { assessmentId: _a, ...old } = stored ?? { ...ids, value: null, assessmentId };
    const score = { ...change(old), ...ids, updatedAt: stamp.updatedAt };
    if (hasScoreContent(score)) await db.scores.put({ ...score, assessmentId });
    else await db.scores.delete(key);
    return stampAssessment(assessmentId, stamp);
  });
}

/**
 * Sets (value is a number) or clears (value null and no note) many scores at once (a scoring sheet
 * imported from CSV, SPEC §6), in one transaction: all of them or, when the assessment or anything a
 * score points at is gone, none. Returns the record's revision before.
 */
export async function saveScores(assessmentId: string, scores: readonly Score[], stamp: Stamp): Promise<string> {
  const puts = scores.filter(hasScoreContent).map((s) => ({ ...s, assessmentId }));
  const deletes = scores.filter((s) => !hasScoreContent(s)).map((s): ScoreKey => [assessmentId, s.vendorId, s.criterionId, s.evaluatorId]);
  return db.transaction('rw', [db.assessments, db.scores], async () => {
    await refuseDangling(assessmentId, puts);
    await db.scores.bulkPut(puts);
    await db.scores.bulkDelete(deletes);
    return stampAssessment(assessmentId, stamp);
  });
}
