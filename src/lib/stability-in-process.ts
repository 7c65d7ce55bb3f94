// The rank-stability worker's own code (stability-worker-host.ts) run in the page: for tests, and for
// environments without Web Workers (jsdom). Messages cross asynchronously, as they do for real, and the
// run still gives way between steps, so the page stays responsive, only slower than in a real worker.
import { stabilityWorkerHost, type FromStabilityWorker, type ToStabilityWorker } from './stability-worker-host';

/** The part of a Worker the page uses, so tests can substitute their own. */
export interface StabilityWorkerLike {
  postMessage(message: ToStabilityWorker): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromStabilityWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
}

export class InProcessStabilityWorker implements StabilityWorkerLike {
  onmessage: ((event: MessageEvent<FromStabilityWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  terminated = false;
  /** Every message the page sent, in order (tests read it). */
  readonly received: ToStabilityWorker[] = [];
  readonly #handle = stabilityWorkerHost(
    (message) => this.#later(() => this.onmessage?.({ data: message } as MessageEvent<FromStabilityWorker>)),
    { yieldToMessages: (next) => this.#later(next), now: () => performance.now() },
  );

  postMessage(message: ToStabilityWorker): void {
    this.received.push(message);
    // A structured clone, as a real worker gets: the page's later edits never reach a run in progress.
    const copy = structuredClone(message);
    this.#later(() => this.#handle(copy));
  }

  terminate(): void {
    this.terminated = true;
  }

  #later(task: () => void): void {
    setTimeout(() => {
      if (!this.terminated) task();
    }, 0);
  }
}
