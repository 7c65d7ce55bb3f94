// The one adapter from Dexie's liveQuery to runes: the latest value of a query, refreshed whenever
// the tables it read change (in this tab or another one).
import { liveQuery, type Subscription } from 'dexie';

export class LiveValue<T> {
  #current = $state.raw<T | undefined>(undefined);
  #error = $state.raw<unknown>(undefined);
  #loaded = $state(false);
  #subscription: Subscription | undefined;
  readonly #query: () => Promise<T>;
  /** Counts set() calls: a query run that began before the latest one may not include that edit. */
  #edits = 0;

  constructor(query: () => Promise<T>) {
    this.#query = query;
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
    this.stop();
    // A run that began before the latest optimistic edit read storage without it (fast typing: the
    // edit is applied at once and stored a moment later). Showing that result would drop the edit from
    // the screen, and the next edit would be built on it (lost scores on screen; a note added to such a
    // cell wiped its stored value). It is skipped: the edit's own write triggers a run that has it.
    const query = async () => {
      const edits = this.#edits;
      return { value: await this.#query(), edits };
    };
    this.#subscription = liveQuery(query).subscribe({
      next: ({ value, edits }) => {
        if (edits !== this.#edits) return;
        this.#current = value;
        this.#loaded = true;
        this.#error = undefined;
      },
      error: (error: unknown) => {
        this.#error = error;
        this.#loaded = true;
      },
    });
    return () => this.stop();
  }

  stop(): void {
    this.#subscription?.unsubscribe();
    this.#subscription = undefined;
  }

  /** Replaces the value at once (an optimistic local edit); the next database change overrides it. */
  set(value: T): void {
    this.#edits++;
    this.#current = value;
  }
}
