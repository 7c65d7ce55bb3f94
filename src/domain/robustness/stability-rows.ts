// What the rank-stability section and report show for a finished run: one row per contender in
// ranking order, the bars worth drawing, and the chart's accessible summary.
import { formatProbability } from './sentences';
import type { StabilityResult } from './monte-carlo';

interface StabilityRow {
  vendorId: string;
  name: string;
  pFirst: number;
}

/** Chart bars beyond this many would make the chart taller than the screen; the table has everyone. */
const MAX_STABILITY_BARS = 12;

/** Every contender of the run's model, in ranking order, with its share of first places. */
export function stabilityRows(result: StabilityResult): StabilityRow[] {
  const share = new Map(result.shares.map((s) => [s.vendorId, s.pFirst]));
  return result.model.contenders.map((c) => ({ vendorId: c.vendorId, name: c.name, pFirst: share.get(c.vendorId) ?? 0 }));
}

/**
 * The bars: contenders that came first in at least one draw, in ranking order, at most
 * MAX_STABILITY_BARS of them (the most frequent winners). With 50 contenders most never come first.
 */
export function stabilityChartRows(rows: StabilityRow[]): StabilityRow[] {
  const winners = rows.filter((row) => row.pFirst > 0);
  if (winners.length <= MAX_STABILITY_BARS) return winners;
  const kept = new Set([...winners].sort((a, b) => b.pFirst - a.pFirst).slice(0, MAX_STABILITY_BARS));
  return winners.filter((row) => kept.has(row));
}

/** "Share of draws in which each vendor ranks first: Northwind Contact 70 %, Fabrikam Support 30 %." */
export function stabilityChartSummary(bars: StabilityRow[]): string {
  return `Share of draws in which each vendor ranks first: ${bars.map((b) => `${b.name} ${formatProbability(b.pFirst)}`).join(', ')}.`;
}
