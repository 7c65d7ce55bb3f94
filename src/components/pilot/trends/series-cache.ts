// One PilotSeries per measurements list: the trend charts and the measurements table both need it, and
// with 100,000 rows computing it twice would spend a good part of the 300 ms a pilot has to open in
// (issue 3). Keyed weakly by the (immutable) measurements array, so a replaced list is collected.
import { pilotSeries, pilotSeriesSteps, type PilotSeries } from '../../../domain/pilot-series';
import type { Measurement, Pilot } from '../../../domain/types';
import { inOwnTask } from './task-queue';

type Rows = Pick<Pilot, 'start' | 'end' | 'measurements'>;

const cache = new WeakMap<readonly Measurement[], { start: string; end: string; series: PilotSeries }>();
/**
 * The series computed last, usually the same pilot before its latest edit: KPIs whose series did not
 * change keep their KpiSeries object, so their charts are not redrawn. Held strongly (a weak reference
 * may already be cleared right after an edit); it is one pilot's series, replaced by the next one.
 */
let last: PilotSeries | undefined;

function cached(pilot: Rows): PilotSeries | undefined {
  const hit = cache.get(pilot.measurements);
  return hit && hit.start === pilot.start && hit.end === pilot.end ? hit.series : undefined;
}

function remember(pilot: Rows, series: PilotSeries): PilotSeries {
  cache.set(pilot.measurements, { start: pilot.start, end: pilot.end, series });
  last = series;
  return series;
}

export function seriesOf(pilot: Rows): PilotSeries {
  return cached(pilot) ?? remember(pilot, pilotSeries(pilot, last));
}

/**
 * Computes the series of `pilot` in steps of ~25,000 rows, one task each, so that seriesOf finds it,
 * then calls `then` in a task of its own. Returns a cancel function. (Issue 3: done at once after a
 * 100,000-row import this took 40–110 ms in one task, the engine not having optimised it yet.)
 */
export function seriesInTasks(pilot: Rows, then: () => void): () => void {
  let cancel: () => void;
  if (cached(pilot)) {
    cancel = inOwnTask(then);
  } else {
    const steps = pilotSeriesSteps(pilot, last);
    const step = () => {
      const next = steps.next();
      if (!next.done) cancel = inOwnTask(step);
      else {
        if (!cached(pilot)) remember(pilot, next.value);
        cancel = inOwnTask(then);
      }
    };
    cancel = inOwnTask(step);
  }
  return () => cancel();
}
