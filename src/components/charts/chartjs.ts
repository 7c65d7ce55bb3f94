// Chart.js is loaded on demand (the first screen's bundle stays small) and only the pieces our
// charts use are registered. Colours come from the design tokens, read at draw time, so dark mode works.
import { displayLocale } from '../../domain/format';
import type { Chart } from 'chart.js';

let loading: Promise<typeof Chart> | null = null;

/**
 * Loads Chart.js in its own chunk and registers, once, only what our radar, bar, line (pilot trend) and
 * scatter (value for money) charts use; a failed load can be retried. (Destructuring the dynamic import
 * lets the bundler drop the other controllers.) Trends use a linear axis of day numbers, not the time scale, which would need a
 * date adapter; Decimation thins 10,000+ points to about one per pixel column instead of dropping them.
 */
export function loadChartJs(): Promise<typeof Chart> {
  loading ??= import('chart.js').then(
    ({ Chart, RadarController, BarController, LineController, ScatterController, RadialLinearScale, CategoryScale, LinearScale, PointElement, LineElement, BarElement, Filler, Tooltip, Legend, Decimation }) => {
      Chart.register(RadarController, BarController, LineController, ScatterController, RadialLinearScale, CategoryScale, LinearScale, PointElement, LineElement, BarElement, Filler, Tooltip, Legend, Decimation);
      // Axis numbers in the same locale as every other number (domain/format.ts).
      Chart.defaults.locale = displayLocale();
      return Chart;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

export interface ChartTheme {
  /** --chart-1 … --chart-8, Okabe–Ito. */
  palette: string[];
  text: string;
  muted: string;
  grid: string;
  surface: string;
  font: string;
  reducedMotion: boolean;
}

const FALLBACK_PALETTE = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#7f7f7f', '#f0e442'];
const DARK = '(prefers-color-scheme: dark)';
const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

function matches(query: string): boolean {
  return typeof matchMedia === 'function' && matchMedia(query).matches;
}

/**
 * The current token values (they differ between light and dark mode), as seen from `scope`: a container
 * that sets its own tokens (the printable report's light "paper") gets charts in them.
 */
export function readChartTheme(scope: Element = document.documentElement): ChartTheme {
  const css = getComputedStyle(scope);
  const token = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    palette: FALLBACK_PALETTE.map((fallback, i) => token(`--chart-${i + 1}`, fallback)),
    text: token('--text', '#1b2330'),
    muted: token('--text-muted', '#525e6f'),
    grid: token('--border', '#d5dae1'),
    surface: token('--surface', '#ffffff'),
    font: token('--font', 'system-ui, sans-serif'),
    reducedMotion: matches(REDUCED_MOTION),
  };
}

/** True for a dark hex colour (the dark theme's surface); other syntaxes count as light. */
export function isDark(color: string): boolean {
  const hex = /^#([0-9a-f]{6})$/i.exec(color.trim());
  if (!hex) return false;
  const n = parseInt(hex[1], 16);
  return 0.2126 * ((n >> 16) & 255) + 0.7152 * ((n >> 8) & 255) + 0.0722 * (n & 255) < 128;
}

/** The palette colour for a 1-based index, cycling. */
export function paletteColor(theme: ChartTheme, index: number): string {
  return theme.palette[(index - 1 + theme.palette.length) % theme.palette.length];
}

/** "#0072b2" → "rgba(0, 114, 178, 0.2)"; other colour syntaxes are returned unchanged. */
export function withAlpha(color: string, alpha: number): string {
  const hex = /^#([0-9a-f]{6})$/i.exec(color.trim());
  if (!hex) return color;
  const n = parseInt(hex[1], 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** Calls onChange when the colour scheme or the motion preference changes; returns the stop function. */
export function watchTheme(onChange: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => {};
  const queries = [matchMedia(DARK), matchMedia(REDUCED_MOTION)];
  for (const q of queries) q.addEventListener('change', onChange);
  return () => {
    for (const q of queries) q.removeEventListener('change', onChange);
  };
}

/** Splits a long axis label into lines of about `width` characters at spaces (Chart.js draws arrays as lines). */
export function wrapLabel(text: string, width = 16): string | string[] {
  if (text.length <= width) return text;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
