// The part of the scoring grid that is in the document (SPEC §10): lines (category headers and
// criteria) and vendor columns in view plus a margin, and always the tabbable cell's line and column,
// with gaps sized like what they stand for. The grid reports its scroll box, its header's size and
// each shown line's height; lines never shown count at the mean height of the shown ones.
import { prefixSums, runsOf, shownIndices, spanOver, type GridLine } from '../domain/grid-window-spans';
import type { GridGroup } from '../domain/score-grid';
import type { Vendor } from '../domain/types';

/** From this many cells the grid is windowed; smaller grids are in the document whole. */
export const WINDOW_FROM_CELLS = 3000;
/** Columns are windowed only when there are more vendors than any screen shows. */
const WINDOW_FROM_VENDORS = 24;
/** How far beyond the scroll box lines (px) and columns (count) are kept, so scrolling shows no gap. */
const MARGIN_PX = 400;
const MARGIN_COLUMNS = 2;
/** Sizes (px) taken until measured: a category header, a criterion line, a vendor column. */
const GUESS = { category: 56, criterion: 48, column: 120 };

export interface WindowInput {
  lines: readonly GridLine[];
  vendors: readonly Vendor[];
  /** The line and column of the tabbable cell: always in the document. */
  pinnedLine: number;
  pinnedColumn: number;
}

/** A vendor column with its index; one object per column, kept while the vendors are, so cells are not rebuilt. */
export interface GridColumn {
  vendor: Vendor;
  col: number;
}
/** Columns or lines left out: `count` of them, or `px` high. */
export interface Gap {
  gap: true;
  count: number;
  px: number;
}
export interface LineBlock {
  group: GridGroup;
  pieces: (GridLine | Gap)[];
}

interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

const gap = (count: number, px = 0): Gap => ({ gap: true, count, px });
const samePieces = <T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean) => a.length === b.length && a.every((x, i) => same(x, b[i]));
const samePiece = (x: GridLine | GridColumn | Gap, y: GridLine | GridColumn | Gap) =>
  x === y || ('gap' in x && 'gap' in y && x.count === y.count && x.px === y.px);

export class GridWindow {
  readonly #input: () => WindowInput;
  #box = $state.raw<Box>({ top: 0, left: 0, width: 0, height: 0 });
  /** Height of the sticky header row, width of the criterion column and of one vendor column. */
  #metrics = $state.raw({ head: 0, lead: 272, column: GUESS.column });
  /** Measured line heights, by line, for the lines they were measured on. */
  #heights = $state.raw<{ lines: readonly GridLine[]; px: ReadonlyMap<number, number> }>({ lines: [], px: new Map() });
  #lastColumns: (GridColumn | Gap)[] = [];
  #lastBlocks: LineBlock[] = [];

  constructor(input: () => WindowInput) {
    this.#input = input;
  }

