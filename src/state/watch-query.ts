// Dexie's liveQuery as one start/stop pair: the query runs again whenever the tables it read change, in
// this tab or another one. Shared by the read-only LiveValue and the open assessment's revision watch.
import { liveQuery, type Subscription } from 'dexie';

export class QueryWatch<T> {
  #subscription: Subscription | undefined;

  readonly #query: () => Promise<T>;
  readonly #next: (value: T) => void;
  readonly #error: (error: unknown) => void;

  constructor(query: () => Promise<T>, next: (value: T) => void, error: (error: unknown) => void) {
    this.#query = query;
    this.#next = next;
    this.#error = error;
  }

  /** Starts watching (again); returns the stop function, so it can be returned from an $effect. */
  start(): () => void {
    this.stop();
    this.#subscription = liveQuery(this.#query).subscribe({ next: this.#next, error: this.#error });
    return () => this.stop();
  }

  stop(): void {
    this.#subscription?.unsubscribe();
    this.#subscription = undefined;
  }
}
