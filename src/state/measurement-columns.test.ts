import { describe, expect, it } from 'vitest';
import { rowsFromMeasurements } from '../domain/pilot-rows-build';
import type { Kpi, Measurement } from '../domain/types';
import { measurementColumns } from './measurement-columns';

const kpi = (id: string, name: string, unit: string): Kpi => ({
  id, name, unit, direction: 'higher', threshold: 1, target: 2, weight: 1, gate: false, aggregate: 'mean', proportion: false,
});

function columns(kpis: Kpi[], measurements: Measurement[]): string[] {
  // Date, KPI, Value, n, Note, Window, actions
  return measurementColumns({ kpis, measurements: rowsFromMeasurements(measurements) }).template.split(/ (?![^(]*\))/);
}

describe('measurement table columns', () => {
  it('gives the KPI column the longest KPI name, so "Customer satisfaction (CSAT)" is not cut', () => {
    const kpis = [kpi('csat', 'Customer satisfaction (CSAT)', '%'), kpi('aht', 'AHT', 's')];
    const [, kpiColumn] = columns(kpis, [{ kpiId: 'csat', date: '2027-01-04', value: 84 }, { kpiId: 'aht', date: '2027-01-04', value: 440 }]);
    expect(kpiColumn).toBe('minmax(calc(28ch + 1rem), 1fr)');
  });

  it('keeps an empty Note column narrow and lets a column of notes take most of the room left', () => {
    const kpis = [kpi('csat', 'CSAT', '%')];
    expect(columns(kpis, [{ kpiId: 'csat', date: '2027-01-04', value: 84 }])[4]).toBe('minmax(calc(4ch + 1rem), 1fr)');
    const noted = columns(kpis, [{ kpiId: 'csat', date: '2027-01-04', value: 84, note: 'baseline week' }]);
    expect(noted[4]).toBe('minmax(calc(13ch + 1rem), 2fr)');
  });

  it('sizes Value to its widest figure with the unit, and n to its largest sample with separators', () => {
    const kpis = [kpi('tickets', 'Backlog', 'tickets')];
    const [, , value, n] = columns(kpis, [
      { kpiId: 'tickets', date: '2027-01-04', value: 1250, n: 12_000 },
      { kpiId: 'tickets', date: '2027-01-05', value: -3.25 },
    ]);
    // "-1,250.25 tickets" at most: sign 1 + "1,250" 5 + ".25" 3 + " tickets" 8
    expect(value).toBe('calc(17ch + 1rem)');
    // "12,000"
    expect(n).toBe('calc(6ch + 1rem)');
  });

  it('caps a very long KPI name and note, and says how narrow the row may get', () => {
    const kpis = [kpi('k', 'x'.repeat(80), '')];
    const { template, minWidth } = measurementColumns({ kpis, measurements: rowsFromMeasurements([{ kpiId: 'k', date: '2027-01-04', value: 1, note: 'y'.repeat(500) }]) });
    expect(template).toContain('minmax(calc(32ch + 1rem), 1fr)');
    expect(template).toContain('minmax(calc(24ch + 1rem), 2fr)');
    // 12 date + 32 KPI + 5 value + 2 n + 24 note
    expect(minWidth).toBe('calc(75ch + 5 * 1rem + 7rem + 9.5rem)');
  });
});
