// Validation of one measurements CSV row (SPEC §6 "Measurements": date, kpi by id or name, value,
// optional n and note, optional vendor). A row is either a clean Measurement or every reason it was
// rejected, so the person fixing the file can fix each line once. A contract's results (SPEC §11, the
// same columns with a service level for the KPI: contract-result-rows.ts) are checked by the same code.
import { MAX_SAMPLE_SIZE, MEASUREMENT_LIMIT } from '../../domain/bounds';
import type { Kpi, Measurement } from '../../domain/types';
import { MEASUREMENT_SPEC, type ColumnMapping, type MeasurementColumn } from './columns';
import { defineKind, raggedReason } from './kind';
import { parseCsvDate, parseCsvNumber, quote, type Parsed } from './values';

/** What a file is imported into: the pilot's KPIs, its vendor, and its window (SPEC §4 baseline/after). */
export interface ImportTarget {
  kpis: readonly Pick<Kpi, 'id' | 'name' | 'proportion'>[];
  /** The pilot's vendor; a `vendor` column must name it (by id or name) or be blank. */
  vendor: { id: string; name: string } | null;
  window: { start: string; end: string } | null;
}

/** Where a clean row goes: written as it is checked, so no object is made per row (scripts/bench/csv-import.ts). */
export interface MeasurementSink {
  /** `kpi` is the KPI's place in the target's list; `n` is NaN and `note` undefined where the row has none. */
  add(kpi: number, date: string, value: number, n: number, note: string | undefined): void;
}

/** Checks one row: null when it was clean (and written to the sink), else every reason it was rejected. */
type RowChecker = (fields: readonly string[], sink: MeasurementSink) => string | null;

/** Same limit as the v1 file's `$defs/text`, so an imported note always exports and imports again. */
const MAX_NOTE_LENGTH = 5000;

/**
 * The measurements kind of the shared CSV import (see kind.ts), row by row as objects: for the shared
 * reader's tests and small uses. MeasurementCsvReader (measurement-csv-reader.ts) uses the checker itself and keeps
 * rows as columns.
 */
export const MEASUREMENT_KIND = defineKind<Measurement, ImportTarget, MeasurementColumn>({
  spec: MEASUREMENT_SPEC,
  rowsWord: 'measurements',
  createValidator: (target, mapping, columnCount, decimalComma) =>
    objectRows<Measurement>(createRowChecker(target, mapping, columnCount, decimalComma), (kpi, date, value) => ({ kpiId: target.kpis[kpi].id, date, value })),
});

/** A checker's clean rows as objects made by `make`, with n and note where the row has them. */
export function objectRows<Row extends { n?: number; note?: string }>(
  check: RowChecker,
  make: (kpi: number, date: string, value: number) => Row,
): (fields: readonly string[]) => Row | string {
  let row: Row | null = null;
  const sink: MeasurementSink = {
    add(kpi, date, value, n, note) {
      row = make(kpi, date, value);
      if (n === n) row.n = n;
      if (note !== undefined) row.note = note;
    },
  };
  return (fields) => check(fields, sink) ?? row!;
}

/** What the row check calls the things rows are measured against, in its reasons. */
interface RowWords {
  /** "KPI", "service level" */
  thing: string;
  /** Who has them, before the list of their ids: "this pilot tracks". */
  owner: string;
}

const PILOT_WORDS: RowWords = { thing: 'KPI', owner: 'this pilot tracks' };

