// What a pilot's series holds (pilot-series.ts): a leaf module of types only, shared with the passes
// that fill it (pilot-series-passes.ts).

export interface KpiSeries {
  kpiId: string;
  /** Row numbers in the pilot's rows (pilot-rows.ts), by date; equal dates keep row order (the later row is newer). */
  rows: Uint32Array;
  /** Day numbers (days since 1970-01-01), ascending: a linear chart axis needs no date adapter. */
  x: Float64Array;
  y: Float64Array;
  /** The sample size; NaN where the row has none. */
  n: Float64Array;
  /** 1 where the row is inside the window (counted). */
  inWindow: Uint8Array;
  baseline: number;
  counted: number;
  after: number;
}

export interface PilotSeries {
  startDay: number;
  endDay: number;
  /** Every row number sorted by date, then row order. */
  order: Uint32Array;
  /** One series per KPI that has measurements. */
  byKpi: Map<string, KpiSeries>;
}
