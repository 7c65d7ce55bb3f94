// @vitest-environment jsdom
// jsdom: Svelte runs effects only in a browser-like environment.
import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { cellKey } from '../domain/cell-key';
import { editScore } from '../domain/score-edits';
import { evaluatorScores, ScoreMatrix } from '../domain/score-matrix';
import type { Score } from '../domain/types';
import { GridCells } from './grid-cells.svelte';

const scale = { min: 0, max: 5 };
const keys = [cellKey('v1', 'a'), cellKey('v2', 'a'), cellKey('v1', 'b'), cellKey('v2', 'b')];
const matrix = (scores: Score[]) =>
  ScoreMatrix.build({
    vendors: [{ id: 'v1' }, { id: 'v2' }],
    categories: [{ criteria: [{ id: 'a' }, { id: 'b' }] }],
    evaluators: [{ id: 'e1' }, { id: 'e2' }],
    scores,
  });

describe('GridCells', () => {
  it('fills each cell from the current evaluator’s scores and the consensus', () => {
    const cells = new GridCells();
    const all: Score[] = [
      { vendorId: 'v1', criterionId: 'a', evaluatorId: 'e1', value: 4, note: 'seen' },
      { vendorId: 'v1', criterionId: 'a', evaluatorId: 'e2', value: 1 },
    ];
    const m = matrix(all);
    cells.sync(m, evaluatorScores(m, 'e1'), scale, true);
    const cell = cells.cell(cellKey('v1', 'a'));
    expect([cell.value, cell.hasNote, cell.mean, cell.count, cell.spread]).toEqual([4, true, '2.5', 2, '3']);
    expect(cell.words).toBe('4, Exceeds expectations, has an evidence note. Consensus 2.5 from 2 evaluators, evaluators disagree: spread 3');
    expect(cells.cell(cellKey('v2', 'b')).words).toBe('not scored');
    cells.sync(m, evaluatorScores(m, 'e2'), scale, false);
    expect([cell.value, cell.hasNote, cell.mean, cell.words]).toEqual([1, false, null, '1, Weak']);
  });

  it('re-renders only the cell that changed, and nothing for an equal reload', () => {
    const cells = new GridCells();
    const scores: Score[] = [
      { vendorId: 'v1', criterionId: 'a', evaluatorId: 'e1', value: 2 },
      { vendorId: 'v2', criterionId: 'b', evaluatorId: 'e1', value: 3 },
    ];
    cells.sync(matrix(scores), evaluatorScores(matrix(scores), 'e1'), scale, false);
    const runs = new Map<string, number>();
    const stop = $effect.root(() => {
      for (const key of keys) {
        $effect(() => {
          void cells.cell(key).words;
          runs.set(key, (runs.get(key) ?? 0) + 1);
        });
      }
    });
    flushSync();
    const edited = matrix([{ ...scores[0], value: 5 }, { ...scores[1] }]);
    cells.sync(edited, evaluatorScores(edited, 'e1'), scale, false);
    flushSync();
    expect([...runs.values()]).toEqual([2, 1, 1, 1]);
    stop();
  });

  it('after a keypress syncs only the cells the matrix changed', () => {
    const cells = new GridCells();
    const scores: Score[] = [{ vendorId: 'v1', criterionId: 'a', evaluatorId: 'e1', value: 2 }];
    const m = matrix(scores);
    cells.sync(m, evaluatorScores(m, 'e1'), scale, false);
    const version = m.version;
    const edited = editScore(scores, { vendorId: 'v2', criterionId: 'b', evaluatorId: 'e1' }, (old) => ({ ...old, value: 4 }), 'now');
    m.put(edited.score, true, edited.scores);
    expect(m.changedSince(version)).toEqual([3]);
    // A stale display elsewhere stays as it was: only the cells named are written.
    cells.cell(cellKey('v1', 'a')).show({ value: 0, hasNote: false, mean: null, count: 0, spread: null, words: 'stale' });
    cells.sync(m, evaluatorScores(m, 'e1'), scale, false, m.changedSince(version));
    expect(cells.cell(cellKey('v2', 'b')).value).toBe(4);
    expect(cells.cell(cellKey('v1', 'a')).words).toBe('stale');
  });
});
