// For component tests: a Worker whose "thread" is the CSV worker's own code (worker-host.ts, real
// PapaParse) run in-process; messages cross asynchronously, as they do for real.
import { csvWorkerHost } from '../../exchange/csv/worker-host';
import type { FromWorker, ToWorker } from '../../exchange/csv/protocol';
import type { WorkerLike } from './csv-import.svelte';

export class InProcessWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  terminated = false;
  readonly #handle = csvWorkerHost((message) => {
    setTimeout(() => {
      if (!this.terminated) this.onmessage?.({ data: message } as MessageEvent<FromWorker>);
    }, 0);
  });
  postMessage(message: ToWorker): void {
    setTimeout(() => {
      if (!this.terminated) this.#handle(message);
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}
