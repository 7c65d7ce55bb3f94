// Tests: the scores stored for one assessment (or all), read back from their blocks.
import { db } from './db';
import { scoresOfBlocks } from './format/score-blocks';
import type { Score } from '../domain/types';

export async function storedScores(assessmentId?: string): Promise<Score[]> {
  const blocks = assessmentId === undefined ? await db.scoreBlocks.toArray() : await db.scoreBlocks.where('assessmentId').equals(assessmentId).toArray();
  return scoresOfBlocks(blocks);
}
