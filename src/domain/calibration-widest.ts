// Calibration's "widest spreads" (calibration.ts): the cells scored by two evaluators or more whose
// scores differ, widest first; equal spreads in checklist order, then vendor order, so the list is
// stable. Only the few cells shown are kept in order as the cells go by (a bounded insertion), rather
// than an object per cell sorted whole: 20,000 cells at 200 vendors × 100 criteria.
import type { ScoreMatrix } from './score-matrix';

type Consensus = Pick<ScoreMatrix, 'count' | 'min' | 'max'>;

/** Up to this many cells are kept in order as they go by; more are sorted once. */
const BOUNDED = 100;

/** The cells (matrix cell numbers) with the widest spread (> 0) among those with count ≥ 2, at most `limit`. */
export function widestCells(m: Pick<ScoreMatrix, 'cellCount' | 'criterionCount'>, stats: Consensus, limit: number): number[] {
  const { count, min, max } = stats;
  const stride = m.criterionCount;
  const spread = (cell: number) => max[cell] - min[cell];
  // Does cell x come before cell y? Wider first, then checklist order, then vendor order.
  const before = (x: number, y: number) => {
    const a = spread(x);
    const b = spread(y);
    if (a !== b) return a > b;
    const cx = x % stride;
    const cy = y % stride;
    return cx !== cy ? cx < cy : x < y;
  };
  const keep = Math.max(0, limit);
  const top: number[] = [];
  if (keep > BOUNDED) {
    // Every cell asked for (the report lists all disputed cells): one sort of the candidates.
    for (let cell = 0; cell < m.cellCount; cell++) if (count[cell] >= 2 && spread(cell) > 0) top.push(cell);
    return top.sort((x, y) => (before(x, y) ? -1 : 1)).slice(0, keep);
  }
  for (let cell = 0; cell < m.cellCount; cell++) {
    if (count[cell] < 2 || !(spread(cell) > 0)) continue;
    if (top.length < keep) top.push(cell);
    else if (keep > 0 && before(cell, top[keep - 1])) top[keep - 1] = cell;
    else continue;
    // The new cell is last: move it up past every cell it comes before.
    for (let i = top.length - 1; i > 0 && before(top[i], top[i - 1]); i--) [top[i], top[i - 1]] = [top[i - 1], top[i]];
  }
  return top;
}
