// What reading a CSV yields, whatever its kind (SPEC §6): good rows in the form they cross from the
// worker to the page, rejected rows by line and reason, the counts, the preview's first rows, the
// header found and the time spent. Shared by the reader, the stream, the worker's messages and the
// page; it imports none of them.
import type { ColumnMapping, Mapping } from './columns';
import type { KpiRows, Measurement } from '../../domain/types';

export interface RejectedRow {
  /** Physical line in the file, 1-based; the header is line 1 (or 2 after a `sep=` line). */
  line: number;
  reason: string;
  raw: string;
}

export interface PreviewRow<Row = Measurement> {
  line: number;
  row: Row;
}

export interface ReadCounts {
  rows: number;
  rejected: number;
  /** Empty lines and rows of empty cells (spreadsheets leave them): skipped, not reported. */
  blank: number;
  /** Rows dated before the pilot's start / after its end: imported, shown, not judged (SPEC §4). */
  baseline: number;
  after: number;
  /** Rows the kind skips without an error (an empty score); present once there is one. */
  skipped?: number;
}

export interface HeaderInfo<M extends Mapping = ColumnMapping> {
  headers: string[];
  headerLine: number;
  /** The first row under the header (empty if none yet), to show examples beside each column. */
  sample: string[];
  suggested: M;
  /** The header names are the expected ones: the suggested mapping is used without asking. */
  exact: boolean;
}

export interface StreamTimings {
  /** Reading and decoding the bytes plus PapaParse's own parsing: the "raw parse" of the file. */
  parseMs: number;
  /** Mapping and validating rows (our code, inside Papa's chunk callback). */
  validateMs: number;
  /** Waiting for the person to confirm the column mapping (not work). */
  waitMs: number;
  totalMs: number;
}

/** Rows of the small kinds (vendors, scoring sheets), as they are. */
export interface PlainRows {
  plain: unknown[];
}

/** Measurement rows: one block of columns per KPI (the pilot's own layout, domain/pilot-rows.ts). */
export interface MeasurementRows {
  kpiRows: KpiRows[];
}

/**
 * Good rows as they cross to the page: measurements as columns, once the file is read (a million-row
 * file is a few transferable buffers rather than a million objects to copy), the small kinds as objects.
 */
export type EncodedRows = MeasurementRows | PlainRows;

/** Clean rows in the form they cross to the page (null: none to send yet), and the rejections. */
export interface PageBatch {
  rows: EncodedRows | null;
  rejected: RejectedRow[];
}

/** Appends the small kinds' rows to `out` (measurement rows stay columns: nothing is appended for them). */
export function decodeRows<Row>(batch: EncodedRows | null, out: Row[]): void {
  if (batch && 'plain' in batch) for (const row of batch.plain) out.push(row as Row);
}

/** The buffers of measurement rows, to transfer with postMessage (moved, not copied). */
export function transferablesOf(batch: EncodedRows | null): ArrayBuffer[] {
  if (!batch || 'plain' in batch) return [];
  return batch.kpiRows.flatMap((b) => [b.date, b.value, b.n, b.note].map((a) => a.buffer as ArrayBuffer));
}
