// What a printable document (the steering-committee report, a contract's QBR pack) sets up while it is
// shown: the document's title, which browsers offer as the PDF's file name (the app's own comes back on
// leave), and before any print (the button or the browser's own command) `onBeforePrint`'s update of
// the page, then every chart under `root` finished and redrawn for paper (print-charts.ts).
import { flushSync, untrack } from 'svelte';
import { drawChartsBeforePrint, preloadChartJs } from './print-charts';

/** Call during component init. `title` returns null while there is nothing to name. */
export function printable(root: () => Element | undefined, title: () => string | null, onBeforePrint: () => void): void {
  $effect(() => {
    const next = title();
    if (next === null) return;
    const before = untrack(() => document.title);
    document.title = next;
    return () => {
      document.title = before;
    };
  });
  preloadChartJs();
  $effect(() =>
    drawChartsBeforePrint(root, () => {
      onBeforePrint();
      flushSync();
    }),
  );
}
