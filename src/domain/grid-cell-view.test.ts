import { describe, expect, it } from 'vitest';
import { consensusCells } from './consensus';
import { cellView } from './grid-cell-view';
import { buildGridLayout } from './score-grid';
import { evaluatorScores, ScoreMatrix } from './score-matrix';
import { makeAssessment, makeCategory, makeCriterion, makeScore, makeVendors } from './test-factories';

describe('cellView', () => {
  const categories = [makeCategory('k1', 1, [makeCriterion('c1')]), makeCategory('k2', 1, [makeCriterion('c2')])];
  const layout = buildGridLayout(categories);
  const vendors = makeVendors('v1', 'v2');
  const scores = [makeScore('v2', 'c2', 4), makeScore('v2', 'c2', 2, 'e2')];
  const evaluators = [{ id: 'e1', name: 'A' }, { id: 'e2', name: 'B' }];
  const mine = evaluatorScores(ScoreMatrix.build(makeAssessment({ categories, vendors, evaluators, scores })), 'e1');

  it('gathers the vendor, criterion, category, score and consensus of a grid position', () => {
    const cell = cellView({ row: 1, col: 1 }, layout, vendors, mine, consensusCells({ min: 0, max: 5 }, scores));
    expect([cell?.vendor.id, cell?.criterion.id, cell?.category.id, cell?.score?.value, cell?.stats?.mean]).toEqual(['v2', 'c2', 'k2', 4, 3]);
    expect(cellView({ row: 0, col: 0 }, layout, vendors, mine, null)).toMatchObject({ score: undefined, stats: undefined });
  });

  it('is null outside the grid', () => {
    expect(cellView({ row: 2, col: 0 }, layout, vendors, mine, null)).toBeNull();
    expect(cellView({ row: 0, col: 2 }, layout, vendors, mine, null)).toBeNull();
  });
});
