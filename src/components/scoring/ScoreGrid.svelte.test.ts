// @vitest-environment jsdom
// A large scoring grid is windowed (SPEC §10): only the lines and columns in view are in the document,
// yet screen readers hear where each row and cell sits, the keyboard reaches any cell, and the
// tabbable cell stays in the document while the grid scrolls away from it.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import ScoreGrid from './ScoreGrid.svelte';
import { buildGridLayout } from '../../domain/score-grid';
import { makeCategory, makeCriterion, makeVendor } from '../../domain/test-factories';
import { GridCells } from '../../state/grid-cells.svelte';
import { GridNavigation } from '../../state/grid-navigation.svelte';

afterEach(cleanup);

/** 4 categories of 30 criteria (lines: a header, then its criteria), `vendors` vendors. */
function open(vendors: number) {
  const categories = Array.from({ length: 4 }, (_, k) =>
    makeCategory(`k${k}`, 1, Array.from({ length: 30 }, (_, c) => makeCriterion(`c${k * 30 + c + 1}`, 1, { name: `Criterion ${k * 30 + c + 1}` }))),
  );
  const layout = buildGridLayout(categories);
  const nav = new GridNavigation();
  nav.resize({ rows: layout.criteria.length, cols: vendors });
  render(ScoreGrid, {
    props: {
      layout,
      vendors: Array.from({ length: vendors }, (_, v) => makeVendor(`v${v + 1}`, `Vendor ${v + 1}`)),
      scale: { min: 0, max: 5 },
      cells: new GridCells(),
      scoredCounts: new Map(),
      nav,
      evaluatorName: 'Ana',
      onaction: () => {},
    },
  });
  return screen.getByRole('grid');
}

const cellsIn = (grid: HTMLElement) => within(grid).queryAllByRole('gridcell');

describe('ScoreGrid', () => {
  it('keeps a small grid whole, with the position of every row and cell', () => {
    const grid = open(8);
    expect(cellsIn(grid)).toHaveLength(120 * 8);
    expect(grid.getAttribute('aria-rowcount')).toBe('125');
    expect(grid.getAttribute('aria-colcount')).toBe('9');
    const cell = within(grid).getByRole('gridcell', { name: /^Vendor 3, Criterion 31:/ });
    // Row 1 is the header; Criterion 31 is the 33rd line (after two category headers).
    expect(cell.parentElement!.getAttribute('aria-rowindex')).toBe('34');
    expect(cell.getAttribute('aria-colindex')).toBe('4');
  });

  it('puts only the lines and columns in view of a large grid in the document, each with its position', () => {
    const grid = open(60);
    const cells = cellsIn(grid);
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.length).toBeLessThan((120 * 60) / 4);
    expect(grid.getAttribute('aria-rowcount')).toBe('125');
    expect(grid.getAttribute('aria-colcount')).toBe('61');
    expect(within(grid).getAllByRole('columnheader').length).toBeLessThan(30);
    const first = within(grid).getByRole('gridcell', { name: /^Vendor 1, Criterion 1:/ });
    expect(first.tabIndex).toBe(0);
    expect(first.parentElement!.getAttribute('aria-rowindex')).toBe('3');
    expect(first.getAttribute('aria-colindex')).toBe('2');
    expect(within(grid).queryByRole('gridcell', { name: /^Vendor 60, Criterion 120:/ })).toBeNull();
  });

  it('brings a cell out of view into the document and focuses it when the keyboard moves there', async () => {
    const grid = open(60);
    const first = within(grid).getByRole('gridcell', { name: /^Vendor 1, Criterion 1:/ });
    first.focus();
    await fireEvent.keyDown(first, { key: 'End', ctrlKey: true });
    const last = within(grid).getByRole('gridcell', { name: /^Vendor 60, Criterion 120:/ });
    expect(document.activeElement).toBe(last);
    expect(last.tabIndex).toBe(0);
    expect(last.parentElement!.getAttribute('aria-rowindex')).toBe('125');
    expect(last.getAttribute('aria-colindex')).toBe('61');
    await fireEvent.keyDown(last, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(within(grid).getByRole('gridcell', { name: /^Vendor 60, Criterion 119:/ }));
  });

  it('keeps the tabbable cell in the document while the grid scrolls away from it', async () => {
    const grid = open(60);
    const box = grid.parentElement!;
    Object.defineProperty(box, 'scrollTop', { value: 4000, configurable: true });
    Object.defineProperty(box, 'scrollLeft', { value: 5000, configurable: true });
    await fireEvent.scroll(box);
    expect(within(grid).getByRole('gridcell', { name: /^Vendor 1, Criterion 1:/ }).tabIndex).toBe(0);
    // What is now in view is there too (lines of 48 px at first: about line 83; columns of 120 px: about 42).
    expect(within(grid).getByRole('gridcell', { name: /^Vendor 43, Criterion 81:/ })).toBeTruthy();
    expect(within(grid).queryByRole('gridcell', { name: /^Vendor 2, Criterion 2:/ })).toBeNull();
    // Gaps stand for what is left out and are hidden from screen readers.
    const gaps = grid.querySelectorAll('.gap');
    expect(gaps.length).toBeGreaterThan(0);
    for (const gap of gaps) expect(gap.closest('[aria-hidden="true"]')).not.toBeNull();
  });
});
