// The windowing math of a virtualised list with a fixed row height: which rows to put in the DOM for a
// scroll position. The measurements table must scroll smoothly through 100,000 rows, which a
// browser cannot do with 100,000 real rows; only the visible ones (plus a small overscan) are rendered.

interface WindowInput {
  /** Pixels scrolled from the top of the first row. */
  scrollTop: number;
  /** Visible height available to rows, in px. */
  viewportHeight: number;
  /** Fixed height of every row, in px (> 0). */
  rowHeight: number;
  rowCount: number;
  /** Extra rows rendered above and below the visible ones, so a fast scroll never shows a gap. */
  overscan?: number;
}

export interface VirtualWindow {
  /** First rendered row (inclusive). */
  start: number;
  /** Row after the last rendered one (exclusive); start === end when nothing is rendered. */
  end: number;
  /** Top of row `start` in px: where the rendered block is placed. */
  offset: number;
  /** Height of all rows: the spacer that gives the scrollbar its true length. */
  totalHeight: number;
}

const whole = (x: number) => (Number.isFinite(x) ? Math.max(0, Math.floor(x)) : 0);

export function virtualWindow({ scrollTop, viewportHeight, rowHeight, rowCount, overscan = 6 }: WindowInput): VirtualWindow {
  if (!(rowHeight > 0)) throw new RangeError(`rowHeight must be positive, got ${rowHeight}`);
  const count = whole(rowCount);
  const totalHeight = count * rowHeight;
  const height = Math.max(0, Number.isFinite(viewportHeight) ? viewportHeight : 0);
  // An elastic overscroll (negative, or past the end) must not render a blank range of rows.
  const top = Math.min(Math.max(0, Number.isFinite(scrollTop) ? scrollTop : 0), Math.max(0, totalHeight - height));
  const first = Math.min(count, Math.floor(top / rowHeight));
  const last = Math.min(count, Math.ceil((top + height) / rowHeight));
  const extra = whole(overscan);
  const start = Math.max(0, first - extra);
  const end = Math.min(count, last + extra);
  return { start, end, offset: start * rowHeight, totalHeight };
}

/**
 * The scrollTop that brings row `index` fully into view with the least movement (unchanged when it is
 * already visible): used when keyboard focus moves to a row outside the rendered rows.
 */
export function scrollToReveal(index: number, scrollTop: number, viewportHeight: number, rowHeight: number): number {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return Math.max(0, bottom - viewportHeight);
  return scrollTop;
}
