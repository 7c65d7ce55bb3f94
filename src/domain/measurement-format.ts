// How measurements read on screen: a value with its unit, and the sentences of the measurement editor
// (days as format.ts writes them). Full precision stays in storage; only the text is rounded.
import { formatCount, formatDay, formatNumber, plural } from './format';
import type { PilotSeries } from './pilot-series-types';
import type { Kpi, Measurement } from './types';

/** A measured value with its unit: "84.5 %", "440 s", "1,250 tickets" (up to four decimals). Full precision is kept in storage. */
export function formatMeasure(value: number, unit: string): string {
  const text = formatNumber(value, 4);
  return unit ? `${text} ${unit}` : text;
}

type KpiWords = Pick<Kpi, 'name' | 'unit'> | undefined;

/** "CSAT on 10 Jan 2027, 84 %": names a row for a screen reader (its Edit and Delete buttons). */
export function measurementLabel(m: Measurement, kpi: KpiWords): string {
  return `${kpi?.name ?? m.kpiId} on ${formatDay(m.date)}, ${formatMeasure(m.value, kpi?.unit ?? '')}`;
}

/** What quick entry says after storing a row. */
export function addedText(m: Measurement, kpi: KpiWords): string {
  return `Added ${kpi?.name ?? m.kpiId} ${formatMeasure(m.value, kpi?.unit ?? '')}${m.n ? ` (n = ${formatCount(m.n)})` : ''} on ${formatDay(m.date)}.`;
}

/** What the weekly form says after storing a week. */
export function weekSavedText(count: number, monday: string): string {
  return `Saved ${plural(count, 'measurement')} for the week of ${formatDay(monday)}.`;
}

/** The undo bar's words after a delete. */
export function deletedText(m: Measurement, kpi: KpiWords): string {
  return `Deleted ${kpi?.name ?? m.kpiId} on ${formatDay(m.date)} (${formatMeasure(m.value, kpi?.unit ?? '')}).`;
}

/** Rows outside the window, after "Only rows dated … are judged." (SPEC §4: shown, not judged); '' when none. */
export function outsideWindowText(series: Pick<PilotSeries, 'byKpi'>): string {
  let outside = 0;
  for (const s of series.byKpi.values()) outside += s.baseline + s.after;
  if (outside === 0) return '';
  return ` ${plural(outside, 'row lies', 'rows lie')} outside the window: marked Baseline or After pilot, kept and shown, not judged.`;
}
