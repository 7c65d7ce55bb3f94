// The words around a trend chart: its accessible summary and the rows of its table alternative
// (SPEC §8: every chart has a text alternative).
import { dayToDate, type KpiSeries } from './pilot-series';
import type { Kpi } from './types';
import { formatCount, formatDay, plural } from './format';
import { formatMeasure } from './measurement-format';

/** How many rows the table alternative lists; a longer series is summarised and fully listed in the measurements table. */
export const TABLE_LIMIT = 500;

export function countsText(series: KpiSeries | undefined): string {
  if (!series || series.rows.length === 0) return 'No measurements yet';
  const count = series.rows.length;
  const parts = [plural(count, 'measurement')];
  const outside: string[] = [];
  if (series.baseline) outside.push(`${formatCount(series.baseline)} baseline`);
  if (series.after) outside.push(`${formatCount(series.after)} after the pilot`);
  if (outside.length) parts.push(`${formatCount(series.counted)} counted, ${outside.join(', ')}`);
  return parts.join(': ');
}

export function trendSummary(kpi: Pick<Kpi, 'name' | 'unit' | 'threshold' | 'target' | 'direction'>, series: KpiSeries | undefined, start: string, end: string): string {
  const lines = `threshold ${formatMeasure(kpi.threshold, kpi.unit)}, target ${formatMeasure(kpi.target, kpi.unit)}, ${kpi.direction} is better`;
  const window = `pilot window ${formatDay(start)} to ${formatDay(end)}`;
  if (!series || series.x.length === 0) return `${kpi.name} trend: no measurements yet; ${lines}; ${window}.`;
  const first = formatDay(dayToDate(series.x[0]));
  const last = formatDay(dayToDate(series.x[series.x.length - 1]));
  const latest = formatMeasure(series.y[series.y.length - 1], kpi.unit);
  return `${kpi.name} trend: ${countsText(series)}, from ${first} to ${last}, latest ${latest}; ${lines}; ${window}.`;
}

interface TableRow {
  /** Index in pilot.measurements: a stable key. */
  key: number;
  date: string;
  value: string;
  n: string;
  place: string;
}

/** The newest `limit` rows, newest first. */
export function tableRows(series: KpiSeries, unit: string, startDay: number, limit = TABLE_LIMIT): TableRow[] {
  const rows: TableRow[] = [];
  for (let i = series.x.length - 1; i >= 0 && rows.length < limit; i--) {
    const x = series.x[i];
    rows.push({
      key: series.rows[i],
      date: formatDay(dayToDate(x)),
      value: formatMeasure(series.y[i], unit),
      n: Number.isNaN(series.n[i]) ? '—' : formatCount(series.n[i]),
      place: series.inWindow[i] ? 'Counted' : x < startDay ? 'Baseline (not judged)' : 'After the pilot (not judged)',
    });
  }
  return rows;
}
