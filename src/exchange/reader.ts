// Path-aware readers for untrusted JSON (SPEC §5: "Import never trusts the file"; "Every error names the
// place"). Each reader looks at one known field, records a message a consultant can act on when it is
// wrong, and returns a clean value. Readers only ever look at own fields they ask for by name, so
// unknown fields (however deep, or named `__proto__`/`constructor`) are never visited nor copied.
import { isBlank } from '../domain/bounds';
import { isCalendarDate } from '../domain/dates';
import type { ImportError } from './envelope';

export type JsonObject = Record<string, unknown>;

/** Schema `$defs/id`. */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** Schema `$defs/date`; the calendar check comes after. */
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Schema `format: date-time`, i.e. RFC 3339 (T or t, optional fraction, Z or ±hh:mm). */
const DATE_TIME_PATTERN =
  /^(\d{4}-\d{2}-\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;

/** A field's value only when the object itself holds it: never one inherited from Object.prototype. */
export function ownField(object: JsonObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Schema `format: date-time`, on a real calendar day (SPEC §5 "dates are real calendar dates"). */
export function isDateTime(text: string): boolean {
  const m = DATE_TIME_PATTERN.exec(text);
  if (!m || !isCalendarDate(m[1])) return false;
  const [hour, minute, second] = [Number(m[2]), Number(m[3]), Number(m[4])];
  // Second 60 is a leap second, which RFC 3339 allows.
  if (hour > 23 || minute > 59 || second > 60) return false;
  return m[5] === undefined || (Number(m[5]) <= 23 && Number(m[6]) <= 59);
}

/** A short description of what was found, safe on any input (never serialises a nested value). */
export function describe(value: unknown): string {
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(shown);
  }
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** Length in characters as JSON Schema counts them (code points, so an emoji is one). */
function charLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

interface StringRule {
  required?: boolean;
  minLength?: number;
  /** Refuse text of only whitespace (a name, SPEC §2), which the schema's minLength lets through. */
  notBlank?: boolean;
  maxLength: number;
}

interface NumberRule {
  required?: boolean;
  integer?: boolean;
  min?: number;
  max?: number;
}

/** `assessment.scale` + `min` → `assessment.scale.min`; a top-level field has no prefix. */
export function fieldPath(at: string, key: string): string {
  return at === '' ? key : `${at}.${key}`;
}

/**
 * Collects errors while reading. Field readers take the object, the key and the object's own path
 * (`at`); the field's path is only built when there is something to report, since a large file has
 * millions of fields and almost all of them are fine. Each returns the clean value, or undefined when
 * the field is absent or wrong (the error is recorded); callers compare `count` before and after an
 * item to know whether the item as a whole is usable.
 */
export class Reader {
  readonly errors: ImportError[] = [];
  /** Date-times already found valid: a large file's scores share a few thousand stamps among 50,000 (SPEC §10). */
  readonly #validDateTimes = new Set<string>();

  get count(): number {
    return this.errors.length;
  }

  fail(path: string, message: string): void {
    this.errors.push({ path, message });
  }

  /** Records the error on field `key` of `at` and yields "no value", for `return this.bad(...)`. */
  private bad(at: string, key: string, message: string): undefined {
    this.fail(fieldPath(at, key), message);
    return undefined;
  }

  object(value: unknown, path: string): JsonObject | undefined {
    if (isJsonObject(value)) return value;
    this.fail(path, value === undefined ? 'is required' : 'must be an object');
    return undefined;
  }

  /** Reads a field; an absent required field is reported here. */
  private present(o: JsonObject, key: string, at: string, required: boolean): unknown {
    const value = ownField(o, key);
    if (value === undefined && required) this.bad(at, key, 'is required');
    return value;
  }

  array(o: JsonObject, key: string, at: string, maxItems = Infinity): unknown[] | undefined {
    const value = this.present(o, key, at, true);
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) return this.bad(at, key, 'must be a list');
    // Too many items is reported, and the items are still read so that their own errors show too.
    if (value.length > maxItems) this.bad(at, key, `has ${value.length} items; at most ${maxItems} are allowed`);
    return value;
  }

  string(o: JsonObject, key: string, at: string, rule: StringRule): string | undefined {
    const value = this.present(o, key, at, rule.required ?? false);
    if (value === undefined) return undefined;
    if (typeof value !== 'string') return this.bad(at, key, 'must be text');
    if (rule.minLength !== undefined && value.length < rule.minLength) return this.bad(at, key, 'must not be empty');
    if (rule.notBlank && isBlank(value)) return this.bad(at, key, 'must not be blank');
    // value.length ≥ code points, so the exact count is only needed near the limit.
    if (value.length > rule.maxLength && charLength(value) > rule.maxLength) {
      return this.bad(at, key, `is too long (${charLength(value)} characters; at most ${rule.maxLength})`);
    }
    return value;
  }

  id(o: JsonObject, key: string, at: string): string | undefined {
    const value = this.present(o, key, at, true);
    if (value === undefined) return undefined;
    if (typeof value !== 'string') return this.bad(at, key, 'must be text');
    if (!ID_PATTERN.test(value)) {
      const rule = 'use 1–64 letters, digits, ".", "_" or "-", starting with a letter or digit';
      return this.bad(at, key, `${describe(value)} is not a valid id: ${rule}`);
    }
    return value;
  }

  number(o: JsonObject, key: string, at: string, rule: NumberRule = {}): number | undefined {
    const value = this.present(o, key, at, rule.required ?? false);
    return value === undefined ? undefined : this.checkNumber(value, at, key, rule, 'must be a number');
  }

  /** Schema `["number", "null"]`: null is a value of its own, kept apart from "absent". */
  nullableNumber(o: JsonObject, key: string, at: string, rule: NumberRule = {}): number | null | undefined {
    const value = this.present(o, key, at, rule.required ?? false);
    if (value === undefined || value === null) return value;
    return this.checkNumber(value, at, key, rule, 'must be a number or null');
  }

  private checkNumber(value: unknown, at: string, key: string, rule: NumberRule, notANumber: string): number | undefined {
    // A number written as text ("7", "NaN") is refused, not coerced: the file says what it means.
    if (typeof value !== 'number') return this.bad(at, key, notANumber);
    // SPEC §5 "all numbers finite": JSON's 1e400 parses to Infinity, and JS callers can pass NaN.
    if (!Number.isFinite(value)) return this.bad(at, key, `must be a finite number (got ${value})`);
    if (rule.integer && !Number.isInteger(value)) return this.bad(at, key, `must be a whole number (got ${value})`);
    if (rule.min !== undefined && value < rule.min) return this.bad(at, key, `must be ≥ ${rule.min} (got ${value})`);
    if (rule.max !== undefined && value > rule.max) return this.bad(at, key, `must be ≤ ${rule.max} (got ${value})`);
    return value;
  }

  boolean(o: JsonObject, key: string, at: string): boolean | undefined {
    const value = ownField(o, key);
    if (value === undefined || typeof value === 'boolean') return value;
    return this.bad(at, key, 'must be true or false');
  }

  oneOf<T extends string>(o: JsonObject, key: string, at: string, values: readonly T[], required: boolean): T | undefined {
    const value = this.present(o, key, at, required);
    if (value === undefined) return undefined;
    if (typeof value === 'string' && (values as readonly string[]).includes(value)) return value as T;
    return this.bad(at, key, `must be one of ${values.join(', ')} (got ${describe(value)})`);
  }

  date(o: JsonObject, key: string, at: string): string | undefined {
    const value = this.present(o, key, at, true);
    if (value === undefined) return undefined;
    if (typeof value !== 'string') return this.bad(at, key, 'must be a date like 2027-01-31');
    if (!DATE_PATTERN.test(value)) return this.bad(at, key, `${describe(value)} is not a date in the form YYYY-MM-DD`);
    if (!isCalendarDate(value)) return this.bad(at, key, `${describe(value)} is not a real calendar date`);
    return value;
  }

  /** Whether `text` is a valid date-time, remembering the valid ones (scores share a few thousand). */
  isValidDateTime(text: string): boolean {
    if (this.#validDateTimes.has(text)) return true;
    if (!isDateTime(text)) return false;
    this.#validDateTimes.add(text);
    return true;
  }

  dateTime(o: JsonObject, key: string, at: string, required = false): string | undefined {
    const value = this.present(o, key, at, required);
    if (value === undefined) return undefined;
    if (typeof value === 'string' && this.isValidDateTime(value)) return value;
    const example = 'a date and time like 2026-11-22T09:00:00Z';
    return this.bad(at, key, typeof value === 'string' ? `${describe(value)} is not ${example}` : `must be ${example}`);
  }
}
