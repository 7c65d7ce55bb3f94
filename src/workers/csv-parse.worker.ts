// The measurements CSV import's own module worker (SPEC §6 "in a worker for large files"; STACK.md:
// not PapaParse's `worker: true`, which hangs silently in production builds). It streams the file
// through PapaParse, validates the rows, and posts progress and rows in compact batches; the page
// stays free. Nothing is stored here: the page writes once, after the person confirms.
/// <reference lib="webworker" />
import { streamMeasurementsCsv } from '../exchange/csv/papa-stream';
import { encodeRows, MAX_REJECTED_KEPT, transferablesOf, type FromWorker, type ToWorker } from '../exchange/csv/protocol';
import type { ColumnMapping } from '../exchange/csv/columns';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromWorker, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

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
        const kept = rejected.slice(0, Math.max(0, MAX_REJECTED_KEPT - rejectedSent));
        rejectedSent += kept.length;
        if (rows.length === 0 && kept.length === 0) return;
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

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'start') {
    start(message).catch((error: unknown) => post({ type: 'error', message: `The CSV reader failed: ${error instanceof Error ? error.message : String(error)}` }));
  } else if (message.type === 'mapping') {
    answerMapping?.(message.mapping);
    answerMapping = null;
  } else if (message.type === 'cancel') {
    controller?.abort();
    answerMapping?.(null);
    answerMapping = null;
  }
};
