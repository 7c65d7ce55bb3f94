import { describe, expect, it } from 'vitest';
import { consensusCells, consensusMatrix } from './consensus';
import { makeScore } from './test-factories';
import type { Scale } from './types';

const FIVE: Scale = { min: 0, max: 5 };

describe('consensusCells', () => {
  it('takes the mean, min, max and count of the evaluators who scored', () => {
    const cells = consensusCells(FIVE, [
      makeScore('v1', 'c1', 1, 'e1'),
      makeScore('v1', 'c1', 2, 'e2'),
      makeScore('v1', 'c1', 4, 'e3'),
    ]);
    const cell = cells.at('v1', 'c1')!;
    expect(cell.mean).toBeCloseTo(7 / 3, 15);
    expect(cell).toMatchObject({ min: 1, max: 4, count: 3, spread: 0.6, disagreement: true });
  });

  it('ignores null values: a cleared score is absent, never zero', () => {
    const cells = consensusCells(FIVE, [
      makeScore('v1', 'c1', 4, 'e1'),
      makeScore('v1', 'c1', null, 'e2'),
      makeScore('v1', 'c2', null, 'e1'),
    ]);
    const cell = cells.at('v1', 'c1');
    expect(cell).toEqual({ mean: 4, min: 4, max: 4, count: 1, spread: 0, disagreement: false });
    expect(cells.at('v1', 'c2')).toBeUndefined();
  });

  it('keeps cells of different vendors and criteria apart', () => {
    const cells = consensusCells(FIVE, [
      makeScore('v1', 'c1', 5, 'e1'),
      makeScore('v2', 'c1', 1, 'e1'),
      makeScore('v1', 'c2', 3, 'e1'),
      makeScore('v1', 'c1', 3, 'e2'),
    ]);
    expect(cells.at('v1', 'c1')!.mean).toBe(4);
    expect(cells.at('v2', 'c1')!.mean).toBe(1);
    expect(cells.at('v1', 'c2')!.mean).toBe(3);
    expect(cells.at('v2', 'c2')).toBeUndefined();
  });

  it('flags disagreement at exactly 30 % of the 0..5 scale, not below', () => {
    const at = consensusCells(FIVE, [makeScore('v', 'c', 2, 'e1'), makeScore('v', 'c', 3.5, 'e2')]);
    expect(at.at('v', 'c')).toMatchObject({ spread: 0.3, disagreement: true, mean: 2.75 });
    const below = consensusCells(FIVE, [makeScore('v', 'c', 2, 'e1'), makeScore('v', 'c', 3.4, 'e2')]);
    expect(below.at('v', 'c')!.spread).toBeCloseTo(0.28, 15);
    expect(below.at('v', 'c')!.disagreement).toBe(false);
  });

  it('measures spread on a 1..10 scale against hi − lo = 9', () => {
    const at = consensusCells({ min: 1, max: 10 }, [makeScore('v', 'c', 1, 'e1'), makeScore('v', 'c', 3.7, 'e2')]);
    expect(at.at('v', 'c')!.spread).toBeCloseTo(0.3, 15);
    expect(at.at('v', 'c')!.disagreement).toBe(true);
    const below = consensusCells({ min: 1, max: 10 }, [makeScore('v', 'c', 1, 'e1'), makeScore('v', 'c', 3.6, 'e2')]);
    expect(below.at('v', 'c')!.spread).toBeCloseTo(2.6 / 9, 15);
    expect(below.at('v', 'c')!.disagreement).toBe(false);
  });

  it('measures spread on a 0..100 scale and survives floating-point error at the line', () => {
    const at = consensusCells({ min: 0, max: 100 }, [makeScore('v', 'c', 10, 'e1'), makeScore('v', 'c', 40, 'e2')]);
    expect(at.at('v', 'c')).toMatchObject({ spread: 0.3, disagreement: true, mean: 25 });
    // (4.1 − 1.1) / 10 = 0.29999999999999993 in floating point: still exactly 30 % apart.
    const fuzzy = consensusCells({ min: 0, max: 10 }, [makeScore('v', 'c', 1.1, 'e1'), makeScore('v', 'c', 4.1, 'e2')]);
    expect(fuzzy.at('v', 'c')!.spread).toBeLessThan(0.3);
    expect(fuzzy.at('v', 'c')!.disagreement).toBe(true);
    const below = consensusCells({ min: 0, max: 100 }, [
      makeScore('v', 'c', 10, 'e1'),
      makeScore('v', 'c', 39.9, 'e2'),
    ]);
    expect(below.at('v', 'c')!.disagreement).toBe(false);
  });
});

describe('consensusMatrix', () => {
  it('lays cells out densely with NaN where nobody scored and skips unknown ids', () => {
    const m = consensusMatrix(
      ['v1', 'v2'],
      ['c1', 'c2', 'c3'],
      [
        makeScore('v1', 'c1', 2, 'e1'),
        makeScore('v1', 'c1', 5, 'e2'),
        makeScore('v2', 'c3', 1, 'e1'),
        makeScore('ghost', 'c1', 5, 'e1'),
        makeScore('v2', 'gone', 5, 'e1'),
        makeScore('v2', 'c2', null, 'e1'),
      ],
      true,
    );
    expect(m.criterionCount).toBe(3);
    expect([...m.count]).toEqual([2, 0, 0, 0, 0, 1]);
    expect(m.mean[0]).toBe(3.5);
    expect(m.min[0]).toBe(2);
    expect(m.max[0]).toBe(5);
    expect(m.mean[5]).toBe(1);
    expect([1, 2, 3, 4].map((cell) => Number.isNaN(m.mean[cell]))).toEqual([true, true, true, true]);
  });

  it('skips min and max unless asked, and does not mistake "constructor" for an id', () => {
    const scores = [makeScore('v', 'constructor', 5), makeScore('v', 'c', 3), makeScore('v', 'c', 4, 'e2')];
    const m = consensusMatrix(['v'], ['c'], scores);
    expect(m.min).toBeNull();
    expect(m.max).toBeNull();
    expect([...m.count]).toEqual([2]);
    expect([...m.mean]).toEqual([3.5]);
  });
});
