// Reading `assessment.contracts` (SPEC §11, format version 2): the schema's `contract`, `serviceLevel`,
// `slMeasurement` and `review` with their defaults filled, and every semantic rule of §11 at its place
// in the file. The rules themselves are domain/contract/rules.ts, shared with the app's contract form.
// As in structure.ts, each reader builds a fresh object field by field and returns undefined when its
// item has any error; the semantic rules of an item run once its structure is sound, so one mistake
// gives one message. Beside the schema's fields, a review may carry `attendees`, and an action the
// `serviceLevelId` (resolving within its contract) and `month` (YYYY-MM) it is about.
import {
  type Contract,
  CONTRACT_DEFAULTS,
  ACTION_STATUSES,
  REVIEW_KINDS,
  type Review,
  type ReviewAction,
  type ServiceLevel,
} from '../domain/contract/contract-types';
import { contractProblems, isMonth, MAX_MONTHLY_CHARGES, serviceLevelProblems } from '../domain/contract/rules';
import { KPI_AGGREGATES } from '../domain/types';
import { IdIndex } from './id-index';
import { compact, DIRECTIONS, NAME, readCurrency, readId, readList, readRef, readRow, TEXT } from './read-fields';
import { describe, fieldPath, type JsonObject, ownField, type Reader } from './reader';
import type { ReadContext } from './structure';

const OPTIONAL_NAME = { ...NAME, required: false };

/** The ids that are unique within one contract, and the service levels its rows and actions refer to. */
interface ContractIds {
  levels: IdIndex;
  reviews: IdIndex;
  actions: IdIndex;
}

/** A number > 0 (the schema's exclusiveMinimum) and ≤ max. */
function positive(r: Reader, o: JsonObject, key: string, path: string, rule: { required?: boolean; max: number }): number | undefined {
  const value = r.number(o, key, path, { required: rule.required, max: rule.max });
  if (value === undefined || value > 0) return value;
  r.fail(fieldPath(path, key), `must be greater than 0 (got ${value})`);
  return undefined;
}

/** An optional reference: absent is fine, present must be an id that resolves. */
function optionalRef(r: Reader, o: JsonObject, key: string, path: string, index: IdIndex, scope?: string): string | undefined {
  return ownField(o, key) === undefined ? undefined : readRef(r, o, key, path, index, scope);
}

/** Needs vendors and pilots read first (vendorId and pilotId must resolve). */
export function readContract(ctx: ReadContext, raw: unknown, path: string): Contract | undefined {
  const { r, ids } = ctx;
  const o = r.object(raw, path);
  if (!o) return undefined;
  const before = r.count;
  const id = readId(r, o, path, ids.contracts);
  const name = r.string(o, 'name', path, NAME);
  const vendorId = readRef(r, o, 'vendorId', path, ids.vendors);
  const pilotId = optionalRef(r, o, 'pilotId', path, ids.pilots);
  const start = r.date(o, 'start', path);
  const months = r.number(o, 'months', path, { integer: true, min: 1, max: 240 });
  const currency = readCurrency(r, o, path);
  const monthlyCharges = positive(r, o, 'monthlyCharges', path, { required: true, max: MAX_MONTHLY_CHARGES });
  const atRiskPercent = positive(r, o, 'atRiskPercent', path, { max: 100 }) ?? CONTRACT_DEFAULTS.atRiskPercent;
  const poolPercent = r.number(o, 'poolPercent', path, { min: 0, max: 10_000 }) ?? CONTRACT_DEFAULTS.poolPercent;
  const earnBackMonths = r.number(o, 'earnBackMonths', path, { integer: true, min: 0, max: 12 }) ?? CONTRACT_DEFAULTS.earnBackMonths;
  const bonusPercent = r.number(o, 'bonusPercent', path, { min: 0, max: 100 }) ?? CONTRACT_DEFAULTS.bonusPercent;
  const missingDataIsMiss = r.boolean(o, 'missingDataIsMiss', path) ?? CONTRACT_DEFAULTS.missingDataIsMiss;
  // Service levels come first: the measurements and review actions refer to them.
  const own: ContractIds = { levels: new IdIndex('service level'), reviews: new IdIndex('review'), actions: new IdIndex('action') };
  const serviceLevels = readList(r, o, 'serviceLevels', path, 200, (v, p) => readServiceLevel(r, v, p, own.levels), [own.levels]);
  const measurements = readList(r, o, 'measurements', path, Infinity, (v, p) => readRow(r, v, p, 'serviceLevelId', own.levels, 'this contract'));
  const reviews =
    ownField(o, 'reviews') === undefined ? [] : readList(r, o, 'reviews', path, Infinity, (v, p) => readReview(r, v, p, own), [own.reviews, own.actions]);
  if (r.count !== before) return undefined;
  const contract = compact({
    id: id!, name: name!, vendorId: vendorId!, pilotId, start: start!, months, currency: currency!, monthlyCharges: monthlyCharges!,
    atRiskPercent, poolPercent, earnBackMonths, bonusPercent, missingDataIsMiss,
    serviceLevels: serviceLevels as ServiceLevel[], measurements: measurements as Contract['measurements'], reviews: reviews as Review[],
  });
  for (const [field, message] of Object.entries(contractProblems(contract))) r.fail(`${path}.${field}`, message);
  return r.count === before ? contract : undefined;
}

