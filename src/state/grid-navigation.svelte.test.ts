import { describe, expect, it } from 'vitest';
import { GridNavigation } from './grid-navigation.svelte';

const five = { min: 0, max: 5 };
const ten = { min: 1, max: 10 };

function grid(rows = 3, cols = 4) {
  let clock = 0;
  const nav = new GridNavigation(() => clock);
  nav.resize({ rows, cols });
  return { nav, tick: (ms: number) => (clock += ms) };
}

describe('GridNavigation', () => {
  it('moves the tabbable cell with the arrows and reports the move', () => {
    const { nav } = grid();
    expect(nav.handleKey({ key: 'ArrowRight' }, five)).toEqual({ kind: 'move', row: 0, col: 1 });
    expect(nav.handleKey({ key: 'ArrowDown' }, five)).toEqual({ kind: 'move', row: 1, col: 1 });
    expect(nav.handleKey({ key: 'End' }, five)).toEqual({ kind: 'move', row: 1, col: 3 });
    expect([nav.row, nav.col]).toEqual([1, 3]);
  });

  it('turns digits, Backspace, Delete and Enter into actions on the current cell', () => {
    const { nav } = grid();
    nav.select(2, 1);
    expect(nav.handleKey({ key: '4' }, five)).toEqual({ kind: 'set', row: 2, col: 1, value: 4 });
    expect(nav.handleKey({ key: 'Backspace' }, five)).toEqual({ kind: 'clear', row: 2, col: 1 });
    expect(nav.handleKey({ key: 'Delete' }, five)).toEqual({ kind: 'clear', row: 2, col: 1 });
    expect(nav.handleKey({ key: 'Enter' }, five)).toEqual({ kind: 'note', row: 2, col: 1 });
    expect(nav.handleKey({ key: 'x' }, five)).toBeNull();
    expect(nav.handleKey({ key: '4', ctrlKey: true }, five)).toBeNull();
    expect(nav.handleKey({ key: 'ArrowRight', altKey: true }, five)).toBeNull();
  });

  it('combines "1", "0" typed quickly into 10, but not across a move or after the window', () => {
    const { nav, tick } = grid();
    expect(nav.handleKey({ key: '1' }, ten)).toMatchObject({ kind: 'set', value: 1 });
    tick(300);
    expect(nav.handleKey({ key: '0' }, ten)).toMatchObject({ kind: 'set', value: 10 });

    nav.handleKey({ key: '1' }, ten);
    nav.handleKey({ key: 'ArrowRight' }, ten);
    nav.handleKey({ key: 'ArrowLeft' }, ten);
    tick(10);
    expect(nav.handleKey({ key: '0' }, ten)).toEqual({ kind: 'refuse', message: '0 is outside the scale 1–10.' });

    nav.handleKey({ key: '1' }, ten);
    tick(900);
    expect(nav.handleKey({ key: '0' }, ten)).toMatchObject({ kind: 'refuse' });
  });

  it('keeps a refusal message until the next accepted action', () => {
    const { nav } = grid();
    expect(nav.handleKey({ key: '9' }, five)).toEqual({ kind: 'refuse', message: '9 is outside the scale 0–5.' });
    expect(nav.message).toBe('9 is outside the scale 0–5.');
    nav.handleKey({ key: '3' }, five);
    expect(nav.message).toBeNull();
  });

  it('shows the hovered cell in the info panel, else the tabbable one', () => {
    const { nav } = grid();
    nav.select(1, 2);
    expect(nav.inspected).toEqual({ row: 1, col: 2 });
    nav.hover({ row: 0, col: 3 });
    expect(nav.inspected).toEqual({ row: 0, col: 3 });
    nav.hover(null);
    expect(nav.inspected).toEqual({ row: 1, col: 2 });
  });

  it('pulls the tabbable cell back inside when the grid shrinks', () => {
    const { nav } = grid(5, 5);
    nav.select(4, 4);
    nav.hover({ row: 4, col: 4 });
    nav.resize({ rows: 2, cols: 3 });
    expect([nav.row, nav.col]).toEqual([1, 2]);
    expect(nav.inspected).toEqual({ row: 1, col: 2 });
  });
});
