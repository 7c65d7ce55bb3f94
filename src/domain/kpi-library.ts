// The pilot KPI library (SPEC §1 journey 4, copied from spec/kpi-library.json; a test keeps the two equal).
// threshold = the minimum acceptable (pass/fail line); target = the goal used for the balanced scorecard
// (SPEC §4). Defaults are starting points that a CX leader edits per pilot.
import type { Kpi } from './types';

/** A library entry: a KPI without the per-pilot choices (weight, gate), plus a description. */
export type KpiDef = Omit<Kpi, 'weight' | 'gate'> & { description: string };

export const KPI_LIBRARY: readonly KpiDef[] = [
  {
    id: 'csat',
    name: 'Customer satisfaction (CSAT)',
    unit: '%',
    direction: 'higher',
    threshold: 80,
    target: 85,
    aggregate: 'mean',
    proportion: true,
    description: 'Share of surveyed customers rating the interaction satisfied (top-2 box).',
  },
  {
    id: 'nps',
    name: 'Net Promoter Score (NPS)',
    unit: 'pts',
    direction: 'higher',
    threshold: 20,
    target: 30,
    aggregate: 'mean',
    proportion: false,
    description: '% promoters minus % detractors, -100 to 100.',
  },
  {
    id: 'ces',
    name: 'Customer effort score (CES)',
    unit: '/7',
    direction: 'higher',
    threshold: 5,
    target: 5.5,
    aggregate: 'mean',
    proportion: false,
    description: 'Mean agreement (1-7) that the company made it easy to handle the issue.',
  },
  {
    id: 'fcr',
    name: 'First contact resolution (FCR)',
    unit: '%',
    direction: 'higher',
    threshold: 70,
    target: 75,
    aggregate: 'mean',
    proportion: true,
    description: 'Share of issues resolved in the first interaction.',
  },
  {
    id: 'aht',
    name: 'Average handle time (AHT)',
    unit: 's',
    direction: 'lower',
    threshold: 480,
    target: 420,
    aggregate: 'mean',
    proportion: false,
    description: 'Talk or work time plus hold plus wrap-up, per contact.',
  },
  {
    id: 'frt',
    name: 'First response time (FRT)',
    unit: 'min',
    direction: 'lower',
    threshold: 60,
    target: 30,
    aggregate: 'mean',
    proportion: false,
    description: "Time from a customer's first message to the first human reply (asynchronous channels).",
  },
  {
    id: 'resolution-time',
    name: 'Resolution time',
    unit: 'h',
    direction: 'lower',
    threshold: 24,
    target: 12,
    aggregate: 'mean',
    proportion: false,
    description: 'Time from contact to resolution.',
  },
  {
    id: 'qa',
    name: 'Quality score (QA)',
    unit: '%',
    direction: 'higher',
    threshold: 85,
    target: 90,
    aggregate: 'mean',
    proportion: false,
    description: 'Mean score of calibrated QA evaluations of interactions.',
  },
  {
    id: 'service-level',
    name: 'Service level',
    unit: '%',
    direction: 'higher',
    threshold: 80,
    target: 85,
    aggregate: 'mean',
    proportion: true,
    description: 'Share of contacts answered within the agreed time (e.g. 80% in 20 s).',
  },
  {
    id: 'abandonment',
    name: 'Abandonment rate',
    unit: '%',
    direction: 'lower',
    threshold: 5,
    target: 3,
    aggregate: 'mean',
    proportion: true,
    description: 'Share of queued contacts abandoned before an answer.',
  },
  {
    id: 'adherence',
    name: 'Schedule adherence',
    unit: '%',
    direction: 'higher',
    threshold: 85,
    target: 90,
    aggregate: 'mean',
    proportion: false,
    description: 'Share of scheduled time agents were working as planned.',
  },
  {
    id: 'forecast-accuracy',
    name: 'Forecast accuracy',
    unit: '%',
    direction: 'higher',
    threshold: 85,
    target: 90,
    aggregate: 'mean',
    proportion: false,
    description: '100% minus the absolute % error between forecast and actual volume.',
  },
  {
    id: 'shrinkage',
    name: 'Shrinkage',
    unit: '%',
    direction: 'lower',
    threshold: 35,
    target: 30,
    aggregate: 'mean',
    proportion: false,
    description: 'Share of paid time agents are unavailable (breaks, training, absence).',
  },
  {
    id: 'backlog',
    name: 'Backlog',
    unit: 'tickets',
    direction: 'lower',
    threshold: 200,
    target: 100,
    aggregate: 'last',
    proportion: false,
    description: 'Open contacts older than the response target, at the end of the period.',
  },
];

/** The KPIs of the default balanced scorecard, in this order (library `scorecardDefault`). */
export const SCORECARD_DEFAULT_IDS: readonly string[] = ['csat', 'nps', 'ces', 'fcr', 'aht'];

/** Weight each default scorecard KPI gets: five KPIs at 20 make 100. */
export const DEFAULT_SCORECARD_WEIGHT = 20;

/** The library entry with this id, or undefined. */
function findKpiDef(id: string): KpiDef | undefined {
  return KPI_LIBRARY.find((k) => k.id === id);
}

/** A fresh pilot KPI from a library entry (weight 0 = tracked only, no gate), with optional overrides. */
export function kpiFromLibrary(id: string, overrides: Partial<Kpi> = {}): Kpi {
  const def = findKpiDef(id);
  if (!def) throw new RangeError(`"${id}" is not in the KPI library`);
  const { description: _description, ...fields } = def;
  return { ...fields, weight: 0, gate: false, ...overrides };
}

/**
 * The default pilot scorecard: csat, nps, ces, fcr, aht at weight 20 each.
 * No KPI is a gate by default: the library does not mark any, and which KPIs must pass for GO is a
 * contract decision the CX leader makes per pilot (SPEC §1). Each call returns new objects.
 */
export function defaultScorecard(): Kpi[] {
  return SCORECARD_DEFAULT_IDS.map((id) => kpiFromLibrary(id, { weight: DEFAULT_SCORECARD_WEIGHT }));
}

/** The default scorecard's KPIs by their short names ("CSAT", not "Customer satisfaction (CSAT)"). */
export function defaultScorecardNames(): string[] {
  return SCORECARD_DEFAULT_IDS.map((id) => findKpiDef(id)?.name.replace(/.*\((\w+)\)$/, '$1') ?? id);
}
