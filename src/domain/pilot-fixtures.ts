// Builders for pilot tests (SPEC §4): a valid pilot and KPI with defaults, so a test states only what matters.
import { rowsFromMeasurements } from './pilot-rows-build';
import type { Kpi, Measurement, Pilot } from './types';

/** A weighted, non-gate, higher-is-better mean KPI (threshold 80, target 85, unit %); override any field. */
export function makeKpi(id: string, partial: Partial<Kpi> = {}): Kpi {
  return {
    id,
    name: id.toUpperCase(),
    unit: '%',
    direction: 'higher',
    threshold: 80,
    target: 85,
    weight: 20,
    gate: false,
    aggregate: 'mean',
    proportion: false,
    ...partial,
  };
}

/** A pilot from 2027-01-04 to 2027-01-31 with GO at 90 and NO-GO at 75 (the SPEC §2 defaults). */
export function makePilot(kpis: Kpi[], measurements: Measurement[] = [], partial: Partial<Pilot> = {}): Pilot {
  return {
    id: 'pilot-1',
    name: 'Pilot',
    vendorId: 'vendor-1',
    start: '2027-01-04',
    end: '2027-01-31',
    goScore: 90,
    noGoScore: 75,
    kpis,
    measurements: rowsFromMeasurements(measurements, kpis.map((k) => k.id)),
    decisions: [],
    ...partial,
  };
}

/** A measurement; pass n to make it a sampled one. */
export function m(kpiId: string, date: string, value: number, n?: number): Measurement {
  return n === undefined ? { kpiId, date, value } : { kpiId, date, value, n };
}
