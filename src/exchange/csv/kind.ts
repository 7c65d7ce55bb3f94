// What makes one kind of CSV import (measurements, vendors, scoring sheet) different from another:
// its target columns and its row check. Everything else (sniffing, streaming through PapaParse, line
// numbers, the mapping step, the preview, the error report, the one-transaction write) is shared.
import type { ColumnSpec, Mapping } from './columns';

/** A row that is neither imported nor an error (an empty score in a scoring sheet): counted, not listed. */
export const SKIP = Object.freeze({ skip: true as const });
export type Skip = typeof SKIP;

/**
 * Checks one row, with its fields already mapped to the file's columns: the clean row, every reason it
 * was rejected (one string, so the person fixing the file can fix each line once), or SKIP. Created
 * once per file, so it may remember earlier rows (duplicates in the file) by their line numbers.
 */
export type RowValidator<Row> = (fields: readonly string[], line: number) => Row | string | Skip;

export interface RowKind<Row, Target, C extends string = string> {
  spec: ColumnSpec<C>;
  /** Plural noun for messages: "The file has a header line but no rows of measurements." */
  rowsWord: string;
  createValidator(target: Target, mapping: Mapping<C>, columnCount: number, decimalComma: boolean): RowValidator<Row>;
}

/** A kind with its own column names, seen by the shared reader, which handles any column names. */
export function defineKind<Row, Target, C extends string>(kind: RowKind<Row, Target, C>): RowKind<Row, Target> {
  return kind as unknown as RowKind<Row, Target>;
}

/** The ragged-row check every kind shares; null when the row has the header's shape. */
export function raggedReason(fields: readonly string[], columnCount: number): string | null {
  if (fields.length < columnCount) return `has ${fields.length} fields; the header has ${columnCount} (a missing delimiter?)`;
  // Extra fields are tolerated only when empty (spreadsheets pad rows with trailing delimiters).
  for (let i = columnCount; i < fields.length; i++) {
    if (fields[i].trim() !== '') return `has ${fields.length} fields; the header has ${columnCount} (an unquoted delimiter inside a note?)`;
  }
  return null;
}

/**
 * Looks up things by id (exact, then any case) or exact name (any case, surrounding spaces ignored),
 * as SPEC §6 asks of KPIs, vendors, criteria and evaluators. A name two things share finds neither.
 */
export function createLookup<T extends { id: string; name: string }>(items: readonly T[]): (cell: string) => T | 'ambiguous' | undefined {
  const byId = new Map<string, T>();
  const byLowerId = new Map<string, T>();
  const byName = new Map<string, T | 'ambiguous'>();
  for (const item of items) {
    byId.set(item.id, item);
    byLowerId.set(item.id.toLowerCase(), item);
    const key = item.name.trim().toLowerCase();
    byName.set(key, byName.has(key) ? 'ambiguous' : item);
  }
  return (cell) => {
    const text = cell.trim();
    return byId.get(text) ?? byLowerId.get(text.toLowerCase()) ?? byName.get(text.toLowerCase());
  };
}
