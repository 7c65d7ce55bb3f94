// Structural rules of assessment-v2.schema.json, one reader per `$defs` entry, plus the semantic rules
// of SPEC §5 that concern one item (semantics.ts); scores are in score-list.ts, contracts (SPEC §11) in
// contract-structure.ts, the readers both share in read-fields.ts. Each reader builds a fresh object
// field by field (nothing from the file is copied wholesale) and fills the schema's defaults. It
// returns undefined when anything in its item is wrong; the errors are in the Reader. Past the
// `r.count !== before` check every required field was read (an absent or bad one records an error),
// which is what the `!` assertions rely on. A few rules are stricter than the schema, and shared with
// the app's forms (domain/bounds.ts): names are not blank, and prices and measurements stay where
// arithmetic is finite.
import { MAX_PRICE } from '../domain/bounds';
import {
  KPI_AGGREGATES,
  PRICE_UNITS,
  VENDOR_STATUSES,
  type Category,
  type ComputedDecision,
  type Criterion,
  type Decision,
  type Evaluator,
  type Kpi,
  type Measurement,
  type Pilot,
  type Price,
  type Scale,
  type Vendor,
} from '../domain/types';
import { rowsFromMeasurements } from '../domain/pilot-rows-build';
import { IdIndex, type AssessmentIds } from './id-index';
import { compact, DIRECTIONS, NAME, readCurrency, readId, readList, readRef, readRow, TEXT } from './read-fields';
import { ownField, type Reader } from './reader';
import * as rules from './semantics';

const WEIGHT = { required: true, min: 0, max: 1_000_000 };
const REQUIRED = { required: true };
const OUTCOMES = ['go', 'no-go', 'extend'] as const;

/** What the readers share: the errors, the ids seen so far, the scale (undefined when unusable). */
export interface ReadContext {
  r: Reader;
  ids: AssessmentIds;
  scale: Scale | undefined;
}

export function readCategory(ctx: ReadContext, raw: unknown, path: string): Category | undefined {
  const { r } = ctx;
  const o = r.object(raw, path);
  if (!o) return undefined;
  const before = r.count;
  const id = readId(r, o, path, ctx.ids.categories);
  const name = r.string(o, 'name', path, NAME);
  const weight = r.number(o, 'weight', path, WEIGHT);
  const criteria = readList(r, o, 'criteria', path, 1000, (v, p) => readCriterion(ctx, v, p), [ctx.ids.criteria]);
  if (r.count !== before) return undefined;
  return { id: id!, name: name!, weight: weight!, criteria: criteria as Criterion[] };
}

function readCriterion(ctx: ReadContext, raw: unknown, path: string): Criterion | undefined {
  const { r } = ctx;
  const o = r.object(raw, path);
  if (!o) return undefined;
  const before = r.count;
  const id = readId(r, o, path, ctx.ids.criteria);
  const name = r.string(o, 'name', path, NAME);
  const guidance = r.string(o, 'guidance', path, TEXT);
  const weight = r.number(o, 'weight', path, WEIGHT);
  const mustHave = r.boolean(o, 'mustHave', path) ?? false;
  const minScore = r.nullableNumber(o, 'minScore', path) ?? null;
  if (r.count !== before) return undefined;
  const criterion = compact({ id: id!, name: name!, guidance, weight: weight!, mustHave, minScore });
  rules.checkMustHave(r, criterion, ctx.scale, path);
  return r.count === before ? criterion : undefined;
}

export function readVendor(ctx: ReadContext, raw: unknown, path: string): Vendor | undefined {
  const { r } = ctx;
  const o = r.object(raw, path);
  if (!o) return undefined;
  const before = r.count;
  const id = readId(r, o, path, ctx.ids.vendors);
  const name = r.string(o, 'name', path, NAME);
  const status = r.oneOf(o, 'status', path, VENDOR_STATUSES, false) ?? 'candidate';
  const website = r.string(o, 'website', path, { maxLength: 500 });
  const headquarters = r.string(o, 'headquarters', path, { maxLength: 200 });
  const notes = r.string(o, 'notes', path, TEXT);
  const rawPrice = ownField(o, 'price');
  const price = rawPrice === undefined ? undefined : readPrice(r, rawPrice, `${path}.price`);
  if (r.count !== before) return undefined;
  return compact({ id: id!, name: name!, status, website, headquarters, notes, price });
}

function readPrice(r: Reader, raw: unknown, path: string): Price | undefined {
  const o = r.object(raw, path);
  if (!o) return undefined;
  const before = r.count;
  const amount = r.number(o, 'amount', path, { required: true, min: 0, max: MAX_PRICE });
  const currency = readCurrency(r, o, path);
  const per = r.oneOf(o, 'per', path, PRICE_UNITS, true);
  if (r.count !== before) return undefined;
  return { amount: amount!, currency: currency!, per: per! };
}

export function readEvaluator(ctx: ReadContext, raw: unknown, path: string): Evaluator | undefined {
  const { r } = ctx;
  const o = r.object(raw, path);
  if (!o) return undefined;
  const before = r.count;
  const id = readId(r, o, path, ctx.ids.evaluators);
  const name = r.string(o, 'name', path, NAME);
  const role = r.string(o, 'role', path, { maxLength: 200 });
  if (r.count !== before) return undefined;
  return compact({ id: id!, name: name!, role });
}

