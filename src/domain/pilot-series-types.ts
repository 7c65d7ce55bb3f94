// What a pilot's series holds (pilot-series.ts): a leaf module of types only, shared with the passes
// that fill it (pilot-series-passes.ts).

export type WindowPlace = 'baseline' | 'in' | 'after';

export interface KpiSeries {
  kpiId: string;
  /** Indices into pilot.measurements, by date; equal dates keep array order (the later row is newer). */
  rows: number[];
  /** Day numbers (days since 1970-01-01), ascending: a linear chart axis needs no date adapter. */
  x: number[];
  y: number[];
  n: (number | null)[];
  inWindow: boolean[];
  baseline: number;
  counted: number;
  after: number;
}

export interface PilotSeries {
  startDay: number;
  endDay: number;
  /** Day number of each measurement, by its index in pilot.measurements. */
  days: Float64Array;
  /** All indices sorted by date, then array order. */
  order: Uint32Array;
  /** One series per KPI that has measurements. */
  byKpi: Map<string, KpiSeries>;
}
