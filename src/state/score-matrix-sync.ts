// Keeps the open assessment's ScoreMatrix (domain/score-matrix.ts) in step with what the screen shows.
// A score typed in the grid patches one entry and one cell of the matrix it already holds; anything
// else (another tab's edit read back from storage, a failed write going back, a scoring sheet, new
// vendors, criteria or evaluators) builds it again from the assessment, so it can never drift.
import { ScoreMatrix } from '../domain/score-matrix';
import type { Assessment, Score } from '../domain/types';

/** One version of the matrix: a new object whenever the matrix changes, so deriveds reading it run again. */
export interface ScoreMatrixVersion {
  readonly matrix: ScoreMatrix;
  readonly version: number;
}

type ScoreIds = Pick<Score, 'vendorId' | 'criterionId' | 'evaluatorId'>;

export class ScoreMatrixSync {
  #current: ScoreMatrixVersion | null = null;
  /** The scores array the matrix shows; null when it must be built again. */
  #scores: readonly Score[] | null = null;

  /** The matrix of `a`: the one held while it shows a's scores for a's vendors, criteria and evaluators, else a new one. */
  sync(a: Assessment): ScoreMatrixVersion {
    const current = this.#current;
    if (current && a.scores === this.#scores && sameIds(current.matrix, a)) {
      if (current.version === current.matrix.version) return current;
      return (this.#current = { matrix: current.matrix, version: current.matrix.version });
    }
    const matrix = ScoreMatrix.build(a);
    this.#scores = a.scores;
    return (this.#current = { matrix, version: matrix.version });
  }

  /**
   * `after` is `before` with one score edited by editScore (`score`, kept or removed): when the matrix
   * shows `before`, it is patched to show `after`; otherwise the next sync builds it again.
   */
  edited(before: readonly Score[], after: readonly Score[], score: Score, kept: boolean): void {
    this.#scores = this.#current && before === this.#scores && this.#current.matrix.put(score, kept, after) ? after : null;
  }

  /** Where a score sits in `scores` (−1: not there) when the matrix shows that array; else undefined. */
  indexIn(scores: readonly Score[], ids: ScoreIds): number | undefined {
    if (!this.#current || scores !== this.#scores) return undefined;
    return this.#current.matrix.indexOf(ids.vendorId, ids.criterionId, ids.evaluatorId);
  }
}

function sameIds(m: ScoreMatrix, a: Assessment): boolean {
  if (m.vendorIds.length !== a.vendors.length || m.listedEvaluators !== a.evaluators.length) return false;
  for (let i = 0; i < a.vendors.length; i++) if (m.vendorIds[i] !== a.vendors[i].id) return false;
  for (let i = 0; i < a.evaluators.length; i++) if (m.evaluatorIds[i] !== a.evaluators[i].id) return false;
  let c = 0;
  for (const category of a.categories) for (const criterion of category.criteria) if (m.criterionIds[c++] !== criterion.id) return false;
  return c === m.criterionCount;
}
