// The one place the app starts its module workers, and the one injection point tests use to run a
// worker's code in-process instead (component tests in jsdom have no Worker).
import { InProcessWorker } from '../workers/in-process-worker';
import type { WorkerPort } from '../workers/worker-port';
import { csvWorkerHost } from '../exchange/csv/worker-host';
import type { FromWorker as FromCsvWorker, ToWorker as ToCsvWorker } from '../exchange/csv/protocol';
import { stabilityWorkerHost, type FromStabilityWorker, type ToStabilityWorker } from '../workers/stability-host';

export type CsvWorker = WorkerPort<ToCsvWorker, FromCsvWorker>;
export type StabilityWorker = WorkerPort<ToStabilityWorker, FromStabilityWorker>;

interface WorkerFactories {
  csv: () => CsvWorker;
  stability: () => StabilityWorker;
}

/** The CSV worker's code run in the page (tests). */
export const inProcessCsvWorker = (): InProcessWorker<ToCsvWorker, FromCsvWorker> => new InProcessWorker(csvWorkerHost);

/** The rank-stability worker's code run in the page, giving way between steps as the real one does. */
export const inProcessStabilityWorker = (): InProcessWorker<ToStabilityWorker, FromStabilityWorker> =>
  new InProcessWorker((post, later) => stabilityWorkerHost(post, { yieldToMessages: later, now: () => performance.now() }), { clone: true });

const real: WorkerFactories = {
  csv: () =>
    typeof Worker === 'undefined'
      ? inProcessCsvWorker()
      : (new Worker(new URL('../workers/csv-parse.worker.ts', import.meta.url), { type: 'module' }) as CsvWorker),
  // jsdom (component tests of whole screens) has no Worker: the same code then runs in the page, in steps.
  stability: () =>
    typeof Worker === 'undefined'
      ? inProcessStabilityWorker()
      : (new Worker(new URL('../workers/stability.worker.ts', import.meta.url), { type: 'module' }) as StabilityWorker),
};

let factories: WorkerFactories = { ...real };

/** Starts a fresh CSV parsing worker (one per import). */
export const startCsvWorker = (): CsvWorker => factories.csv();
/** Starts a fresh rank-stability worker. */
export const startStabilityWorker = (): StabilityWorker => factories.stability();

/** Tests: replaces some factories until the returned function is called (or `resetWorkers`). */
export function useWorkers(overrides: Partial<WorkerFactories>): () => void {
  factories = { ...factories, ...overrides };
  return resetWorkers;
}

export function resetWorkers(): void {
  factories = { ...real };
}
