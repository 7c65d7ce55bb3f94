// Tells a GridWindow where the scoring grid's scroll box is and how big its header and lines are, so it
// keeps in the document what is in view (SPEC §10). Sizes come from ResizeObservers (reported after
// layout, before paint): reading them while the grid is being built would force extra layouts.
import type { Attachment } from 'svelte/attachments';
import type { GridWindow } from '../../state/grid-window.svelte';

/** On the grid's scroll box: reports its scroll position and size, and the header's sizes. */
export function watchScrollBox(grid: GridWindow): Attachment<HTMLElement> {
  return (box) => {
    const report = () => {
      grid.scrolled({ top: box.scrollTop, left: box.scrollLeft, width: box.clientWidth, height: box.clientHeight });
      const head = box.querySelector<HTMLElement>('thead');
      const lead = box.querySelector<HTMLElement>('thead th.corner');
      const column = box.querySelector<HTMLElement>('thead th.vendor');
      grid.measuredGrid(head?.offsetHeight ?? 0, lead?.offsetWidth ?? 0, column?.offsetWidth ?? 0);
    };
    box.addEventListener('scroll', report, { passive: true });
    // jsdom (component tests) has no ResizeObserver and no layout to watch.
    if (typeof ResizeObserver === 'undefined') return () => box.removeEventListener('scroll', report);
    const observer = new ResizeObserver(report);
    observer.observe(box);
    const head = box.querySelector('thead');
    if (head) observer.observe(head);
    return () => {
      box.removeEventListener('scroll', report);
      observer.disconnect();
    };
  };
}

/** One observer for the heights of the grid's shown lines; `line(i)` goes on line i's row. */
export function lineHeights(grid: GridWindow): { line: (index: number) => Attachment<HTMLElement> } {
  const index = new WeakMap<Element, number>();
  const observer =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver((entries) => {
          const heights: [number, number][] = [];
          for (const entry of entries) {
            const line = index.get(entry.target);
            const size = entry.borderBoxSize?.[0]?.blockSize ?? entry.contentRect.height;
            if (line !== undefined) heights.push([line, size]);
          }
          grid.measuredLines(heights);
        });
  return {
    line: (i) => (row) => {
      if (!observer) return;
      index.set(row, i);
      observer.observe(row);
      return () => observer.unobserve(row);
    },
  };
}
