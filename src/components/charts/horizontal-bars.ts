// The frame every horizontal bar chart of the app shares (contributions, break-even ranges, rank
// stability): labels down the side in bold, a value axis along the bottom, motion only when allowed.
import type { ChartTheme } from './chartjs';

/** Layout options of a horizontal bar chart that fills its ChartCanvas box. */
export function horizontalBarFrame(theme: ChartTheme) {
  return {
    indexAxis: 'y' as const,
    responsive: true,
    maintainAspectRatio: false,
    animation: theme.reducedMotion ? (false as const) : { duration: 250 },
  };
}

interface ValueAxisOptions {
  title: string;
  min?: number;
  max?: number;
  /** Appended to every tick, e.g. " %". */
  suffix?: string;
  stepSize?: number;
  stacked?: boolean;
}

/** The value (x) axis along the bottom, with its title. */
export function valueAxis(theme: ChartTheme, { title, min = 0, max = 100, suffix = '', stepSize, stacked = false }: ValueAxisOptions) {
  const font = { family: theme.font, size: 12 };
  return {
    stacked,
    min,
    max,
    grid: { color: theme.grid },
    border: { color: theme.grid },
    ticks: { color: theme.muted, font, ...(stepSize ? { stepSize } : {}), ...(suffix ? { callback: (value: string | number) => `${value}${suffix}` } : {}) },
    title: { display: title !== '', text: title, color: theme.muted, font },
  };
}

/** The label (y) axis down the side: no grid lines, labels in bold. */
export function labelAxis(theme: ChartTheme, stacked = false) {
  return {
    stacked,
    grid: { display: false },
    border: { color: theme.grid },
    ticks: { color: theme.text, font: { family: theme.font, size: 12, weight: 600 } },
  };
}
