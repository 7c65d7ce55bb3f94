// What the CSV worker does with each message from the page, written against a `post` function so the
// same code runs in the real module worker (src/workers/csv-parse.worker.ts) and in-process in tests.
import type { ColumnMapping } from './columns';
import { streamMeasurementsCsv } from './papa-stream';
import { encodeRows, MAX_REJECTED_KEPT, transferablesOf, type FromWorker, type ToWorker } from './protocol';

export type Post = (message: FromWorker, transfer?: Transferable[]) => void;

/** Returns the handler for messages from the page. One import per worker (the page starts a fresh one). */
export function csvWorkerHost(post: Post): (message: ToWorker) => void {
  let controller: AbortController | null = null;
  let answerMapping: ((mapping: ColumnMapping | null) => void) | null = null;

  async function start(message: Extract<ToWorker, { type: 'start' }>): Promise<void> {
    controller = new AbortController();
    let rejectedSent = 0;
    const outcome = await streamMeasurementsCsv(
      message.file,
      message.target,
      message.dialect,
      {
        chooseMapping(info) {
          post({ type: 'header', info });
          if (info.exact) return info.suggested;
          return new Promise((resolve) => (answerMapping = resolve));
        },
        progress(bytes, total) {
          post({ type: 'progress', bytes, total });
        },
        batch({ rows, rejected }, counts) {
          // Rejections beyond the first MAX_REJECTED_KEPT are counted, not sent (the count stays exact).
          const kept = rejected.slice(0, Math.max(0, MAX_REJECTED_KEPT - rejectedSent));
          rejectedSent += kept.length;
          const encoded = encodeRows(rows);
          post({ type: 'batch', rows: encoded, rejected: kept, counts }, transferablesOf(encoded));
        },
      },
      controller.signal,
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
      // Papa's parser.abort() runs inside streamMeasurementsCsv when it sees the signal.
      controller?.abort();
      answerMapping?.(null);
      answerMapping = null;
    }
  };
}
