// Everything the info panel shows about one cell, gathered from the session's lookups.
import { cellKey } from './cell-key';
import type { CellStats } from './consensus';
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
  scores: ReadonlyMap<string, Score>,
  consensus: ReadonlyMap<string, CellStats> | null,
): CellView | null {
  const entry = layout.criteria[at.row];
  const vendor = vendors[at.col];
  if (!entry || !vendor) return null;
  const key = cellKey(vendor.id, entry.criterion.id);
  return { vendor, criterion: entry.criterion, category: entry.category, score: scores.get(key), stats: consensus?.get(key) };
}