function readServiceLevel(r: Reader, raw: unknown, path: string, levels: IdIndex): ServiceLevel | undefined {
  const o = r.object(raw, path);
  if (!o) return undefined;
  const before = r.count;
  const id = readId(r, o, path, levels);
  const name = r.string(o, 'name', path, NAME);
  const unit = r.string(o, 'unit', path, { required: true, maxLength: 20 });
  const direction = r.oneOf(o, 'direction', path, DIRECTIONS, true);
  const proportion = r.boolean(o, 'proportion', path) ?? false;
  const aggregate = r.oneOf(o, 'aggregate', path, KPI_AGGREGATES, false) ?? 'mean';
  const minimum = r.number(o, 'minimum', path, { required: true });
  const expected = r.number(o, 'expected', path, { required: true });
  const allocationPercent = r.number(o, 'allocationPercent', path, { required: true, min: 0, max: 100 });
  // The pilot KPI it came from: kept for the record, not resolved (a contract may outlive its pilot).
  const kpiId = ownField(o, 'kpiId') === undefined ? undefined : r.id(o, 'kpiId', path);
  if (r.count !== before) return undefined;
  const level = compact({
    id: id!, name: name!, unit: unit!, direction: direction!, proportion, aggregate,
    minimum: minimum!, expected: expected!, allocationPercent: allocationPercent!, kpiId,
  });
  for (const [field, message] of Object.entries(serviceLevelProblems(level))) r.fail(`${path}.${field}`, message);
  return r.count === before ? level : undefined;
}

function readReview(r: Reader, raw: unknown, path: string, own: ContractIds): Review | undefined {
  const o = r.object(raw, path);
  if (!o) return undefined;
  const before = r.count;
  const id = readId(r, o, path, own.reviews);
  const date = r.date(o, 'date', path);
  const kind = r.oneOf(o, 'kind', path, REVIEW_KINDS, true);
  const title = r.string(o, 'title', path, OPTIONAL_NAME);
  const attendees = r.string(o, 'attendees', path, TEXT);
  const notes = r.string(o, 'notes', path, TEXT);
  const actions =
    ownField(o, 'actions') === undefined ? [] : readList(r, o, 'actions', path, Infinity, (v, p) => readAction(r, v, p, own), [own.actions]);
  if (r.count !== before) return undefined;
  return compact({ id: id!, date: date!, kind: kind!, title, attendees, notes, actions: actions as ReviewAction[] });
}

function readAction(r: Reader, raw: unknown, path: string, own: ContractIds): ReviewAction | undefined {
  const o = r.object(raw, path);
  if (!o) return undefined;
  const before = r.count;
  const id = readId(r, o, path, own.actions);
  const text = r.string(o, 'text', path, { ...TEXT, required: true });
  const owner = r.string(o, 'owner', path, OPTIONAL_NAME);
  const due = ownField(o, 'due') === undefined ? undefined : r.date(o, 'due', path);
  const status = r.oneOf(o, 'status', path, ACTION_STATUSES, true);
  const serviceLevelId = optionalRef(r, o, 'serviceLevelId', path, own.levels, 'this contract');
  const month = r.string(o, 'month', path, { maxLength: Infinity });
  if (month !== undefined && !isMonth(month)) r.fail(`${path}.month`, `${describe(month)} is not a month in the form YYYY-MM`);
  if (r.count !== before) return undefined;
  return compact({ id: id!, text: text!, owner, due, status: status!, serviceLevelId, month });
}
