// The CSV worker of one import flow (csv-import-flow.svelte.ts): a spare started ahead of need, the one
// reading now, and ending them. Workers come from workers.ts (the app's module worker, or its code run
// in the page where there is no Worker, as in tests).
import type { FromWorker, ToWorker } from '../exchange/csv/protocol';
import { startCsvWorker, type CsvWorker } from './workers';

interface CsvWorkerListener {
  message(message: FromWorker): void;
  /** The worker could not load, crashed, or sent what the page cannot read: `message` says so. */
  fail(message: string): void;
}

export class CsvWorkerSlot {
  #worker: CsvWorker | null = null;
  /** A worker started ahead of need (see warm()); null when none or when it failed to load. */
  #spare: CsvWorker | null = null;

  /**
   * Starts a worker before it is needed, so loading its script is not on the import's critical path.
   * A spare that cannot load is dropped; the import then starts a fresh one, which reports the error.
   */
  warm(): void {
    if (this.#spare || this.#worker) return;
    const spare = startCsvWorker();
    spare.onerror = () => {
      if (this.#spare === spare) this.#spare = null;
      spare.terminate();
    };
    this.#spare = spare;
  }

  /** Sends `start` to the spare (or a fresh worker) and reports what it answers to `listener`. */
  start(start: Extract<ToWorker, { type: 'start' }>, listener: CsvWorkerListener): void {
    this.stop();
    const worker = this.#spare ?? startCsvWorker();
    this.#spare = null;
    this.#worker = worker;
    // A worker that cannot load or crashes must never look like a hang.
    worker.onerror = (event) => {
      event.preventDefault?.();
      listener.fail(`The CSV reader stopped unexpectedly${event.message ? ` (${event.message})` : ''}. Nothing was stored.`);
    };
    worker.onmessageerror = () => listener.fail('The CSV reader sent data the page could not read. Nothing was stored.');
    worker.onmessage = (event) => listener.message(event.data);
    worker.postMessage(start);
  }

  /** Sends a message to the worker reading now, if any. */
  post(message: ToWorker): void {
    this.#worker?.postMessage(message);
  }

  /** Ends the worker reading now (the page has what it needs, or nobody wants the rest). */
  stop(): void {
    const worker = this.#worker;
    if (!worker) return;
    worker.onmessage = null;
    worker.onerror = null;
    worker.onmessageerror = null;
    worker.terminate();
    this.#worker = null;
  }

  /** Ends the spare as well. */
  destroy(): void {
    this.stop();
    this.#spare?.terminate();
    this.#spare = null;
  }
}
