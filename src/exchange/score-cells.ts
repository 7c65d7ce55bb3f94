// SPEC §5 "at most one score per (vendor, criterion, evaluator)": which score first took each cell.
// A large file has ~50,000 scores (SPEC §10), so a cell is a number made of its ids' ordinals
// (id-index.ts): no key string, nested map or path is kept per score, and the first score's path is
// only written out when a second score is reported.
import type { AssessmentIds, IdIndex } from './id-index';
import type { Reader } from './reader';

/** Up to this many possible cells, a typed array (4 bytes a cell) holds them; beyond, a Map. */
const DENSE_CELLS = 1 << 21;

export class ScoreCells {
  readonly #vendors: IdIndex;
  readonly #criteria: IdIndex;
  readonly #evaluators: IdIndex;
  /** Cell number → 1 + the index of its first score; 0 while free. */
  readonly #dense: Int32Array | null;
  readonly #sparse = new Map<number, number>();
  /** Cells with an id no index has (an index that is incomplete lets such a reference through). */
  readonly #byText = new Map<string, number>();
  readonly #numbered: boolean;

  /**
   * Made once vendors, criteria and evaluators are read (validate.ts reads them first), so the indexes
   * hold every id a cell can be numbered with. `listPath` is where the scores are, e.g. "assessment.scores".
   */
  constructor(ids: AssessmentIds, readonly listPath: string) {
    this.#vendors = ids.vendors;
    this.#criteria = ids.criteria;
    this.#evaluators = ids.evaluators;
    const cells = ids.vendors.size * ids.criteria.size * ids.evaluators.size;
    // Past 2^53 two cells could get the same number: such a file (if one fits in 50 MB) uses text keys.
    this.#numbered = cells <= Number.MAX_SAFE_INTEGER;
    this.#dense = cells <= DENSE_CELLS ? new Int32Array(cells) : null;
  }

  /**
   * Gives the cell to score `index` when it is free and returns −1; otherwise returns the index of the
   * score that has it (and changes nothing).
   */
  take(vendorId: string, criterionId: string, evaluatorId: string, index: number): number {
    const v = this.#vendors.ordinal(vendorId);
    const c = this.#criteria.ordinal(criterionId);
    const e = this.#evaluators.ordinal(evaluatorId);
    if (v < 0 || c < 0 || e < 0 || !this.#numbered) {
      return takeIn(this.#byText, JSON.stringify([vendorId, criterionId, evaluatorId]), index);
    }
    const cell = (v * this.#criteria.size + c) * this.#evaluators.size + e;
    const dense = this.#dense;
    if (!dense) return takeIn(this.#sparse, cell, index);
    const first = dense[cell] - 1;
    if (first < 0) dense[cell] = index + 1;
    return first;
  }

  /** Takes the cell for score `index` (at `path`), or reports it as a second score. */
  check(r: Reader, vendorId: string, criterionId: string, evaluatorId: string, index: number, path: string): void {
    const first = this.take(vendorId, criterionId, evaluatorId, index);
    if (first < 0) return;
    const cell = `vendor ${JSON.stringify(vendorId)}, criterion ${JSON.stringify(criterionId)} and evaluator ${JSON.stringify(evaluatorId)}`;
    r.fail(path, `is a second score for ${cell} (the first is ${this.listPath}[${first}])`);
  }
}

function takeIn<K>(cells: Map<K, number>, key: K, index: number): number {
  const first = cells.get(key);
  if (first !== undefined) return first;
  cells.set(key, index);
  return -1;
}
