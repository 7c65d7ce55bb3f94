// Writing scores. Each write is one transaction that first checks, against what is stored, that the
// vendor, criterion and evaluator still exist (another tab may have removed them meanwhile): a score
// is never stored without them (SPEC §5), so every export stays importable.
import { db } from './db';
import { ReferenceGone } from './reference-gone';
import { EditConflict, stampAssessment, type Stamp } from './revision';
import { scoreReferenceCheck } from '../domain/references';
import { hasScoreContent, putScores } from '../domain/score-edits';
import { groupBy } from '../domain/group-by';
import { blockScores, vendorBlock } from './format/score-blocks';
import type { Score } from '../domain/types';

type ScoreIds = Pick<Score, 'vendorId' | 'criterionId' | 'evaluatorId'>;
const sameCell = (a: ScoreIds, b: ScoreIds): boolean => a.criterionId === b.criterionId && a.evaluatorId === b.evaluatorId;

async function refuseDangling(assessmentId: string, scores: readonly ScoreIds[]): Promise<void> {
  const record = await db.assessments.get(assessmentId);
  if (!record) throw new EditConflict('This assessment was deleted in another tab.');
  const missing = scoreReferenceCheck(record);
  for (const s of scores) {
    const ref = missing(s);
    if (ref) throw new ReferenceGone(ref);
  }
}

/** Inside a transaction: one vendor's stored scores through `edit`, its block rewritten (or deleted when empty). */
async function patchVendor(assessmentId: string, vendorId: string, edit: (stored: Score[]) => Score[]): Promise<void> {
  const stored = await db.scoreBlocks.get([assessmentId, vendorId]);
  const scores: Score[] = [];
  if (stored) blockScores(stored, scores);
  const next = edit(scores);
  const block = vendorBlock(assessmentId, vendorId, next);
  if (block) await db.scoreBlocks.put(block);
  else if (stored) await db.scoreBlocks.delete([assessmentId, vendorId]);
}

/**
 * Changes one evaluator's score of one cell: `change` gets the *stored* score (or an unscored one), so
 * a note saved by another tab survives a value typed here. Only the vendor's block is rewritten
 * (criteria × evaluators rows at most). Returns the record's revision before.
 */
export async function writeCell(assessmentId: string, ids: ScoreIds, change: (old: Score) => Score, stamp: Stamp): Promise<string> {
  return db.transaction('rw', [db.assessments, db.scoreBlocks], async () => {
    await refuseDangling(assessmentId, [ids]);
    await patchVendor(assessmentId, ids.vendorId, (scores) => {
      const old = scores.find((s) => sameCell(s, ids)) ?? { ...ids, value: null };
      return putScores(scores, [{ ...change(old), ...ids, updatedAt: stamp.updatedAt }]);
    });
    return stampAssessment(assessmentId, stamp);
  });
}

/**
 * Sets (value is a number) or clears (value null and no note) many scores at once (a scoring sheet
 * imported from CSV, SPEC §6), in one transaction: all of them or, when the assessment or anything a
 * score points at is gone, none. Returns the record's revision before.
 */
export async function saveScores(assessmentId: string, scores: readonly Score[], stamp: Stamp): Promise<string> {
  const byVendor = groupBy(scores, (s) => s.vendorId);
  return db.transaction('rw', [db.assessments, db.scoreBlocks], async () => {
    await refuseDangling(assessmentId, scores.filter(hasScoreContent));
    for (const [vendorId, changes] of byVendor) await patchVendor(assessmentId, vendorId, (stored) => putScores(stored, changes));
    return stampAssessment(assessmentId, stamp);
  });
}
