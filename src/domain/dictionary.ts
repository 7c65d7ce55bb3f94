// Distinct strings numbered in first-seen order: how measurement rows keep their dates and notes as
// columns of numbers (a pilot's rows, pilot-rows.ts, built by the CSV worker and stored as they are,
// db/format/measurement-blocks.ts), so each string is kept once and reads back exactly as written.

/** Few enough values to find by comparing (no hashing of a fresh string per row). */
const SCANNED = 8;

/**
 * Rows usually repeat the previous row's key (dates come in runs) or cycle through a handful (KPIs,
 * notes): those are found without a hash lookup.
 */
export class Dictionary {
  /** The distinct strings, in the order they were first seen; a string's number is its place here. */
  readonly values: string[];
  readonly #index = new Map<string, number>();
  #lastIndex = -1;

  /** `values`: distinct strings to start with, in this order (copied). */
  constructor(values: readonly string[] = []) {
    this.values = [...values];
    this.values.forEach((v, i) => this.#index.set(v, i));
  }

  /** The number of `key`, added at the end if it is new. */
  index(key: string): number {
    const values = this.values;
    if (this.#lastIndex >= 0 && values[this.#lastIndex] === key) return this.#lastIndex;
    let i = -1;
    if (values.length <= SCANNED) {
      for (let j = 0; j < values.length; j++) {
        if (values[j] === key) {
          i = j;
          break;
        }
      }
    } else {
      i = this.#index.get(key) ?? -1;
    }
    if (i < 0) {
      i = values.length;
      values.push(key);
      this.#index.set(key, i);
    }
    return (this.#lastIndex = i);
  }
}
