// The one way to key a score's cell in a Map or Set: the grid, consensus, CSV import and export, merge
// and the replace preview all look scores up by these strings. U+001F (unit separator) cannot occur in
// a printable id, so no two different (vendor, criterion[, evaluator]) give the same key.
import type { Score } from './types';

const SEPARATOR = '\u001f';

/** The key of a (vendor, criterion) cell: one per cell of the grid, whoever scored it. */
export function cellKey(vendorId: string, criterionId: string): string {
  return `${vendorId}${SEPARATOR}${criterionId}`;
}

/** The key of one evaluator's score of a cell: one per stored score. */
export function evaluatorCellKey(evaluatorId: string, vendorId: string, criterionId: string): string {
  return `${cellKey(vendorId, criterionId)}${SEPARATOR}${evaluatorId}`;
}

/** evaluatorCellKey of a score (or a row naming the same three ids). */
export function scoreKey(s: Pick<Score, 'vendorId' | 'criterionId' | 'evaluatorId'>): string {
  return evaluatorCellKey(s.evaluatorId, s.vendorId, s.criterionId);
}
