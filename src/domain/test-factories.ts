// Small builders for domain tests: a valid Assessment with defaults, so a test states only what matters.
import { rowsFromMeasurements } from './pilot-rows-build';
import type { Assessment, Category, Criterion, Measurement, Pilot, Score, Vendor } from './types';

const STAMP = '2026-11-01T00:00:00.000Z';

/** A valid, empty assessment on the default 0..5 scale with one evaluator "e1"; override any field. */
/** A pilot as a test writes it: its rows as columns, or as a list of objects (turned into columns). */
export type TestPilot = Omit<Pilot, 'measurements'> & { measurements: Pilot['measurements'] | Measurement[] };

/** The pilot with its rows as columns, as the app holds them. */
function asPilot(p: TestPilot): Pilot {
  return Array.isArray(p.measurements) ? { ...p, measurements: rowsFromMeasurements(p.measurements, p.kpis.map((k) => k.id)) } : (p as Pilot);
}

export function makeAssessment({ pilots, ...partial }: Partial<Omit<Assessment, 'pilots'>> & { pilots?: TestPilot[] } = {}): Assessment {
  return {
    id: 'test-assessment',
    name: 'Test assessment',
    createdAt: STAMP,
    updatedAt: STAMP,
    scale: { min: 0, max: 5 },
    categories: [],
    vendors: [],
    evaluators: [{ id: 'e1', name: 'Evaluator 1' }],
    scores: [],
    contracts: [],
    ...partial,
    pilots: (pilots ?? []).map(asPilot),
  };
}

export function makeCriterion(id: string, weight = 1, partial: Partial<Criterion> = {}): Criterion {
  return { id, name: `Criterion ${id}`, weight, mustHave: false, minScore: null, ...partial };
}

/** A must-have knock-out criterion: disqualifies below minScore. */
export function makeMustHave(id: string, minScore: number, weight = 1): Criterion {
  return makeCriterion(id, weight, { mustHave: true, minScore });
}

export function makeCategory(id: string, weight: number, criteria: Criterion[]): Category {
  return { id, name: `Category ${id}`, weight, criteria };
}

export function makeVendor(id: string, name = `Vendor ${id}`): Vendor {
  return { id, name, status: 'candidate' };
}

export function makeScore(vendorId: string, criterionId: string, value: number | null, evaluatorId = 'e1'): Score {
  return { vendorId, criterionId, evaluatorId, value };
}

/** One evaluator's scores for a vendor, { criterionId: value }. */
export function scoresOf(vendorId: string, values: Record<string, number | null>, evaluatorId = 'e1'): Score[] {
  return Object.entries(values).map(([criterionId, value]) => makeScore(vendorId, criterionId, value, evaluatorId));
}

export function makeVendors(...ids: string[]): Vendor[] {
  return ids.map((id) => makeVendor(id));
}

/** Measurement rows cycling through KPIs, dates in runs, n on some, notes (repeated, one empty) on a few. */
export function sampleMeasurementRows(count: number, offset = 0): Measurement[] {
  const kpis = ['csat', 'aht', 'fcr'];
  return Array.from({ length: count }, (_, j) => {
    const i = j + offset;
    const row: Measurement = { kpiId: kpis[i % 3], date: `2027-01-${String(1 + (Math.floor(i / 50) % 28)).padStart(2, '0')}`, value: i % 7 === 0 ? -0.5 : i * 1.25 };
    if (i % 2 === 0) row.n = 1 + (i % 40);
    if (i % 97 === 0) row.note = ['Lisbon', 'a\nb', ''][i % 3];
    return row;
  });
}

/**
 * Two vendors scored on two criteria, and one pilot with one CSAT measurement: every kind of stored
 * record (assessment, scores, pilot, measurements) once, for storage round trips. Override any field.
 */
export function makeStoredSample(partial: Parameters<typeof makeAssessment>[0] = {}): Assessment {
  return makeAssessment({
    id: 'a1',
    name: 'Stored',
    categories: [makeCategory('k1', 60, [makeCriterion('c1'), makeCriterion('c2')])],
    vendors: [makeVendor('v1'), makeVendor('v2')],
    scores: [...scoresOf('v1', { c1: 4, c2: 3 }), ...scoresOf('v2', { c1: 1 })],
    pilots: [
      {
        id: 'p1', name: 'Pilot', vendorId: 'v1', start: '2027-01-01', end: '2027-01-31', goScore: 90, noGoScore: 75,
        kpis: [{ id: 'csat', name: 'CSAT', unit: '%', direction: 'higher', threshold: 80, target: 85, weight: 1, gate: true, aggregate: 'mean', proportion: true }],
        measurements: [{ kpiId: 'csat', date: '2027-01-03', value: 82, n: 100 }],
        decisions: [],
      },
    ],
    ...partial,
  });
}
