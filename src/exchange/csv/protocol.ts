// Messages between the page and the CSV worker (src/workers/csv-parse.worker.ts). Measurement rows
// travel as columns, once, in the last batch (one block per KPI: a million-row file is a few transferable
// buffers rather than a million objects for the page's main thread to deserialise, which would block it); vendors,
// scoring sheets and a contract's results are small, and their rows travel as plain objects (csv-read-results.ts EncodedRows).
import type { Mapping } from './columns';
import type { ContractResultTarget } from './contract-result-rows';
import type { EncodedRows, HeaderInfo, PreviewRow, ReadCounts, RejectedRow, StreamTimings } from './csv-read-results';
import type { ImportTarget } from './measurement-rows';
import type { ScoreSheetTarget } from './score-rows';
import type { CsvDialect } from './sniff';
import type { VendorTarget } from './vendor-rows';

/** What a file is read as, and what its rows are checked against (plain data: it crosses to the worker). */
export type CsvJob =
  | { kind?: 'measurements'; target: ImportTarget }
  | { kind: 'vendors'; target: VendorTarget }
  | { kind: 'scores'; target: ScoreSheetTarget }
  | { kind: 'contract-results'; target: ContractResultTarget };

export type ToWorker =
  /** Without a dialect the worker sniffs the file first (sniff.ts), and refuses it with an error if it is not CSV. */
  | ({ type: 'start'; file: Blob; dialect?: CsvDialect } & CsvJob)
  | { type: 'mapping'; mapping: Mapping }
  | { type: 'cancel' };

export type FromWorker =
  | { type: 'dialect'; dialect: CsvDialect }
  | { type: 'header'; info: HeaderInfo<Mapping> }
  /** After each chunk (one message: rows, counts and progress). */
  | { type: 'batch'; rows: EncodedRows | null; rejected: RejectedRow[]; counts: ReadCounts; bytes: number; total: number }
  | { type: 'done'; counts: ReadCounts; preview: PreviewRow<unknown>[]; timings: StreamTimings }
  | { type: 'cancelled' }
  | { type: 'error'; message: string };

/** Rejections kept in full for the preview; the count stays exact beyond it. */
export const MAX_REJECTED_KEPT = 500;
