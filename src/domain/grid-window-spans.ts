// Which part of a large scoring grid is in the document (SPEC §10): at 200 vendors × 100 criteria the
// whole grid is 20,000 cells, and the browser's style, layout and paint of them made each keypress
// miss a frame. The grid's lines (category headers and criteria, in display order) and its vendor
// columns are windowed: those in view plus a margin, and always the tabbable cell's line and column
// (focus and Tab must find it), with empty gaps of the right size in place of the others.
import type { Criterion } from './types';
import type { GridGroup, GridLayout } from './score-grid';

/** One line of the grid in display order: a category's header, or a criterion (navigation `row`). */
export type GridLine =
  | { kind: 'category'; group: GridGroup }
  | { kind: 'criterion'; group: GridGroup; criterion: Criterion; row: number };

/** The grid's lines in display order, and the line of each navigation row. */
export function gridLines(layout: GridLayout): { lines: GridLine[]; lineOfRow: number[] } {
  const lines: GridLine[] = [];
  const lineOfRow: number[] = [];
  for (const group of layout.groups) {
    lines.push({ kind: 'category', group });
    for (const { criterion, row } of group.criteria) {
      lineOfRow[row] = lines.length;
      lines.push({ kind: 'criterion', group, criterion, row });
    }
  }
  return { lines, lineOfRow };
}

/** offsets[i] = the sum of sizes[0..i); offsets has one more entry than sizes. */
export function prefixSums(sizes: ArrayLike<number>): Float64Array {
  const offsets = new Float64Array(sizes.length + 1);
  for (let i = 0; i < sizes.length; i++) offsets[i + 1] = offsets[i] + sizes[i];
  return offsets;
}

/** The items [first, end) that overlap the band [from, to), given their prefix sums. */
export function spanOver(offsets: Float64Array, from: number, to: number): { first: number; end: number } {
  const count = offsets.length - 1;
  // First item whose far edge is past `from`, then the first whose near edge is at or past `to`.
  const search = (test: (i: number) => boolean) => {
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (test(mid)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const first = search((i) => offsets[i + 1] > from);
  const end = Math.max(first, search((i) => offsets[i] >= to));
  return { first, end };
}

/** The indices of [first, end) and of `pinned` (those below `count`), ascending, each once. */
export function shownIndices(span: { first: number; end: number }, pinned: readonly number[], count: number): number[] {
  const shown: number[] = [];
  for (let i = span.first; i < Math.min(span.end, count); i++) shown.push(i);
  const extra = pinned.filter((i) => i >= 0 && i < count && (i < span.first || i >= span.end));
  if (extra.length === 0) return shown;
  return [...new Set([...shown, ...extra])].sort((x, y) => x - y);
}

/** Shown indices as runs: each run's indices and how many items are left out before it; then after the last. */
export function runsOf(shown: readonly number[], count: number): { runs: { skipped: number; indices: number[] }[]; after: number } {
  const runs: { skipped: number; indices: number[] }[] = [];
  let next = 0;
  for (const i of shown) {
    const run = runs.at(-1);
    if (run && i === next) run.indices.push(i);
    else runs.push({ skipped: i - next, indices: [i] });
    next = i + 1;
  }
  return { runs, after: count - next };
}
