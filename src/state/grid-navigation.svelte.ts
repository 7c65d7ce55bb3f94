// Keyboard state of the scoring grid: the one tabbable cell (roving tabindex), the cell under the
// mouse, the digits being typed and the last refusal message. It turns a key into an action; the
// grid applies the action to the session, so this class knows nothing of storage.
import { moveInGrid, typeDigit, type GridPosition, type GridSize, type TypingBuffer } from '../domain/score-grid';
import type { Scale } from '../domain/types';

export type GridAction =
  | { kind: 'move'; row: number; col: number }
  | { kind: 'set'; row: number; col: number; value: number }
  | { kind: 'clear'; row: number; col: number }
  | { kind: 'note'; row: number; col: number }
  | { kind: 'refuse'; message: string };

interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

export class GridNavigation {
  #row = $state(0);
  #col = $state(0);
  #hover = $state<GridPosition | null>(null);
  #message = $state<string | null>(null);
  #size: GridSize = { rows: 0, cols: 0 };
  #buffer: TypingBuffer | null = null;
  readonly #now: () => number;

  constructor(now: () => number = () => performance.now()) {
    this.#now = now;
  }

  /** Navigation row (criterion index) of the tabbable cell. */
  get row(): number {
    return this.#row;
  }
  /** Column (vendor index) of the tabbable cell. */
  get col(): number {
    return this.#col;
  }
  /** The cell whose details the info panel shows: the hovered one, else the tabbable one. */
  get inspected(): GridPosition {
    return this.#hover ?? { row: this.#row, col: this.#col };
  }
  /** The last refused input ("7 is outside the scale 0–5."), until the next accepted action. */
  get message(): string | null {
    return this.#message;
  }

  /** Keeps the tabbable cell inside the grid when criteria or vendors are removed. */
  resize(size: GridSize): void {
    this.#size = size;
    const row = Math.max(0, Math.min(this.#row, size.rows - 1));
    const col = Math.max(0, Math.min(this.#col, size.cols - 1));
    if (row !== this.#row) this.#row = row;
    if (col !== this.#col) this.#col = col;
    if (this.#hover && (this.#hover.row >= size.rows || this.#hover.col >= size.cols)) this.#hover = null;
  }

  /** Makes a cell the tabbable one (it was clicked or focused). */
  select(row: number, col: number): void {
    if (row === this.#row && col === this.#col) return;
    this.#buffer = null;
    this.#message = null;
    this.#row = row;
    this.#col = col;
  }

  hover(position: GridPosition | null): void {
    const old = this.#hover;
    if (old === position || (old && position && old.row === position.row && old.col === position.col)) return;
    this.#hover = position;
  }

  dismissMessage(): void {
    this.#message = null;
  }

  /** The action for a key pressed on the tabbable cell, or null when the grid does not use the key. */
  handleKey(event: KeyInput, scale: Scale): GridAction | null {
    if (event.altKey) return null;
    const here = { row: this.#row, col: this.#col };
    const target = moveInGrid(here, event, this.#size);
    if (target) {
      this.#buffer = null;
      this.#message = null;
      this.select(target.row, target.col);
      return { kind: 'move', ...target };
    }
    if (event.ctrlKey || event.metaKey) return null;
    if (/^[0-9]$/.test(event.key)) {
      const result = typeDigit(event.key, this.#buffer, `${here.row}:${here.col}`, this.#now(), scale);
      this.#buffer = result.buffer;
      if (!result.ok) {
        this.#message = result.message;
        return { kind: 'refuse', message: result.message };
      }
      this.#message = null;
      return { kind: 'set', ...here, value: result.value };
    }
    if (event.key === 'Backspace' || event.key === 'Delete') {
      this.#buffer = null;
      this.#message = null;
      return { kind: 'clear', ...here };
    }
    if (event.key === 'Enter' || event.key === 'F2') {
      this.#buffer = null;
      return { kind: 'note', ...here };
    }
    return null;
  }
}
