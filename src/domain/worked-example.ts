// The worked example of SPEC §3 (src/data/small-assessment.json) as an Assessment, for tests.
import raw from '../data/small-assessment.json';
import { rowsFromMeasurements } from './pilot-rows-build';
import type { Assessment, Measurement, Pilot } from './types';

/** A fresh deep copy each call, so a test can edit it freely; its pilots' rows as columns, as the app holds them. */
export function workedExample(): Assessment {
  const a = structuredClone(raw.assessment) as unknown as Omit<Assessment, 'pilots'> & { pilots: (Omit<Pilot, 'measurements'> & { measurements: Measurement[] })[] };
  return { ...a, contracts: [], pilots: a.pilots.map((p) => ({ ...p, measurements: rowsFromMeasurements(p.measurements, p.kpis.map((k) => k.id)) })) };
}
