// What one kind of CSV import (measurements, vendors, scoring sheets) brings to the shared flow
// (csv-import-flow.svelte.ts), and the steps that flow goes through (SPEC §6).
import type { ColumnSpec, Mapping } from '../exchange/csv/columns';
import type { HeaderInfo } from '../exchange/csv/csv-read-results';
import type { KpiRows } from '../domain/types';
import type { CsvJob } from '../exchange/csv/protocol';

/**
 * What a commit did: nothing stored, or stored with `imported` rows (default: every row), `also` for the
 * summary line ("skipped 30 already stored") and a `detail` under it.
 */
export type CsvCommitOutcome = { saved: false } | { saved: true; imported?: number; also?: string; detail?: string };

export interface CsvImportKind<Row> {
  /** The target columns (the mapping step lists them). */
  spec: ColumnSpec;
  /** What the worker reads the file as, built when a file is chosen (plain data). */
  job(): CsvJob;
  /**
   * Writes the rows in one transaction: `rows` for the small kinds, `kpiRows` for measurements (kept as
   * the worker built them, one block of columns per KPI, never as one object per row).
   */
  commit(rows: Row[], kpiRows: readonly KpiRows[]): Promise<CsvCommitOutcome>;
}

export type ImportStep =
  | { kind: 'idle' }
  | { kind: 'checking'; fileName: string }
  | { kind: 'reading'; fileName: string; bytes: number; total: number }
  | { kind: 'mapping'; fileName: string; info: HeaderInfo<Mapping> }
  | { kind: 'preview'; fileName: string }
  | { kind: 'saving'; fileName: string }
  | { kind: 'done'; fileName: string; imported: number; rejected: number; also?: string; detail?: string }
  | { kind: 'failed'; fileName: string; message: string }
  | { kind: 'cancelled'; fileName: string };
