// A table wider than its card scrolls inside a `.table-scroll` box (app.css draws the edge shadows that
// say there is more). While it does, the box is a named region with a tab stop, so keyboard users can
// scroll it too (WCAG 2.1.1, axe scrollable-region-focusable); when everything fits it is a plain box.
import type { Attachment } from 'svelte/attachments';

export function scrollsSideways(label: string): Attachment<HTMLElement> {
  return (box) => {
    const update = () => {
      if (box.scrollWidth > box.clientWidth + 1) {
        box.tabIndex = 0;
        box.setAttribute('role', 'region');
        box.setAttribute('aria-label', `${label} (scrolls sideways)`);
      } else {
        box.removeAttribute('tabindex');
        box.removeAttribute('role');
        box.removeAttribute('aria-label');
      }
    };
    // jsdom (component tests) has no ResizeObserver; there is no layout to watch there either.
    if (typeof ResizeObserver === 'undefined') {
      update();
      return;
    }
    // No measuring now: the observer reports every box it starts watching once, after layout and
    // before paint. Reading scrollWidth while a screen is being built forces a layout of the whole page
    // per table (about 200 ms when Results opens on 200 vendors).
    const observer = new ResizeObserver(update);
    observer.observe(box);
    for (const child of Array.from(box.children)) observer.observe(child);
    return () => observer.disconnect();
  };
}