/** Builds the per-row check once per file: KPI lookups and column indexes are resolved up front. */
export function createRowChecker(target: ImportTarget, mapping: ColumnMapping, columnCount: number, decimalComma: boolean, words: RowWords = PILOT_WORDS): RowChecker {
  // SPEC §6 "kpi (id or name)": ids first, then exact names, both case-insensitive. Cell → place in the list.
  const kpis = new Map<string, number>();
  target.kpis.forEach((k, i) => kpis.set(k.name.trim().toLowerCase(), i));
  target.kpis.forEach((k, i) => kpis.set(k.id.toLowerCase(), i));
  target.kpis.forEach((k, i) => kpis.set(k.id, i));
  const kpiAt = (index: number | undefined) => (index === undefined ? undefined : target.kpis[index]);
  const known = target.kpis.slice(0, 6).map((k) => k.id).join(', ') + (target.kpis.length > 6 ? '…' : '');
  const vendorKeys = target.vendor ? new Set([target.vendor.id.toLowerCase(), target.vendor.name.trim().toLowerCase()]) : null;
  const { date: iDate, kpi: iKpi, value: iValue, n: iN, note: iNote, vendor: iVendor } = mapping;
  if (iDate === null || iKpi === null || iValue === null) throw new Error(`The mapping needs the date, ${words.thing} and value columns.`);

  // Hot path (100,000 rows per import): dates repeat, and rows usually come grouped by date, so the
  // previous row's date cell is checked first and each distinct cell is parsed once; plain numbers
  // skip the general parser; nothing is allocated for a good row.
  const dates = new Map<string, Parsed<string>>();
  let lastDateCell = '';
  let lastDate: Parsed<string> = parseCsvDate('');
  const dateOf = (cell: string) => {
    if (cell === lastDateCell) return lastDate;
    let parsed = dates.get(cell);
    if (!parsed) {
      parsed = parseCsvDate(cell);
      if (dates.size < 100_000) dates.set(cell, parsed);
    }
    lastDateCell = cell;
    return (lastDate = parsed);
  };

  /** The slow path: every reason the row is wrong, in column order. */
  const reasonsFor = (fields: readonly string[]): string => {
    const reasons: string[] = [];
    const date = dateOf(fields[iDate]);
    if (!date.ok) reasons.push(`date: ${date.reason}`);
    const kpiCell = fields[iKpi].trim();
    const kpi = kpiAt(kpis.get(kpiCell) ?? kpis.get(kpiCell.toLowerCase()));
    if (kpiCell === '') reasons.push(`the ${words.thing} is empty`);
    else if (!kpi) reasons.push(`unknown ${words.thing} ${quote(kpiCell)}: ${words.owner} ${known} (use a ${words.thing} id or its exact name)`);
    const value = parseCsvNumber(fields[iValue], decimalComma);
    if (!value.ok) reasons.push(value.reason === 'empty' ? 'the value is empty' : `value: ${value.reason}`);
    else if (kpi?.proportion && (value.value < 0 || value.value > 100)) reasons.push(`value: ${value.value} is outside 0–100 for ${kpi.id}, a percentage`);
    else if (Math.abs(value.value) > MEASUREMENT_LIMIT) reasons.push(`value: ${value.value} is beyond ±${MEASUREMENT_LIMIT}, the largest value a measurement can have`);
    const nCell = iN === null ? '' : fields[iN].trim();
    if (nCell !== '') {
      const n = parseCsvNumber(nCell, decimalComma);
      if (!n.ok || !Number.isInteger(n.value) || n.value < 1) reasons.push(`n: ${quote(nCell)} is not a positive whole number`);
      else if (n.value > MAX_SAMPLE_SIZE) reasons.push(`n: ${quote(nCell)} is above ${MAX_SAMPLE_SIZE}, the largest sample size`);
    }
    if (iNote !== null && fields[iNote].trim().length > MAX_NOTE_LENGTH) reasons.push(`the note is longer than ${MAX_NOTE_LENGTH} characters`);
    if (vendorKeys && iVendor !== null) {
      const vendor = fields[iVendor].trim();
      if (vendor !== '' && !vendorKeys.has(vendor.toLowerCase())) reasons.push(`vendor ${quote(vendor)} is not this pilot's vendor (${target.vendor!.name}): row skipped`);
    }
    // The fast check below and this one must agree; a row is never rejected without a reason.
    return reasons.length > 0 ? reasons.join('; ') : 'the row could not be read';
  };

  const numberOf = (cell: string): number => {
    const fast = plainNumber(cell, decimalComma);
    if (!Number.isNaN(fast)) return fast;
    const slow = parseCsvNumber(cell, decimalComma);
    return slow.ok ? slow.value : NaN;
  };

  return (fields, sink) => {
    if (fields.length !== columnCount) {
      const ragged = raggedReason(fields, columnCount);
      if (ragged) return ragged;
    }
    const date = dateOf(fields[iDate]);
    const kpiCell = fields[iKpi];
    const kpiIndex = kpis.get(kpiCell) ?? kpis.get(kpiCell.trim().toLowerCase());
    const kpi = kpiAt(kpiIndex);
    const value = numberOf(fields[iValue]);
    const nCell = iN === null ? '' : fields[iN];
    // NaN: no n; a cell of spaces only counts as empty.
    const n = nCell === '' ? NaN : numberOf(nCell);
    const noteCell = iNote === null ? '' : fields[iNote];
    const note = noteCell === '' ? '' : noteCell.includes('\r') ? noteCell.trim().replace(/\r\n?/g, '\n') : noteCell.trim();
    const vendorCell = iVendor === null || !vendorKeys ? '' : fields[iVendor].trim();
    const fine =
      date.ok && kpi !== undefined && !Number.isNaN(value) &&
      (!kpi.proportion || (value >= 0 && value <= 100)) && value >= -MEASUREMENT_LIMIT && value <= MEASUREMENT_LIMIT &&
      ((Number.isInteger(n) && n >= 1 && n <= MAX_SAMPLE_SIZE) || (Number.isNaN(n) && nCell.trim() === '')) &&
      note.length <= MAX_NOTE_LENGTH &&
      (vendorCell === '' || vendorKeys!.has(vendorCell.toLowerCase()));
    if (!fine) return reasonsFor(fields);
    sink.add(kpiIndex!, date.value, value, n, note === '' ? undefined : note);
    return null;
  };
}

const POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * The common case, without regular expressions, allocation or Number(): digits with an optional
 * leading "-" and at most one decimal mark ("." or, with decimal commas, ","). NaN means "use
 * parseCsvNumber", which also gives the reason; so do "1.234"-like cells in decimal-comma files
 * (ambiguous there). Exactly Number()'s result: with at most 15 digits the digits make an exact
 * integer and the power of ten is exact, so the one division rounds correctly, as Number() does.
 */
export function plainNumber(cell: string, decimalComma: boolean): number {
  const length = cell.length;
  const negative = length > 0 && cell.charCodeAt(0) === 45;
  const first = negative ? 1 : 0;
  if (first === length || length > 24) return NaN;
  let mark = -1;
  let digits = 0;
  let mantissa = 0;
  for (let i = first; i < length; i++) {
    const c = cell.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
    } else if (mark < 0 && (c === 46 || (c === 44 && decimalComma))) {
      mark = i;
    } else {
      return NaN;
    }
  }
  if (mark === length - 1 || mark === first) return NaN;
  const comma = mark >= 0 && cell.charCodeAt(mark) === 44;
  if (mark >= 0 && !comma && decimalComma && length - mark - 1 === 3) return NaN;
  if (digits > 15) return Number(comma ? `${cell.slice(0, mark)}.${cell.slice(mark + 1)}` : cell);
  const value = mark < 0 ? mantissa : mantissa / POWERS_OF_TEN[length - mark - 1];
  return negative ? -value : value;
}

/** A row as the person would recognise it in their file (fields re-quoted where needed), shortened. */
export function rawRow(fields: readonly string[], delimiter: string, max = 300): string {
  const text = fields
    .map((f) => (f.includes(delimiter) || f.includes('"') || f.includes('\n') ? `"${f.replace(/"/g, '""')}"` : f))
    .join(delimiter);
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
