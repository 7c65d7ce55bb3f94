// @vitest-environment jsdom
// jsdom: Svelte runs effects only in a browser-like environment.
import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { cellKey, gridCellKeys } from '../domain/cell-key';
import { consensusCells } from '../domain/consensus';
import type { Score } from '../domain/types';
import { GridCells } from './grid-cells.svelte';

const scale = { min: 0, max: 5 };
const keys = gridCellKeys(['a', 'b'], ['v1', 'v2']);
const byCell = (scores: Score[]) => new Map(scores.map((s) => [cellKey(s.vendorId, s.criterionId), s]));

describe('GridCells', () => {
  it('lists keys row by row and fills each cell from the lookups', () => {
    expect(keys).toEqual([cellKey('v1', 'a'), cellKey('v2', 'a'), cellKey('v1', 'b'), cellKey('v2', 'b')]);
    const cells = new GridCells();
    const mine: Score[] = [{ vendorId: 'v1', criterionId: 'a', evaluatorId: 'e1', value: 4, note: 'seen' }];
    const all: Score[] = [...mine, { vendorId: 'v1', criterionId: 'a', evaluatorId: 'e2', value: 1 }];
    cells.sync(keys, scale, byCell(mine), consensusCells(scale, all));
    const cell = cells.cell(cellKey('v1', 'a'));
    expect([cell.value, cell.hasNote, cell.mean, cell.count, cell.spread]).toEqual([4, true, '2.5', 2, '3']);
    expect(cell.words).toBe('4, Exceeds expectations, has an evidence note. Consensus 2.5 from 2 evaluators, evaluators disagree: spread 3');
    expect(cells.cell(cellKey('v2', 'b')).words).toBe('not scored');
  });

  it('re-renders only the cell that changed, and nothing for an equal reload', () => {
    const cells = new GridCells();
    const scores: Score[] = [
      { vendorId: 'v1', criterionId: 'a', evaluatorId: 'e1', value: 2 },
      { vendorId: 'v2', criterionId: 'b', evaluatorId: 'e1', value: 3 },
    ];
    cells.sync(keys, scale, byCell(scores), null);
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
    cells.sync(keys, scale, byCell([{ ...scores[0], value: 5 }, { ...scores[1] }]), null);
    flushSync();
    expect([...runs.values()]).toEqual([2, 1, 1, 1]);
    stop();
  });
});
