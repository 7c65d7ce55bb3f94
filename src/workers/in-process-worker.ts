// A worker's own code (its *-host.ts) run in the page: for tests, and for environments without Web
// Workers (jsdom). Messages cross asynchronously, as they do for real; nothing runs after terminate().
import type { WorkerHost, WorkerPort } from './worker-port';

interface InProcessOptions {
  /** Copy each message as a real worker would (structured clone), so later edits never reach it. */
  clone?: boolean;
}

export class InProcessWorker<ToWorker, FromWorker> implements WorkerPort<ToWorker, FromWorker> {
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  terminated = false;
  /** Every message the page sent, in order (tests read it). */
  readonly received: ToWorker[] = [];
  readonly #handle: (message: ToWorker) => void;
  readonly #clone: boolean;

  constructor(host: WorkerHost<ToWorker, FromWorker>, { clone = false }: InProcessOptions = {}) {
    this.#clone = clone;
    this.#handle = host(
      (message) => this.later(() => this.onmessage?.({ data: message } as MessageEvent<FromWorker>)),
      (task) => this.later(task),
    );
  }

  postMessage(message: ToWorker): void {
    this.received.push(message);
    const delivered = this.#clone ? structuredClone(message) : message;
    this.later(() => this.#handle(delivered));
  }

  terminate(): void {
    this.terminated = true;
  }

  /** Runs `task` on a later turn of the event loop unless the worker was terminated by then. */
  later(task: () => void): void {
    setTimeout(() => {
      if (!this.terminated) task();
    }, 0);
  }
}
