// What the CSV worker does with each message from the page, written against a `post` function so the
// same code runs in the real module worker (src/workers/csv-parse.worker.ts) and in-process in tests.
import type { Mapping } from './columns';
import { transferablesOf } from './csv-read-results';
import { CsvTableReader } from './csv-table-reader';
import { CONTRACT_RESULT_KIND } from './contract-result-rows';
import { MeasurementCsvReader, type MeasurementCollectors } from './measurement-csv-reader';
import { readFirstChunk, streamCsv, type FirstChunk } from './papa-stream';
import { MAX_REJECTED_KEPT, type FromWorker, type ToWorker } from './protocol';
import { SCORE_KIND } from './score-rows';
import { SNIFF_BYTES, sniffCsv, type CsvDialect } from './sniff';
import { VENDOR_KIND } from './vendor-rows';

type Start = Extract<ToWorker, { type: 'start' }>;

/** The reader for the file's kind (measurements when the message names none). */
function readerFor(message: Start, dialect: CsvDialect, collectors: MeasurementCollectors): CsvTableReader<unknown, unknown> {
  if (message.kind === 'vendors') return new CsvTableReader(VENDOR_KIND, message.target, dialect) as CsvTableReader<unknown, unknown>;
  if (message.kind === 'scores') return new CsvTableReader(SCORE_KIND, message.target, dialect) as CsvTableReader<unknown, unknown>;
  if (message.kind === 'contract-results') return new CsvTableReader(CONTRACT_RESULT_KIND, message.target, dialect) as CsvTableReader<unknown, unknown>;
  return new MeasurementCsvReader(message.target, dialect, collectors) as CsvTableReader<unknown, unknown>;
}

type Post = (message: FromWorker, transfer?: Transferable[]) => void;

/**
 * Returns the handler for messages from the page. One import per worker (the page starts a fresh one).
 * `collectors`: where measurement rows are written as they are checked (the worker's is the storage
 * format's block builder, src/workers/csv-parse-host.ts).
 */
export function csvWorkerHost(post: Post, collectors: MeasurementCollectors): (message: ToWorker) => void {
  let controller: AbortController | null = null;
  let answerMapping: ((mapping: Mapping | null) => void) | null = null;

  async function start(message: Start): Promise<void> {
    controller = new AbortController();
    const signal = controller.signal;
    // The first chunk is read once: sniffed (a file that is not CSV is refused at once, SPEC §6), then parsed.
    let first: FirstChunk;
    try {
      first = await readFirstChunk(message.file);
    } catch (error) {
      return post({ type: 'error', message: `The file could not be read: ${error instanceof Error ? error.message : String(error)}` });
    }
    if (signal.aborted) return post({ type: 'cancelled' });
    let dialect = message.dialect;
    if (!dialect) {
      const sniffed = sniffCsv(first.bytes.subarray(0, SNIFF_BYTES), message.file.size);
      if (!sniffed.ok) return post({ type: 'error', message: sniffed.message });
      dialect = sniffed.dialect;
    }
    post({ type: 'dialect', dialect });
    let rejectedSent = 0;
    const outcome = await streamCsv<unknown, unknown, Mapping>(
      message.file,
      readerFor(message, dialect, collectors),
      dialect,
      {
        chooseMapping(info) {
          post({ type: 'header', info });
          if (info.exact) return info.suggested;
          return new Promise((resolve) => (answerMapping = resolve));
        },
        batch({ rows, rejected }, counts, bytes, total) {
          // Rejections beyond the first MAX_REJECTED_KEPT are counted, not sent (the count stays exact).
          const kept = rejected.slice(0, Math.max(0, MAX_REJECTED_KEPT - rejectedSent));
          rejectedSent += kept.length;
          post({ type: 'batch', rows, rejected: kept, counts, bytes, total }, transferablesOf(rows));
        },
      },
      signal,
      first,
    );
    if (outcome.status === 'done') post({ type: 'done', counts: outcome.counts, preview: outcome.preview, timings: outcome.timings });
    else if (outcome.status === 'cancelled') post({ type: 'cancelled' });
    else post({ type: 'error', message: outcome.message });
  }

  return (message) => {
    if (message.type === 'start') {
      start(message).catch((error: unknown) => post({ type: 'error', message: `The CSV reader failed: ${error instanceof Error ? error.message : String(error)}` }));
    } else if (message.type === 'mapping') {
      answerMapping?.(message.mapping);
      answerMapping = null;
    } else if (message.type === 'cancel') {
      // Papa's parser.abort() runs inside streamCsv when it sees the signal.
      controller?.abort();
      answerMapping?.(null);
      answerMapping = null;
    }
  };
}
