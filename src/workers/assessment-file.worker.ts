// The JSON import's module worker: reads, parses, validates and builds the storage records of an
// assessment file (assessment-file-host.ts), so the page only writes them.
/// <reference lib="webworker" />
import { assessmentFileHost, type ToAssessmentFileWorker } from './assessment-file-host';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = assessmentFileHost(
  (message, transfer = []) => scope.postMessage(message, transfer),
  (task) => void setTimeout(task, 0),
);
scope.onmessage = (event: MessageEvent<ToAssessmentFileWorker>) => handle(event.data);
