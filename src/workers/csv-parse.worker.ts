// The CSV import's own module worker (SPEC §6 "in a worker for large files"), not PapaParse's
// `worker: true`, which hangs silently in production builds. It streams the file through PapaParse,
// validates the rows, and posts progress and rows in compact batches, so the page stays free. Nothing
// is stored here: the page writes once, after the person confirms. The logic lives in
// exchange/csv/worker-host.ts (with the storage format's block builder: csv-parse-host.ts), which tests
// run in-process (state/in-process-workers.ts).
/// <reference lib="webworker" />
import { csvParseHost } from './csv-parse-host';
import type { ToWorker } from '../exchange/csv/protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = csvParseHost((message, transfer = []) => scope.postMessage(message, transfer));
scope.onmessage = (event: MessageEvent<ToWorker>) => handle(event.data);
