// What reading a CSV yields, whatever its kind (SPEC §6): good rows in the form they cross from the
// worker to the page, rejected rows by line and reason, the counts, the preview's first rows, the
// header found and the time spent. Shared by the reader, the stream, the worker's messages and the
// page; it imports none of them.
import type { Measurement } from '../../domain/types';
import type { ColumnMapping, Mapping } from './columns';
import { decodeMeasurements, type RowBatch } from './measurement-batch';

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

/**
 * Good rows as they cross to the page: measurements as columns (measurement-batch.ts: a 100,000-row
 * file is a few transferable buffers rather than 100,000 objects to copy), the small kinds as objects.
 */
export type EncodedRows = RowBatch | PlainRows;

/** Clean rows in the form they cross to the page, and the rejections. */
export interface PageBatch {
  rows: EncodedRows;
  rejected: RejectedRow[];
}

/** Appends the batch's rows to `out`: the plain Measurement objects the session keeps, or the small kinds' rows. */
export function decodeRows<Row = Measurement>(batch: EncodedRows, out: Row[]): void {
  if ('plain' in batch) {
    for (const row of batch.plain) out.push(row as Row);
    return;
  }
  decodeMeasurements(batch, out as unknown as Measurement[]);
}
