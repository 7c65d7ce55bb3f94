// @vitest-environment jsdom
// jsdom: Svelte runs effects only in a browser-like environment.
// Which lines and columns of a large scoring grid are in the document (SPEC §10).
import { afterEach, describe, expect, it } from 'vitest';
import { GridWindow, WINDOW_FROM_CELLS, type Gap, type GridColumn, type LineBlock, type WindowInput } from './grid-window.svelte';
import { closeEffectRoots, openOnInput } from './effect-root-test-support.svelte';
import { gridLines, type GridLine } from '../domain/grid-window-spans';
import { buildGridLayout } from '../domain/score-grid';
import { makeCategory, makeCriterion, makeVendor } from '../domain/test-factories';

afterEach(closeEffectRoots);

/** `categories` categories of `perCategory` criteria each, and `vendors` vendors. */
function input(vendors: number, categories: number, perCategory: number): WindowInput {
  const layout = buildGridLayout(
    Array.from({ length: categories }, (_, k) =>
      makeCategory(`k${k}`, 1, Array.from({ length: perCategory }, (_, c) => makeCriterion(`k${k}c${c}`))),
    ),
  );
  return {
    lines: gridLines(layout).lines,
    vendors: Array.from({ length: vendors }, (_, v) => makeVendor(`v${v}`)),
    pinnedLine: 1,
    pinnedColumn: 0,
  };
}

const lineName = (piece: GridLine | Gap) => ('gap' in piece ? `gap ${piece.px}` : piece.kind === 'category' ? piece.group.category.id : piece.criterion.id);
const linesOf = (blocks: LineBlock[]) => blocks.flatMap((b) => b.pieces.map(lineName));
const columnsOf = (pieces: (GridColumn | Gap)[]) => pieces.map((p) => ('gap' in p ? `gap ${p.count}` : p.col));

describe('GridWindow', () => {
  it('keeps a small grid whole', () => {
    const { state } = openOnInput(input(20, 5, 20), (i) => new GridWindow(i));
    expect(20 * 100).toBeLessThanOrEqual(WINDOW_FROM_CELLS);
    expect(state.windowed).toBe(false);
    expect(state.shownColumns).toHaveLength(20);
    expect(linesOf(state.blocks)).toHaveLength(105);
    expect(state.after).toBe(0);
  });

  it('shows the lines in view plus a margin, with gaps as high as the lines they stand for', () => {
    const { state } = openOnInput(input(40, 4, 50), (i) => new GridWindow(i));
    expect(state.windowed).toBe(true);
    state.scrolled({ top: 0, left: 0, width: 800, height: 600 });
    state.measuredGrid(0, 272, 120);
    // Every line 50 px high: lines 0..20 cover 0–1000 px (600 px in view, a 400 px margin).
    state.measuredLines([...Array(204).keys()].map((line) => [line, 50]));
    expect(linesOf(state.blocks)).toEqual(['k0', ...Array.from({ length: 19 }, (_, c) => `k0c${c}`)]);
    expect(state.after).toBe((204 - 20) * 50);

    // Scrolled to line 100 (5,000 px): lines 92..120, the tabbable cell's line 1, gaps between.
    state.scrolled({ top: 5000, left: 0, width: 800, height: 600 });
    const shown = linesOf(state.blocks);
    expect(shown.slice(0, 3)).toEqual(['gap 50', 'k0c0', `gap ${(92 - 2) * 50}`]);
    expect(shown.slice(3)).toHaveLength(120 - 92);
    expect(state.after).toBe((204 - 120) * 50);
    // A category's lines are one block, so each category keeps its own row group.
    expect(state.blocks.map((b) => b.group.category.id)).toEqual(['k0', 'k1', 'k2']);
  });

  it('counts lines never shown at the mean height of the shown ones', () => {
    const { state } = openOnInput(input(40, 1, 200), (i) => new GridWindow(i));
    state.scrolled({ top: 0, left: 0, width: 800, height: 600 });
    state.measuredLines([
      [0, 40],
      [1, 70],
      [2, 90],
    ]);
    expect(state.after).toBe((201 - linesOf(state.blocks).length) * 80);
  });

  it('windows columns only beyond what a screen shows, and always keeps the tabbable column', () => {
    const narrow = openOnInput(input(24, 2, 100), (i) => new GridWindow(i));
    expect(narrow.state.windowed).toBe(true);
    expect(narrow.state.windowsColumns).toBe(false);

    const wide = openOnInput({ ...input(200, 2, 50), pinnedColumn: 150 }, (i) => new GridWindow(i));
    const { state, set } = wide;
    state.measuredGrid(60, 272, 120);
    state.scrolled({ top: 0, left: 0, width: 872, height: 600 });
    // In view: columns 0..4 (872 − 272 = 600 px); two more either side.
    expect(columnsOf(state.shownColumns)).toEqual([0, 1, 2, 3, 4, 5, 6, 'gap 143', 150, 'gap 49']);
    state.scrolled({ top: 0, left: 120 * 100, width: 872, height: 600 });
    expect(columnsOf(state.shownColumns)).toEqual(['gap 98', ...Array.from({ length: 9 }, (_, i) => 98 + i), 'gap 43', 150, 'gap 49']);
    // Each column object is kept while the vendors are, so a cell is not rebuilt when the window moves.
    const column = state.shownColumns.find((p) => !('gap' in p) && p.col === 100);
    state.scrolled({ top: 0, left: 120 * 101, width: 872, height: 600 });
    expect(state.shownColumns).toContain(column);
    set({ ...input(200, 2, 50), pinnedColumn: 100 });
    expect(columnsOf(state.shownColumns)).toEqual(['gap 99', ...Array.from({ length: 9 }, (_, i) => 99 + i), 'gap 92']);
  });
});
