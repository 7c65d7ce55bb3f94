// Writing the v2 file (SPEC §5, §11). The output is canonical so that export → import → export gives the
// same text apart from exportedAt, and so that two exports of the same data diff cleanly: keys in the
// schema's property order, optional fields left out when absent (JSON.stringify drops undefined),
// scores and measurements in a fixed order (a contract's measurements in stored order). Every field is picked by name, so whatever else an
// in-memory object carries (UI state, storage keys) never leaks into a file.
import type {
  Assessment,
  Category,
  Criterion,
  Decision,
  Evaluator,
  Kpi,
  Measurement,
  Pilot,
  Score,
  Vendor,
} from '../domain/types';
import { measurementsOf } from '../domain/pilot-rows';
import { contractOut } from './contract-export';
import { CURRENT_VERSION, FORMAT } from './envelope';

/** Position of each id in a list, for sorting; ids not in the list sort last (Infinity). */
function positions(ids: readonly string[]): (id: string) => number {
  const index = new Map<string, number>();
  ids.forEach((id, i) => {
    if (!index.has(id)) index.set(id, i);
  });
  return (id) => index.get(id) ?? Infinity;
}

function by<T>(...keys: ((item: T) => number)[]): (a: T, b: T) => number {
  return (a, b) => {
    for (const key of keys) {
      const ka = key(a);
      const kb = key(b);
      if (ka !== kb) return ka < kb ? -1 : 1;
    }
    return 0;
  };
}

/** Scores by vendor order, then criterion order in the checklist, then evaluator order (stable). */
export function canonicalScores(a: Pick<Assessment, 'vendors' | 'categories' | 'evaluators' | 'scores'>): Score[] {
  const vendor = positions(a.vendors.map((v) => v.id));
  const criterion = positions(a.categories.flatMap((k) => k.criteria.map((c) => c.id)));
  const evaluator = positions(a.evaluators.map((e) => e.id));
  return [...a.scores].sort(
    by<Score>((s) => vendor(s.vendorId), (s) => criterion(s.criterionId), (s) => evaluator(s.evaluatorId)),
  );
}

/**
 * Measurements grouped by KPI order. Within a KPI the relative order is kept, because it decides the
 * `last` aggregate on equal dates (SPEC §4: "on equal dates, the later row").
 */
export function canonicalMeasurements(pilot: Pick<Pilot, 'kpis' | 'measurements'>): Measurement[] {
  const kpi = positions(pilot.kpis.map((k) => k.id));
  return measurementsOf(pilot.measurements).sort(by<Measurement>((m) => kpi(m.kpiId)));
}

const criterionOut = (c: Criterion) => ({
  id: c.id, name: c.name, guidance: c.guidance, weight: c.weight, mustHave: c.mustHave, minScore: c.minScore,
});

const categoryOut = (k: Category) => ({ id: k.id, name: k.name, weight: k.weight, criteria: k.criteria.map(criterionOut) });

const vendorOut = (v: Vendor) => ({
  id: v.id,
  name: v.name,
  status: v.status,
  website: v.website,
  headquarters: v.headquarters,
  notes: v.notes,
  price: v.price && { amount: v.price.amount, currency: v.price.currency, per: v.price.per },
});

const evaluatorOut = (e: Evaluator) => ({ id: e.id, name: e.name, role: e.role });

const scoreOut = (s: Score) => ({
  vendorId: s.vendorId, criterionId: s.criterionId, evaluatorId: s.evaluatorId,
  value: s.value, note: s.note, updatedAt: s.updatedAt,
});

const kpiOut = (k: Kpi) => ({
  id: k.id, name: k.name, unit: k.unit, direction: k.direction, threshold: k.threshold, target: k.target,
  weight: k.weight, gate: k.gate, aggregate: k.aggregate, proportion: k.proportion,
});

const measurementOut = (m: Measurement) => ({ kpiId: m.kpiId, date: m.date, value: m.value, n: m.n, note: m.note });

// A decision's `computed` and `corrects` come last and are left out when absent, as for any optional field.
const decisionOut = (d: Decision) => ({
  at: d.at,
  outcome: d.outcome,
  by: d.by,
  rationale: d.rationale,
  computed: d.computed && {
    decision: d.computed.decision, scorecard: d.computed.scorecard, coverage: d.computed.coverage, reasons: [...d.computed.reasons],
  },
  corrects: d.corrects,
});

const pilotOut = (p: Pilot) => ({
  id: p.id,
  name: p.name,
  vendorId: p.vendorId,
  start: p.start,
  end: p.end,
  goScore: p.goScore,
  noGoScore: p.noGoScore,
  kpis: p.kpis.map(kpiOut),
  measurements: canonicalMeasurements(p).map(measurementOut),
  decisions: p.decisions.map(decisionOut),
});

/** The current envelope as a plain object, keys in the schema's order. */
export function toEnvelope(a: Assessment, exportedAt: string) {
  return {
    format: FORMAT,
    version: CURRENT_VERSION,
    exportedAt,
    assessment: {
      id: a.id,
      name: a.name,
      description: a.description,
      sector: a.sector,
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
      scale: { min: a.scale.min, max: a.scale.max },
      categories: a.categories.map(categoryOut),
      vendors: a.vendors.map(vendorOut),
      evaluators: a.evaluators.map(evaluatorOut),
      scores: canonicalScores(a).map(scoreOut),
      pilots: a.pilots.map(pilotOut),
      contracts: a.contracts.map(contractOut),
    },
  };
}

/** The file's text: the canonical envelope, 2-space indented. */
export function exportAssessment(a: Assessment, exportedAt: string): string {
  return JSON.stringify(toEnvelope(a, exportedAt), null, 2);
}

/** Lower-case ASCII words joined by "-", at most 60 characters, cut between words. */
function fileSlug(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > 60) break;
    slug = next;
  }
  return slug || words[0]?.slice(0, 60) || 'assessment';
}

/** "tier-1-support-outsourcing-2026-11-22.json": the name's slug and the day of export. */
export function exportFileName(a: Pick<Assessment, 'name'>, exportedAt: string = new Date().toISOString()): string {
  return `${fileSlug(a.name)}-${exportedAt.slice(0, 10)}.json`;
}
