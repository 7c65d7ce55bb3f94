// Messages between the page and the CSV worker (src/workers/csv-parse.worker.ts), and the compact form
// measurement rows travel in: one typed array per column, so a 100,000-row batch is a few transferable
// buffers rather than 100,000 objects for the page's main thread to deserialise (issue 3: never block
// it more than 100 ms). Vendors and scoring sheets are small: their rows travel as plain objects.
import type { Measurement } from '../../domain/types';
import type { Mapping } from './columns';
import type { ImportTarget } from './measurement-rows';
import type { HeaderInfo, StreamTimings } from './papa-stream';
import type { PreviewRow, ReadCounts, RejectedRow } from './records';
import type { ScoreSheetTarget } from './score-rows';
import type { CsvDialect } from './sniff';
import type { VendorTarget } from './vendor-rows';

/** What a file is read as, and what its rows are checked against (plain data: it crosses to the worker). */
export type CsvJob =
  | { kind?: 'measurements'; target: ImportTarget }
  | { kind: 'vendors'; target: VendorTarget }
  | { kind: 'scores'; target: ScoreSheetTarget };

export type ToWorker =
  | ({ type: 'start'; file: Blob; dialect: CsvDialect } & CsvJob)
  | { type: 'mapping'; mapping: Mapping }
  | { type: 'cancel' };

export type FromWorker =
  | { type: 'header'; info: HeaderInfo<Mapping> }
  | { type: 'progress'; bytes: number; total: number }
  | { type: 'batch'; rows: EncodedRows; rejected: RejectedRow[]; counts: ReadCounts }
  | { type: 'done'; counts: ReadCounts; preview: PreviewRow<unknown>[]; timings: StreamTimings }
  | { type: 'cancelled' }
  | { type: 'error'; message: string };

/** Rejections kept in full for the preview; the count stays exact beyond it. */
export const MAX_REJECTED_KEPT = 500;

/** Rows of the small kinds, as they are. */
export interface PlainRows {
  plain: unknown[];
}

export type EncodedRows = RowBatch | PlainRows;

export interface RowBatch {
  length: number;
  /** Distinct KPI ids and dates of the batch; the columns below index into them. */
  kpiIds: string[];
  dates: string[];
  kpi: Uint16Array;
  date: Uint32Array;
  value: Float64Array;
  /** NaN where the row has no n. */
  n: Float64Array;
  /** Notes are rare: row index and text. */
  noteAt: Uint32Array;
  notes: string[];
}

function indexer(): { list: string[]; of: (key: string) => number } {
  const list: string[] = [];
  const index = new Map<string, number>();
  let lastKey: string | null = null;
  let lastIndex = 0;
  return {
    list,
    of(key) {
      // Rows come grouped by date: the previous key is the commonest answer.
      if (key === lastKey) return lastIndex;
      lastKey = key;
      let i = index.get(key);
      if (i === undefined) {
        i = list.length;
        list.push(key);
        index.set(key, i);
      }
      return (lastIndex = i);
    },
  };
}

export function encodeRows(rows: readonly Measurement[]): RowBatch {
  const kpis = indexer();
  const dates = indexer();
  const batch: RowBatch = {
    length: rows.length,
    kpiIds: kpis.list,
    dates: dates.list,
    kpi: new Uint16Array(rows.length),
    date: new Uint32Array(rows.length),
    value: new Float64Array(rows.length),
    n: new Float64Array(rows.length),
    noteAt: new Uint32Array(0),
    notes: [],
  };
  const noteAt: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    batch.kpi[i] = kpis.of(r.kpiId);
    batch.date[i] = dates.of(r.date);
    batch.value[i] = r.value;
    batch.n[i] = r.n ?? NaN;
    if (r.note !== undefined) {
      noteAt.push(i);
      batch.notes.push(r.note);
    }
  }
  batch.noteAt = Uint32Array.from(noteAt);
  return batch;
}

/** The buffers to transfer with postMessage (moved, not copied). */
export function transferablesOf(batch: RowBatch): ArrayBuffer[] {
  return [batch.kpi, batch.date, batch.value, batch.n, batch.noteAt].map((a) => a.buffer as ArrayBuffer);
}

/** Appends the batch's rows to `out`: the plain Measurement objects the session stores, or the small kinds' rows. */
export function decodeRows<Row = Measurement>(batch: EncodedRows, out: Row[]): void {
  if ('plain' in batch) {
    for (const row of batch.plain) out.push(row as Row);
    return;
  }
  decodeMeasurements(batch, out as unknown as Measurement[]);
}

function decodeMeasurements(batch: RowBatch, out: Measurement[]): void {
  let nextNote = 0;
  for (let i = 0; i < batch.length; i++) {
    const row: Measurement = { kpiId: batch.kpiIds[batch.kpi[i]], date: batch.dates[batch.date[i]], value: batch.value[i] };
    const n = batch.n[i];
    if (!Number.isNaN(n)) row.n = n;
    if (nextNote < batch.noteAt.length && batch.noteAt[nextNote] === i) row.note = batch.notes[nextNote++];
    out.push(row);
  }
}
