// The one adapter from Dexie's liveQuery to runes for small read-only views (the assessment list, the
// backup facts, a pending merge): the latest value of a query, refreshed whenever the tables it read
// change, in this tab or another one. An open assessment, which this tab also edits, has its own
// (stored-assessment.svelte.ts).
import { QueryWatch } from './watch-query';

export class LiveValue<T> {
  #current = $state.raw<T | undefined>(undefined);
  #error = $state.raw<unknown>(undefined);
  #loaded = $state(false);
  readonly #watch: QueryWatch<T>;

  constructor(query: () => Promise<T>) {
    this.#watch = new QueryWatch(
      query,
      (value) => {
        this.#current = value;
        this.#loaded = true;
        this.#error = undefined;
      },
      (error) => {
        this.#error = error;
        this.#loaded = true;
      },
    );
  }

  get current(): T | undefined {
    return this.#current;
  }
  get error(): unknown {
    return this.#error;
  }
  get loaded(): boolean {
    return this.#loaded;
  }

  /** Starts watching; returns the stop function, so it can be returned from an $effect. */
  start(): () => void {
    return this.#watch.start();
  }

  stop(): void {
    this.#watch.stop();
  }
}
