// The weight break-even of SPEC §9 as rows (the table, and the chart's plain data): for each category,
// the range of its share over which the winner stays first, and who overtakes beyond each end.
import type { BreakEven } from './break-even';
import { contenderById, type RobustnessModel } from './model';
import { formatShare, formatShareBeyond } from './sentences';

export interface BreakEvenRow {
  categoryId: string;
  name: string;
  /** The current share and the winner's range, 0..1 at full precision (the chart draws these). */
  share: number;
  from: number;
  to: number;
  /** The same for reading; break-even shares rounded away from the current share, as in the sentences. */
  shareText: string;
  fromText: string;
  toText: string;
  /** Who overtakes the winner below `from` / above `to`; null = nobody, down to 0 % / up to 100 %. */
  below: string | null;
  above: string | null;
}

export function breakEvenRows(model: RobustnessModel, entries: BreakEven[]): BreakEvenRow[] {
  const nameOf = (vendorId: string) => contenderById(model, vendorId)?.name ?? 'an unnamed vendor';
  return entries.map((entry) => ({
    categoryId: entry.categoryId,
    name: model.categories.find((category) => category.id === entry.categoryId)?.name ?? entry.categoryId,
    share: entry.share,
    from: entry.down?.share ?? 0,
    to: entry.up?.share ?? 1,
    shareText: formatShare(entry.share),
    fromText: entry.down ? formatShareBeyond(entry.down.share, entry.share) : '0 %',
    toText: entry.up ? formatShareBeyond(entry.up.share, entry.share) : '100 %',
    below: entry.down ? nameOf(entry.down.vendorId) : null,
    above: entry.up ? nameOf(entry.up.vendorId) : null,
  }));
}

/** Plain numbers in percent for Chart.js floating bars ([start, end] per category). */
interface BreakEvenChartData {
  labels: string[];
  /** Where the winner stays first. */
  ranges: [number, number][];
  /** A thin bar centred on the current share, so it shows on top of the range. */
  current: [number, number][];
}

/** Half the width of the current-share marker, in percentage points. */
export const MARKER_HALF_WIDTH = 0.35;

export function breakEvenChartData(rows: BreakEvenRow[]): BreakEvenChartData {
  const percent = (share: number) => Math.round(share * 1e6) / 1e4; // keeps float noise out of tooltips
  return {
    labels: rows.map((row) => row.name),
    ranges: rows.map((row) => [percent(row.from), percent(row.to)]),
    current: rows.map((row) => {
      const at = percent(row.share);
      return [Math.max(0, at - MARKER_HALF_WIDTH), Math.min(100, at + MARKER_HALF_WIDTH)];
    }),
  };
}

/** The chart's accessible name: what it shows, in one line (the table has every figure). */
export function breakEvenSummary(rows: BreakEvenRow[], winnerName: string): string {
  const parts = rows.map((row) => `${row.name} from ${row.fromText} to ${row.toText} (now ${row.shareText})`);
  return `Shares of each category over which ${winnerName} stays first: ${parts.join('; ')}.`;
}