  // Deriveds are lazy: they first run after the constructor has set #input (read through a method).
  #in(): WindowInput {
    return this.#input();
  }
  readonly #lines = $derived(this.#in().lines);
  readonly #vendors = $derived(this.#in().vendors);
  readonly columns: GridColumn[] = $derived(this.#vendors.map((vendor, col) => ({ vendor, col })));
  /** Whether lines and columns are windowed (a large grid). */
  readonly windowed: boolean = $derived(this.#vendors.length * (this.#lines.length - this.#categoryCount()) > WINDOW_FROM_CELLS);
  readonly windowsColumns: boolean = $derived(this.windowed && this.#vendors.length > WINDOW_FROM_VENDORS);

  #categoryCount(): number {
    return this.#lines.reduce((n, line) => n + (line.kind === 'category' ? 1 : 0), 0);
  }

  readonly #offsets: Float64Array = $derived.by(() => {
    const lines = this.#lines;
    const measured = this.#heights.lines === lines ? this.#heights.px : new Map<number, number>();
    const mean = (kind: GridLine['kind']) => {
      let sum = 0;
      let n = 0;
      for (const [i, px] of measured) {
        if (lines[i].kind !== kind) continue;
        sum += px;
        n++;
      }
      return n > 0 ? sum / n : GUESS[kind];
    };
    const guess = { category: mean('category'), criterion: mean('criterion') };
    return prefixSums(lines.map((line, i) => measured.get(i) ?? guess[line.kind]));
  });

  /** The columns shown, with gaps for those left out (all columns when not windowed). */
  readonly shownColumns: (GridColumn | Gap)[] = $derived.by(() => {
    const columns = this.columns;
    if (!this.windowsColumns) return columns;
    const { left, width } = this.#view();
    const { lead, column } = this.#metrics;
    // Columns scrolled under the sticky criterion column are out of view too.
    const first = Math.floor(left / column) - MARGIN_COLUMNS;
    const end = Math.ceil((left + width - lead) / column) + MARGIN_COLUMNS;
    const shown = shownIndices({ first: Math.max(0, first), end }, [this.#in().pinnedColumn], columns.length);
    const { runs, after } = runsOf(shown, columns.length);
    const pieces: (GridColumn | Gap)[] = [];
    for (const run of runs) {
      if (run.skipped > 0) pieces.push(gap(run.skipped));
      for (const i of run.indices) pieces.push(columns[i]);
    }
    if (after > 0) pieces.push(gap(after));
    return samePieces(pieces, this.#lastColumns, samePiece) ? this.#lastColumns : (this.#lastColumns = pieces);
  });

  /** The lines shown, by category (a category's header and criteria in one block), with gaps for those left out. */
  readonly blocks: LineBlock[] = $derived.by(() => {
    const lines = this.#lines;
    const offsets = this.#offsets;
    let shown: number[];
    if (this.windowed) {
      const { top, height } = this.#view();
      const from = top - this.#metrics.head;
      shown = shownIndices(spanOver(offsets, from - MARGIN_PX, from + height + MARGIN_PX), [this.#in().pinnedLine], lines.length);
    } else shown = lines.map((_, i) => i);
    const blocks: LineBlock[] = [];
    let next = 0;
    for (const i of shown) {
      const line = lines[i];
      let block = blocks.at(-1);
      if (block?.group !== line.group) blocks.push((block = { group: line.group, pieces: [] }));
      if (i > next) block.pieces.push(gap(i - next, offsets[i] - offsets[next]));
      block.pieces.push(line);
      next = i + 1;
    }
    const last = this.#lastBlocks;
    const same = samePieces(blocks, last, (x, y) => x.group === y.group && samePieces(x.pieces, y.pieces, samePiece));
    return same ? last : (this.#lastBlocks = blocks);
  });

  /** Height of the lines after the last one shown. */
  readonly after: number = $derived.by(() => {
    const offsets = this.#offsets;
    const blocks = this.blocks;
    const last = blocks.at(-1)?.pieces.at(-1);
    const end = last && !('gap' in last) ? this.#lines.indexOf(last) + 1 : 0;
    return offsets[offsets.length - 1] - offsets[end];
  });

  /** The scroll box as reported, or the window's size before the first report (a first screenful). */
  #view(): Box {
    const box = this.#box;
    if (box.height > 0) return box;
    return { ...box, width: globalThis.innerWidth ?? 1400, height: globalThis.innerHeight ?? 900 };
  }

  /** The grid's scroll box moved or changed size. */
  scrolled(box: Box): void {
    const old = this.#box;
    if (old.top !== box.top || old.left !== box.left || old.width !== box.width || old.height !== box.height) this.#box = box;
  }

  /** The header row's height and the widths of the criterion column and of one vendor column (px). */
  measuredGrid(head: number, lead: number, column: number): void {
    const old = this.#metrics;
    if (column <= 0) column = old.column;
    if (old.head !== head || old.lead !== lead || old.column !== column) this.#metrics = { head, lead, column };
  }

  /** Heights (px) of lines shown, by line index. */
  measuredLines(heights: Iterable<[number, number]>): void {
    const lines = this.#lines;
    const old = this.#heights;
    let px: Map<number, number> | null = null;
    for (const [line, height] of heights) {
      if (height <= 0 || line >= lines.length || (old.lines === lines && old.px.get(line) === height)) continue;
      px ??= new Map(old.lines === lines ? old.px : []);
      px.set(line, height);
    }
    if (px) this.#heights = { lines, px };
  }
}
