// The workers' own code run in the page, for tests and test environments without Web Workers (jsdom):
// src/test-setup.ts makes these the default there. Never imported by the app, so the app's bundles do
// not carry PapaParse or the Monte Carlo loop outside their workers.
import type { FromWorker as FromCsvWorker, ToWorker as ToCsvWorker } from '../exchange/csv/protocol';
import { csvParseHost } from '../workers/csv-parse-host';
import { InProcessWorker } from '../workers/in-process-worker';
import { assessmentFileHost, type FromAssessmentFileWorker, type ToAssessmentFileWorker } from '../workers/assessment-file-host';
import { stabilityWorkerHost, type FromStabilityWorker, type ToStabilityWorker } from '../workers/stability-host';
import type { WorkerFactories } from './workers';

/** The CSV worker's code run in the page. */
export const inProcessCsvWorker = (): InProcessWorker<ToCsvWorker, FromCsvWorker> => new InProcessWorker(csvParseHost);

/** The rank-stability worker's code run in the page, giving way between steps as the real one does. */
export const inProcessStabilityWorker = (): InProcessWorker<ToStabilityWorker, FromStabilityWorker> =>
  new InProcessWorker((post, later) => stabilityWorkerHost(post, { yieldToMessages: later, now: () => performance.now() }), { clone: true });

/** The assessment file reader's code run in the page. */
const inProcessAssessmentFileWorker = (): InProcessWorker<ToAssessmentFileWorker, FromAssessmentFileWorker> => new InProcessWorker(assessmentFileHost);

export const inProcessWorkers: WorkerFactories = { csv: inProcessCsvWorker, stability: inProcessStabilityWorker, assessmentFile: inProcessAssessmentFileWorker };
