// Shapes the ranking into plain arrays for the charts and their table alternatives. No Chart.js here:
// the chart wrappers take this data as is, and the tables and screen-reader summaries read the same data.
import type { RankedVendor } from './scoring';
import type { Category } from './types';
import { formatScore } from './format';
import type { ChartData } from './chart-series';

const PALETTE_SIZE = 8;
export const MAX_RADAR_VENDORS = 5;
const DEFAULT_RADAR_VENDORS = 3;

/** The radar's default: the top vendors of the ranking that have a total. */
export function defaultRadarSelection(ranking: readonly RankedVendor[], count = DEFAULT_RADAR_VENDORS): string[] {
  return ranking.filter((v) => v.total !== null).slice(0, count).map((v) => v.vendorId);
}

/**
 * The vendors the radar shows: the user's choice (null = not chosen yet, follow the default), minus
 * vendors that were removed or lost their total, at most MAX_RADAR_VENDORS.
 */
export function resolveSelection(picked: readonly string[] | null, ranking: readonly RankedVendor[]): string[] {
  if (picked === null) return defaultRadarSelection(ranking);
  const available = new Set(ranking.filter((v) => v.total !== null).map((v) => v.vendorId));
  return picked.filter((id) => available.has(id)).slice(0, MAX_RADAR_VENDORS);
}

/** Adds or removes a vendor; adding beyond the maximum is refused (the checkbox is disabled then). */
export function toggleSelection(selected: readonly string[], vendorId: string, on: boolean): string[] {
  if (!on) return selected.filter((id) => id !== vendorId);
  if (selected.includes(vendorId) || selected.length >= MAX_RADAR_VENDORS) return [...selected];
  return [...selected, vendorId];
}

/**
 * A colour per selected vendor, by its place among the selected in checklist order (vendorOrder): no two
 * selected vendors share a colour, and a vendor keeps its colour when weights reorder the ranking. The
 * last palette colour (yellow) is skipped: too faint for a line on a light background.
 */
export function radarColors(selected: readonly string[], vendorOrder: readonly string[]): Map<string, number> {
  const chosen = new Set(selected);
  const colors = new Map<string, number>();
  for (const id of vendorOrder) if (chosen.has(id)) colors.set(id, (colors.size % (PALETTE_SIZE - 1)) + 1);
  return colors;
}

/** Category scores 0..100 of the selected vendors, in ranking order; null where nothing is scored. */
export function radarData(
  ranking: readonly RankedVendor[],
  categories: readonly Category[],
  selected: readonly string[],
  vendorOrder: readonly string[],
): ChartData {
  const colors = radarColors(selected, vendorOrder);
  return {
    labels: categories.map((k) => k.name),
    series: ranking
      .filter((v) => colors.has(v.vendorId))
      .map((v) => ({
        key: v.vendorId,
        label: v.name,
        color: colors.get(v.vendorId) as number,
        data: categories.map((k) => v.categories[k.id] ?? null),
      })),
  };
}

/**
 * Bars beyond this many would make the contribution chart taller than the screen (and slow to draw: 200
 * vendors made a canvas 9,000 px tall); its table has every vendor, as for rank stability.
 */
const MAX_CONTRIBUTION_BARS = 12;

/** The vendors of the contribution table: every vendor with a total, in ranking order. */
export function barVendors(ranking: readonly RankedVendor[]): RankedVendor[] {
  return ranking.filter((v) => v.total !== null);
}

/** "1. Northwind Contact", "3. Contoso CX (disqualified)". */
function vendorLabel(v: RankedVendor): string {
  return `${v.rank}. ${v.name}${v.status === 'qualified' ? '' : ` (${v.status})`}`;
}

/**
 * One bar per vendor (ranking order), one stack segment per category: points added to the total; null
 * (shown "—") for a category with nothing scored, which adds nothing because it is not counted at all.
 */
export function contributionData(ranking: readonly RankedVendor[], categories: readonly Category[]): ChartData {
  const vendors = barVendors(ranking);
  return {
    labels: vendors.map(vendorLabel),
    series: categories.map((k, i) => ({
      key: k.id,
      label: k.name,
      color: (i % PALETTE_SIZE) + 1,
      data: vendors.map((v) => (v.categories[k.id] === null ? null : (v.contributions[k.id] ?? 0))),
    })),
  };
}

/** The part of contributionData the chart draws: the best-ranked MAX_CONTRIBUTION_BARS vendors. */
export function contributionChartData(data: ChartData, max = MAX_CONTRIBUTION_BARS): ChartData {
  if (data.labels.length <= max) return data;
  return { labels: data.labels.slice(0, max), series: data.series.map((s) => ({ ...s, data: s.data.slice(0, max) })) };
}

/** The canvas's accessible name: every value the radar draws, in words. */
export function radarSummary(data: ChartData): string {
  if (data.series.length === 0) return 'Radar chart of category scores: no vendor selected.';
  const parts = data.series.map(
    (s) => `${s.label}: ${data.labels.map((label, i) => `${label} ${formatScore(s.data[i])}`).join(', ')}`,
  );
  return `Radar chart of category scores out of 100. ${parts.join('. ')}.`;
}

/** The canvas's accessible name for the stacked bars: each vendor's points by category. */
export function contributionSummary(data: ChartData): string {
  if (data.labels.length === 0) return 'Bar chart of contributions by category: no vendor has a score yet.';
  const parts = data.labels.map((vendor, i) => {
    const total = data.series.reduce((sum, s) => sum + (s.data[i] ?? 0), 0);
    const segments = data.series.map((s) => `${s.label} ${formatScore(s.data[i])}`).join(', ');
    return `${vendor}: ${formatScore(total)} = ${segments}`;
  });
  return `Stacked bar chart of the points each category adds to the total. ${parts.join('. ')}.`;
}
