import { describe, expect, it } from 'vitest';
import { gridLines, prefixSums, runsOf, shownIndices, spanOver } from './grid-window-spans';
import { buildGridLayout } from './score-grid';
import { makeCategory, makeCriterion } from './test-factories';

describe('gridLines', () => {
  it('lists each category header then its criteria, and the line of every navigation row', () => {
    const layout = buildGridLayout([
      makeCategory('a', 1, [makeCriterion('a1'), makeCriterion('a2')]),
      makeCategory('empty', 1, []),
      makeCategory('b', 1, [makeCriterion('b1')]),
    ]);
    const { lines, lineOfRow } = gridLines(layout);
    expect(lines.map((l) => (l.kind === 'category' ? `[${l.group.category.id}]` : l.criterion.id))).toEqual(['[a]', 'a1', 'a2', '[empty]', '[b]', 'b1']);
    expect(lineOfRow).toEqual([1, 2, 5]);
    expect(lines[5]).toMatchObject({ kind: 'criterion', row: 2 });
  });
});

describe('spanOver', () => {
  const offsets = prefixSums([10, 20, 30, 40]); // edges 0, 10, 30, 60, 100

  it('sums sizes into offsets', () => {
    expect([...offsets]).toEqual([0, 10, 30, 60, 100]);
  });

  it('gives the items that overlap a band, edges excluded', () => {
    expect(spanOver(offsets, 0, 10)).toEqual({ first: 0, end: 1 });
    expect(spanOver(offsets, 10, 30)).toEqual({ first: 1, end: 2 });
    expect(spanOver(offsets, 15, 61)).toEqual({ first: 1, end: 4 });
  });

  it('clamps bands beyond either end', () => {
    expect(spanOver(offsets, -500, 5)).toEqual({ first: 0, end: 1 });
    expect(spanOver(offsets, 90, 5000)).toEqual({ first: 3, end: 4 });
    expect(spanOver(offsets, 200, 300)).toEqual({ first: 4, end: 4 });
    expect(spanOver(prefixSums([]), 0, 100)).toEqual({ first: 0, end: 0 });
  });
});

describe('shownIndices and runsOf', () => {
  it('adds pinned items outside the span, in order, once, and ignores those out of range', () => {
    expect(shownIndices({ first: 3, end: 6 }, [4], 10)).toEqual([3, 4, 5]);
    expect(shownIndices({ first: 3, end: 6 }, [9, 0, 0, 12, -1], 10)).toEqual([0, 3, 4, 5, 9]);
    expect(shownIndices({ first: 8, end: 20 }, [], 10)).toEqual([8, 9]);
  });

  it('groups shown items into runs with the count left out before each and after the last', () => {
    expect(runsOf([0, 3, 4, 5, 9], 12)).toEqual({
      runs: [
        { skipped: 0, indices: [0] },
        { skipped: 2, indices: [3, 4, 5] },
        { skipped: 3, indices: [9] },
      ],
      after: 2,
    });
    expect(runsOf([], 4)).toEqual({ runs: [], after: 4 });
  });
});
