// One PilotSeries per measurements list: the trend charts and the measurements table both need it, and
// with 100,000 rows computing it twice would spend a good part of the 300 ms a pilot has to open in
// (issue 3). Keyed weakly by the (immutable) measurements array, so a replaced list is collected.
import { pilotSeries, type PilotSeries } from '../../../domain/pilot-series';
import type { Measurement, Pilot } from '../../../domain/types';

const cache = new WeakMap<readonly Measurement[], { start: string; end: string; series: PilotSeries }>();
/**
 * The series computed last, usually the same pilot before its latest edit: KPIs whose series did not
 * change keep their KpiSeries object, so their charts are not redrawn. Held strongly (a weak reference
 * may already be cleared right after an edit); it is one pilot's series, replaced by the next one.
 */
let last: PilotSeries | undefined;

export function seriesOf(pilot: Pick<Pilot, 'start' | 'end' | 'measurements'>): PilotSeries {
  const hit = cache.get(pilot.measurements);
  if (hit && hit.start === pilot.start && hit.end === pilot.end) return hit.series;
  const series = pilotSeries(pilot, last);
  cache.set(pilot.measurements, { start: pilot.start, end: pilot.end, series });
  last = series;
  return series;
}
