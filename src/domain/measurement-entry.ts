// Parsing and validation of typed measurements (quick entry, weekly form, in-place edit). A row is
// stored only when it would pass the importer (SPEC §5: real calendar dates, finite numbers; SPEC §6:
// n a positive integer), so nothing half-typed ever reaches the decision.
import { boundText, MEASUREMENT_LIMIT } from './bounds';
import { addDays, DAY_MS, isCalendarDate } from './dates';
import { dayNumber } from './pilot-series-passes';
import type { Measurement } from './types';

type Parsed<T> = { value: T } | { error: string };

/**
 * A measurement value written with a point or a comma ("84.5", "84,5"); thousands separators are refused,
 * and so are values beyond ±10^12, which overflow the pilot's sums (domain/bounds.ts).
 */
export function parseDecimal(text: string): Parsed<number> {
  const t = text.trim().replace(/\s/g, '');
  if (t === '') return { error: 'Enter a value.' };
  if (t.includes(',') && t.includes('.')) return { error: `Use one decimal separator: "${text.trim()}" has both a point and a comma.` };
  if ((t.match(/,/g) ?? []).length > 1) return { error: `"${text.trim()}" is not a number.` };
  // Number("") and Number("0x1F") would pass: accept only plain decimal notation.
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/.test(t)) return { error: `"${text.trim()}" is not a number.` };
  const value = Number(t.replace(',', '.'));
  if (!Number.isFinite(value) || Math.abs(value) > MEASUREMENT_LIMIT) {
    return { error: `"${text.trim()}" is too large: use a value between −${boundText(MEASUREMENT_LIMIT)} and ${boundText(MEASUREMENT_LIMIT)}.` };
  }
  return { value };
}

/** The optional sample size: empty means none; otherwise a positive whole number. */
export function parseSampleSize(text: string): Parsed<number | undefined> {
  const t = text.trim();
  if (t === '') return { value: undefined };
  const value = /^\+?\d+$/.test(t) ? Number(t) : NaN;
  if (!Number.isSafeInteger(value) || value < 1) return { error: 'n must be a positive whole number (the number of sampled events), or empty.' };
  return { value };
}

function parseDate(text: string): Parsed<string> {
  const t = text.trim();
  if (t === '') return { error: 'Enter a date.' };
  if (!isCalendarDate(t)) return { error: `"${t}" is not a calendar date (YYYY-MM-DD).` };
  return { value: t };
}

export interface EntryDraft {
  date: string;
  kpiId: string;
  value: string;
  n: string;
  note: string;
}

export type EntryField = 'date' | 'kpiId' | 'value' | 'n';
export type EntryErrors = Partial<Record<EntryField, string>>;

/** One typed row → a measurement, or a message per field that is wrong. */
export function validateEntry(draft: EntryDraft, kpiIds: readonly string[]): { measurement: Measurement } | { errors: EntryErrors } {
  const errors: EntryErrors = {};
  const date = parseDate(draft.date);
  const value = parseDecimal(draft.value);
  const n = parseSampleSize(draft.n);
  if ('error' in date) errors.date = date.error;
  if (!kpiIds.includes(draft.kpiId)) errors.kpiId = 'Choose a KPI.';
  if ('error' in value) errors.value = value.error;
  if ('error' in n) errors.n = n.error;
  if ('error' in date || 'error' in value || 'error' in n || errors.kpiId) return { errors };
  const measurement: Measurement = { kpiId: draft.kpiId, date: date.value, value: value.value };
  if (n.value !== undefined) measurement.n = n.value;
  const note = draft.note.trim();
  if (note) measurement.note = note;
  return { measurement };
}

interface WeekLine {
  kpiId: string;
  value: string;
  n: string;
}

type WeekResult =
  | { ok: true; rows: Measurement[] }
  | { ok: false; dateError?: string; errors: Map<string, EntryErrors>; message?: string };

/**
 * The weekly form: one line per KPI, all dated `date`. Empty lines are skipped; any wrong line stops
 * the whole save (one week is saved at once or not at all).
 */
export function validateWeek(date: string, lines: readonly WeekLine[]): WeekResult {
  const parsedDate = parseDate(date);
  const errors = new Map<string, EntryErrors>();
  const rows: Measurement[] = [];
  for (const line of lines) {
    if (line.value.trim() === '' && line.n.trim() === '') continue;
    const value = parseDecimal(line.value);
    const n = parseSampleSize(line.n);
    if ('error' in value || 'error' in n) {
      const lineErrors: EntryErrors = {};
      if ('error' in value) lineErrors.value = line.value.trim() === '' ? 'Enter a value, or clear n to skip this KPI.' : value.error;
      if ('error' in n) lineErrors.n = n.error;
      errors.set(line.kpiId, lineErrors);
    } else if ('value' in parsedDate) {
      const row: Measurement = { kpiId: line.kpiId, date: parsedDate.value, value: value.value };
      if (n.value !== undefined) row.n = n.value;
      rows.push(row);
    }
  }
  const dateError = 'error' in parsedDate ? parsedDate.error : undefined;
  if (dateError || errors.size > 0) return { ok: false, dateError, errors };
  if (rows.length === 0) return { ok: false, errors, message: 'Enter at least one value: empty KPIs are skipped.' };
  return { ok: true, rows };
}

/** The Monday on or before a date: weekly figures are dated by the week's Monday. */
export function mondayOf(date: string): string {
  const weekday = new Date(dayNumber(date) * DAY_MS).getUTCDay(); // 0 = Sunday
  return addDays(date, -((weekday + 6) % 7));
}
