// Everything the info panel shows about one cell, gathered from the session's lookups.
import type { CellStats, ConsensusCells } from './consensus';
import type { EvaluatorScores } from './score-matrix';
import type { GridLayout, GridPosition } from './score-grid';
import type { Category, Criterion, Score, Vendor } from './types';

export interface CellView {
  vendor: Vendor;
  criterion: Criterion;
  category: Category;
  score: Score | undefined;
  stats: CellStats | undefined;
}

export function cellView(
  at: GridPosition,
  layout: GridLayout,
  vendors: readonly Vendor[],
  scores: Pick<EvaluatorScores, 'at'>,
  consensus: ConsensusCells | null,
): CellView | null {
  const entry = layout.criteria[at.row];
  const vendor = vendors[at.col];
  if (!entry || !vendor) return null;
  const criterionId = entry.criterion.id;
  return { vendor, criterion: entry.criterion, category: entry.category, score: scores.at(vendor.id, criterionId), stats: consensus?.at(vendor.id, criterionId) };
}
