// The one place the app starts its module workers, and the one injection point tests use to run a
// worker's code in-process instead (state/in-process-workers.ts). This module imports no worker code,
// so PapaParse and the Monte Carlo loop stay in their workers' own bundles.
import type { FromWorker as FromCsvWorker, ToWorker as ToCsvWorker } from '../exchange/csv/protocol';
import type { FromStabilityWorker, ToStabilityWorker } from '../workers/stability-host';
import type { FromAssessmentFileWorker, ToAssessmentFileWorker } from '../workers/assessment-file-host';
import type { WorkerPort } from '../workers/worker-port';

export type CsvWorker = WorkerPort<ToCsvWorker, FromCsvWorker>;
export type StabilityWorker = WorkerPort<ToStabilityWorker, FromStabilityWorker>;
export type AssessmentFileWorker = WorkerPort<ToAssessmentFileWorker, FromAssessmentFileWorker>;

export interface WorkerFactories {
  csv: () => CsvWorker;
  stability: () => StabilityWorker;
  assessmentFile: () => AssessmentFileWorker;
}

const moduleWorkers: WorkerFactories = {
  csv: () => new Worker(new URL('../workers/csv-parse.worker.ts', import.meta.url), { type: 'module' }) as CsvWorker,
  stability: () => new Worker(new URL('../workers/stability.worker.ts', import.meta.url), { type: 'module' }) as StabilityWorker,
  assessmentFile: () => new Worker(new URL('../workers/assessment-file.worker.ts', import.meta.url), { type: 'module' }) as AssessmentFileWorker,
};

/** What resetWorkers() goes back to: the module workers, or in-process ones where there are no workers. */
let baseline: WorkerFactories = moduleWorkers;
let factories: WorkerFactories = { ...baseline };

/** Starts a fresh CSV parsing worker (one per import). */
export const startCsvWorker = (): CsvWorker => factories.csv();
/** Starts a fresh rank-stability worker. */
export const startStabilityWorker = (): StabilityWorker => factories.stability();
/** Starts a fresh worker that reads one assessment file. */
export const startAssessmentFileWorker = (): AssessmentFileWorker => factories.assessmentFile();

/** Tests: replaces some factories until the returned function is called (or `resetWorkers`). */
export function useWorkers(overrides: Partial<WorkerFactories>): () => void {
  factories = { ...factories, ...overrides };
  return resetWorkers;
}

export function resetWorkers(): void {
  factories = { ...baseline };
}

/** Test environments without Web Workers (jsdom, Node) run the workers' code in-process by default. */
export function setBaselineWorkers(next: WorkerFactories): void {
  baseline = next;
  factories = { ...baseline };
}