/** Needs vendors read first (its vendorId must resolve). */
export function readPilot(ctx: ReadContext, raw: unknown, path: string): Pilot | undefined {
  const { r } = ctx;
  const o = r.object(raw, path);
  if (!o) return undefined;
  const before = r.count;
  const id = readId(r, o, path, ctx.ids.pilots);
  const name = r.string(o, 'name', path, NAME);
  const vendorId = readRef(r, o, 'vendorId', path, ctx.ids.vendors);
  const start = r.date(o, 'start', path);
  const end = r.date(o, 'end', path);
  if (start !== undefined && end !== undefined) rules.checkPilotDates(r, start, end, path);
  const goScore = r.number(o, 'goScore', path, { min: 0, max: 120 }) ?? 90;
  const noGoScore = r.number(o, 'noGoScore', path, { min: 0, max: 120 }) ?? 75;
  // KPI ids are unique within a pilot only (SPEC §5), so each pilot has its own index.
  const kpiIds = new IdIndex('KPI');
  const kpis = readList(r, o, 'kpis', path, 200, (v, p) => readKpi(r, v, p, kpiIds), [kpiIds]);
  const measurements = readList(r, o, 'measurements', path, Infinity, (v, p) => readMeasurement(r, v, p, kpiIds));
  const decisions =
    ownField(o, 'decisions') === undefined ? [] : readList(r, o, 'decisions', path, Infinity, (v, p) => readDecision(r, v, p));
  if (r.count !== before) return undefined;
  return {
    id: id!, name: name!, vendorId: vendorId!, start: start!, end: end!, goScore, noGoScore,
    // Kept as columns from here on (domain/pilot-rows.ts): the file lists rows, the app never does.
    kpis: kpis as Kpi[], measurements: rowsFromMeasurements(measurements as Measurement[], (kpis as Kpi[]).map((k) => k.id)), decisions: decisions as Decision[],
  };
}

function readKpi(r: Reader, raw: unknown, path: string, kpiIds: IdIndex): Kpi | undefined {
  const o = r.object(raw, path);
  if (!o) return undefined;
  const before = r.count;
  const id = readId(r, o, path, kpiIds);
  const name = r.string(o, 'name', path, NAME);
  const unit = r.string(o, 'unit', path, { required: true, maxLength: 20 });
  const direction = r.oneOf(o, 'direction', path, DIRECTIONS, true);
  const threshold = r.number(o, 'threshold', path, REQUIRED);
  const target = r.number(o, 'target', path, REQUIRED);
  const weight = r.number(o, 'weight', path, WEIGHT);
  const gate = r.boolean(o, 'gate', path) ?? false;
  const aggregate = r.oneOf(o, 'aggregate', path, KPI_AGGREGATES, false) ?? 'mean';
  const proportion = r.boolean(o, 'proportion', path) ?? false;
  if (r.count !== before) return undefined;
  const kpi: Kpi = {
    id: id!, name: name!, unit: unit!, direction: direction!, threshold: threshold!, target: target!,
    weight: weight!, gate, aggregate, proportion,
  };
  rules.checkKpiTarget(r, kpi, path);
  return r.count === before ? kpi : undefined;
}

/** Needs its pilot's KPIs read first (its kpiId must resolve within the pilot). */
function readMeasurement(r: Reader, raw: unknown, path: string, kpiIds: IdIndex): Measurement | undefined {
  return readRow(r, raw, path, 'kpiId', kpiIds, 'this pilot') as Measurement | undefined;
}

function readDecision(r: Reader, raw: unknown, path: string): Decision | undefined {
  const o = r.object(raw, path);
  if (!o) return undefined;
  const before = r.count;
  const at = r.dateTime(o, 'at', path, true);
  const outcome = r.oneOf(o, 'outcome', path, OUTCOMES, true);
  const by = r.string(o, 'by', path, { maxLength: 200 });
  const rationale = r.string(o, 'rationale', path, { ...TEXT, required: true });
  // Extension fields of the decision log (optional; older files lack them): what the data said at that moment,
  // and the `at` of the entry a correction replaces (entries are never edited).
  const rawComputed = ownField(o, 'computed');
  const computed = rawComputed === undefined ? undefined : readComputed(r, rawComputed, `${path}.computed`);
  const corrects = r.dateTime(o, 'corrects', path);
  if (r.count !== before) return undefined;
  return compact({ at: at!, outcome: outcome!, by, rationale: rationale!, computed, corrects });
}

/** A decision's stored evaluation: { decision, scorecard (number or null), coverage 0..1, reasons }. */
function readComputed(r: Reader, raw: unknown, path: string): ComputedDecision | undefined {
  const o = r.object(raw, path);
  if (!o) return undefined;
  const before = r.count;
  const decision = r.oneOf(o, 'decision', path, OUTCOMES, true);
  // No upper bound: the scorecard tops out at 120 (SPEC §4) only up to floating-point rounding.
  const scorecard = r.nullableNumber(o, 'scorecard', path, { required: true, min: 0 });
  const coverage = r.number(o, 'coverage', path, { required: true, min: 0, max: 1 });
  const reasons = r.array(o, 'reasons', path, 1000);
  reasons?.forEach((reason, i) => {
    if (typeof reason !== 'string') r.fail(`${path}.reasons[${i}]`, 'must be text');
    else if (reason.length > TEXT.maxLength) r.fail(`${path}.reasons[${i}]`, `is too long (at most ${TEXT.maxLength} characters)`);
  });
  if (r.count !== before) return undefined;
  return { decision: decision!, scorecard: scorecard as number | null, coverage: coverage!, reasons: [...(reasons as string[])] };
}
