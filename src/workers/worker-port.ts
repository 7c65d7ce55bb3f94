// The part of a Web Worker the page uses: the real module workers and the in-process double both fit it.
export interface WorkerPort<ToWorker, FromWorker> {
  postMessage(message: ToWorker, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
}

/**
 * What a worker does with each message from the page, written against a `post` function (see *-host.ts).
 * `later` runs a task on a later turn, after messages already queued: a long job gives way with it.
 */
export type WorkerHost<ToWorker, FromWorker> = (
  post: (message: FromWorker, transfer?: Transferable[]) => void,
  later: (task: () => void) => void,
) => (message: ToWorker) => void;
