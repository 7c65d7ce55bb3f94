// Edits of the stored scores, as pure functions the session applies at once to what the screen shows
// (then saves). A score with neither a value nor a note is not kept: an unscored cell is absent from
// the scores, never zero (SPEC §3).
import { scoreKey } from './cell-key';
import type { Score } from './types';

/** Whether a score is kept: it has a value, or an evidence note (SPEC §5: "value": null with a note). */
export const hasScoreContent = (s: Score): boolean => s.value !== null || (s.note !== undefined && s.note !== '');

type ScoreIds = Pick<Score, 'vendorId' | 'criterionId' | 'evaluatorId'>;

/**
 * The scores with one evaluator's score of one cell changed by `change` (which gets the stored score,
 * or an unscored one) and stamped `now`; `score` is the result, to save. `at`: where the caller knows
 * the score sits in `scores` (−1: not there), as the open assessment's ScoreMatrix does, which saves
 * a scan of every score per keypress; a position that does not hold the score is not trusted.
 */
export function editScore(
  scores: readonly Score[],
  ids: ScoreIds,
  change: (old: Score) => Score,
  now: string,
  at?: number,
): { scores: Score[]; score: Score } {
  const { vendorId, criterionId, evaluatorId } = ids;
  const same = (s: Score | undefined) => s !== undefined && s.vendorId === vendorId && s.criterionId === criterionId && s.evaluatorId === evaluatorId;
  const index = at !== undefined && (at === -1 || same(scores[at])) ? at : scores.findIndex(same);
  const old: Score = index >= 0 ? scores[index] : { vendorId, criterionId, evaluatorId, value: null };
  const score = { ...change(old), updatedAt: now };
  const keep = hasScoreContent(score);
  const next = [...scores];
  if (index >= 0 && keep) next[index] = score;
  else if (index >= 0) next.splice(index, 1);
  else if (keep) next.push(score);
  return { scores: next, score };
}

/**
 * The scores with each of `changes` in place of the stored score of its cell and evaluator (or added),
 * in one pass; a change with neither value nor note removes the stored score.
 */
export function putScores(scores: readonly Score[], changes: readonly Score[]): Score[] {
  const pending = new Map(changes.map((s) => [scoreKey(s), s]));
  const next: Score[] = [];
  for (const s of scores) {
    const key = scoreKey(s);
    const change = pending.get(key);
    if (!change) next.push(s);
    else {
      pending.delete(key);
      if (hasScoreContent(change)) next.push(change);
    }
  }
  for (const change of pending.values()) if (hasScoreContent(change)) next.push(change);
  return next;
}
