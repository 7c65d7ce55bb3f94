// The field readers that every item reader of the format shares (structure.ts for SPEC §5,
// contract-structure.ts for SPEC §11): the schema's common limits, lists, ids and the references that
// must resolve, currencies, and measurement rows. Each records its errors in the Reader and returns
// undefined for a missing or wrong value.
import { MAX_SAMPLE_SIZE, MEASUREMENT_LIMIT } from '../domain/bounds';
import type { Measurement } from '../domain/types';
import type { IdIndex } from './id-index';
import { describe, isJsonObject, type JsonObject, type Reader } from './reader';
import { checkReference } from './semantics';

/** Schema `$defs`: the limits shared by many fields (a name of only spaces names nothing: SPEC §2). */
export const TEXT = { maxLength: 5000 };
export const NAME = { required: true, minLength: 1, notBlank: true, maxLength: 200 };
export const DIRECTIONS = ['higher', 'lower'] as const;

/**
 * Leaves out the optional fields the file did not have, so export omits them too (round trip, SPEC §5).
 * Copies rather than deletes: deleting keys sends V8 objects into slow dictionary mode.
 */
export function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const key in value) if (value[key] !== undefined) out[key] = value[key];
  return out as T;
}

/**
 * Reads `o[key]` as a list and each element with `item`, keeping positions (undefined = bad item).
 * `holds` are the id indexes of the things the list contains: when the list or one of its elements
 * cannot be read at all, those indexes no longer know every id.
 */
export function readList<T>(
  r: Reader,
  o: JsonObject,
  key: string,
  path: string,
  maxItems: number,
  item: (value: unknown, path: string) => T | undefined,
  holds: IdIndex[] = [],
): (T | undefined)[] | undefined {
  const list = r.array(o, key, path, maxItems);
  if (!list || list.some((value) => !isJsonObject(value))) for (const index of holds) index.markIncomplete();
  return list?.map((value, i) => item(value, `${path}.${key}[${i}]`));
}

/** Reads the `id` field and registers it with its kind's index (uniqueness, SPEC §5). */
export function readId(r: Reader, o: JsonObject, path: string, index: IdIndex): string | undefined {
  const id = r.id(o, 'id', path);
  if (id === undefined) index.markIncomplete();
  else index.register(r, id, path);
  return id;
}

/** Reads a reference field and checks that it resolves (SPEC §5). */
export function readRef(r: Reader, o: JsonObject, key: string, path: string, index: IdIndex, scope?: string): string | undefined {
  const id = r.id(o, key, path);
  if (id !== undefined) checkReference(r, index, id, path, key, scope);
  return id;
}

/** A required ISO 4217 code (schema `^[A-Z]{3}$`). */
export function readCurrency(r: Reader, o: JsonObject, path: string): string | undefined {
  const currency = r.string(o, 'currency', path, { required: true, maxLength: Infinity });
  if (currency === undefined || /^[A-Z]{3}$/.test(currency)) return currency;
  r.fail(`${path}.currency`, `${describe(currency)} is not a currency code: use 3 capital letters, e.g. EUR`);
  return undefined;
}

/**
 * A measurement row: a reference that resolves within `scope` (a pilot's KPI or a contract's service
 * level, SPEC §11 "as pilot measurements"), a date, a value and optional n and note, within the bounds
 * of domain/bounds.ts.
 */
export function readRow<K extends 'kpiId' | 'serviceLevelId'>(
  r: Reader,
  raw: unknown,
  path: string,
  key: K,
  index: IdIndex,
  scope: string,
): (Record<K, string> & Omit<Measurement, 'kpiId'>) | undefined {
  const o = r.object(raw, path);
  if (!o) return undefined;
  const before = r.count;
  const ref = readRef(r, o, key, path, index, scope);
  const date = r.date(o, 'date', path);
  const value = r.number(o, 'value', path, { required: true, min: -MEASUREMENT_LIMIT, max: MEASUREMENT_LIMIT });
  const n = r.number(o, 'n', path, { integer: true, min: 1, max: MAX_SAMPLE_SIZE });
  const note = r.string(o, 'note', path, TEXT);
  if (r.count !== before) return undefined;
  // Measurements can be many (daily rows): built directly, each kind as a literal of one fixed shape.
  const row: { kpiId?: string; serviceLevelId?: string; date: string; value: number; n?: number; note?: string } =
    key === 'kpiId' ? { kpiId: ref!, date: date!, value: value! } : { serviceLevelId: ref!, date: date!, value: value! };
  if (n !== undefined) row.n = n;
  if (note !== undefined) row.note = note;
  return row as Record<K, string> & Omit<Measurement, 'kpiId'>;
}
