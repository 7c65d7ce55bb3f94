// The plain data every chart wrapper takes: labels along one axis and one series per dataset. Built by
// pure functions (results-chart-data.ts) as plain arrays: Chart.js must never be handed rune proxies.
export interface Series {
  key: string;
  label: string;
  /** 1-based index into the chart palette (--chart-1 … --chart-8). */
  color: number;
  data: (number | null)[];
}

export interface ChartData {
  labels: string[];
  series: Series[];
}
