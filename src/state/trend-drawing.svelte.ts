// What one trend chart draws, and when. The words beside a chart follow the rows at once; the chart of a
// series of thousands of points follows in tasks of its own (task-queue.ts: one to build its points,
// the next to hand them to Chart.js), and nothing is redrawn when its series, lines and window did not
// change (SPEC §10 performance targets: no task blocks the page for over 100 ms).
//
// Create it while a component initialises (it runs an effect owned by that component).
import { untrack } from 'svelte';
import { pointsOf, sameTrendInput, type TrendInput } from '../domain/pilot-trend-points';
import { inOwnTask } from './task-queue';

/** A chart this small redraws at once. */
const DRAWN_AT_ONCE = 2_000;

export class TrendDrawing {
  #drawn = $state.raw() as TrendInput;

  /** `input`: what the chart should show now; it is drawn as it is at creation, then each change. */
  constructor(input: () => TrendInput) {
    this.#drawn = untrack(input);
    $effect(() => {
      const next = input();
      const before = untrack(() => this.#drawn);
      if (sameTrendInput(next, before)) return;
      if (next.series.rows.length <= DRAWN_AT_ONCE && before.series.rows.length <= DRAWN_AT_ONCE) {
        this.#drawn = next;
        return;
      }
      let cancel = inOwnTask(() => {
        pointsOf(next.series, next.startDay, next.kpi.aggregate);
        cancel = inOwnTask(() => (this.#drawn = next));
      });
      return () => cancel();
    });
  }

  /** What the chart draws now (plain data: series arrays come from pure functions, never from $state). */
  get drawn(): TrendInput {
    return this.#drawn;
  }
}
