// The scores of one assessment as dense arrays indexed by number, for the Results screen's hot path:
// cell = vendor × criteria + criterion (the assessment's vendor order, checklist order), entry = cell ×
// evaluators + evaluator. The consensus (SPEC §3), the ranking and calibration read typed arrays instead
// of walking every Score with string keys, and one score edit patches one entry and one cell (`put`), so
// what is recomputed per edit is proportional to the change.
//
// Sums follow the order of the scores array, as consensusMatrix adds them: `position` is each score's
// index in the array, kept in step with editScore's moves (a changed score stays in place, a cleared
// one leaves the array, a new one is appended). A patched matrix therefore gives the same numbers, to
// the last bit, as one built again from the edited array. The Score objects themselves stay in that
// array (no second array of 200,000 references to allocate per build).
import type { Score } from './types';

interface MatrixInput {
  vendors: readonly { id: string }[];
  categories: readonly { criteria: readonly { id: string }[] }[];
  /** The assessment's evaluators; the ranking's input has none (its consensus ignores who scored). */
  evaluators?: readonly { id: string }[];
  scores: readonly Score[];
}

const ABSENT = -1;

/**
 * id → position, first occurrence wins. A null-prototype object rather than a Map: property lookup
 * measured up to a third faster than Map.get on 200,000 scores (scripts/bench-scoring.ts), and
 * without a prototype an id like "constructor" or "__proto__" is just a key.
 */
export function idSlots(ids: readonly string[]): Record<string, number | undefined> {
  const slot = Object.create(null) as Record<string, number | undefined>;
  for (let i = 0; i < ids.length; i++) if (slot[ids[i]] === undefined) slot[ids[i]] = i;
  return slot;
}

export class ScoreMatrix {
  readonly vendorIds: readonly string[];
  readonly criterionIds: readonly string[];
  /** The assessment's evaluators, then ids found only in the scores (counted in the consensus, not in calibration). */
  readonly evaluatorIds: readonly string[];
  /** Evaluator slots below this are the assessment's own. */
  readonly listedEvaluators: number;
  readonly criterionCount: number;
  readonly evaluatorCount: number;
  readonly cellCount: number;
  /** Per entry: the value, NaN where there is none (not scored, cleared, or not a finite number). */
  readonly value: Float64Array;
  /** Per entry: the index in `scores` of the stored score (with a value or a note), ABSENT (−1) where there is none. */
  readonly position: Int32Array;
  /** Per cell: mean of the values (NaN where nobody scored), how many, lowest and highest. */
  readonly mean: Float64Array;
  readonly count: Uint32Array;
  readonly min: Float64Array;
  readonly max: Float64Array;
  /** Per evaluator slot: how many cells the evaluator gave a value. */
  readonly valueCount: Uint32Array;
  readonly #vendorSlot: Record<string, number | undefined>;
  readonly #criterionSlot: Record<string, number | undefined>;
  readonly #evaluatorSlot: Record<string, number | undefined>;
  /** The scores array this matrix follows. */
  #scores: readonly Score[];
  /** Some (vendor, criterion, evaluator) occurs twice (storage and import refuse that): no patching. */
  #repeated = false;
  #version = 0;
  /** Cells changed by put(), oldest first, since version #journalStart. */
  #journal: number[] = [];
  #journalStart = 0;

  private constructor(vendorIds: string[], criterionIds: string[], evaluatorIds: string[], listed: number, scores: readonly Score[]) {
    this.vendorIds = vendorIds;
    this.criterionIds = criterionIds;
    this.evaluatorIds = evaluatorIds;
    this.listedEvaluators = listed;
    this.criterionCount = criterionIds.length;
    this.evaluatorCount = evaluatorIds.length;
    this.cellCount = vendorIds.length * criterionIds.length;
    const entries = this.cellCount * this.evaluatorCount;
    this.value = new Float64Array(entries).fill(NaN);
    this.position = new Int32Array(entries).fill(ABSENT);
    this.mean = new Float64Array(this.cellCount);
    this.count = new Uint32Array(this.cellCount);
    this.min = new Float64Array(this.cellCount);
    this.max = new Float64Array(this.cellCount);
    this.valueCount = new Uint32Array(this.evaluatorCount);
    this.#vendorSlot = idSlots(vendorIds);
    this.#criterionSlot = idSlots(criterionIds);
    this.#evaluatorSlot = idSlots(evaluatorIds);
    this.#scores = scores;
  }

  /** Scores of vendors or criteria not in the input are left out; so are scores of neither value nor note. */
  static build(input: MatrixInput): ScoreMatrix {
    const vendorIds = input.vendors.map((v) => v.id);
    const criterionIds = input.categories.flatMap((k) => k.criteria.map((c) => c.id));
    const evaluatorIds = (input.evaluators ?? []).map((e) => e.id);
    const listed = evaluatorIds.length;
    const m = new ScoreMatrix(vendorIds, criterionIds, evaluatorIds, listed, input.scores);
    if (m.#fill()) return m;
    // Scores of evaluators the assessment does not list: slots for them after its own, then again.
    const slot = idSlots(evaluatorIds);
    for (const s of input.scores) if (slot[s.evaluatorId] === undefined) slot[s.evaluatorId] = evaluatorIds.push(s.evaluatorId) - 1;
    const wider = new ScoreMatrix(vendorIds, criterionIds, evaluatorIds, listed, input.scores);
    wider.#fill();
    return wider;
  }

  /** Fills the arrays from #scores in one pass; false (and half filled) on an evaluator without a slot. */
  #fill(): boolean {
    const scores = this.#scores;
    const { position, value: values, mean: sum, count, min, max, evaluatorIds, valueCount } = this;
    const vendorSlot = this.#vendorSlot;
    const criterionSlot = this.#criterionSlot;
    const evaluatorSlot = this.#evaluatorSlot;
    const stride = this.criterionCount;
    const evaluators = this.evaluatorCount;
    // Scores usually come grouped by vendor and criterion, evaluator after evaluator: remembering the
    // last ids and trying the next evaluator first saves most lookups.
    let lastVendor: string | undefined;
    let lastCriterion: string | undefined;
    let v = -1;
    let c = -1;
    let e = -1;
    for (let i = 0; i < scores.length; i++) {
      const s = scores[i];
      if (s.vendorId !== lastVendor) v = vendorSlot[(lastVendor = s.vendorId)] ?? -1;
      if (s.criterionId !== lastCriterion) c = criterionSlot[(lastCriterion = s.criterionId)] ?? -1;
      const id = s.evaluatorId;
      if (evaluatorIds[e + 1] === id) e++;
      else if (evaluatorIds[e] !== id) e = evaluatorSlot[id] ?? -1;
      if (e < 0) return false;
      if (v < 0 || c < 0) continue;
      const cell = v * stride + c;
      const entry = cell * evaluators + e;
      const value = s.value;
      const counted = value !== null && Number.isFinite(value);
      if (position[entry] !== ABSENT) this.#repeated = true;
      else {
        position[entry] = i;
        if (counted) {
          values[entry] = value;
          valueCount[e]++;
        }
      }
      // Sums in array order, every value counted, exactly as consensusMatrix.
      if (!counted) continue;
      const n = count[cell];
      if (n === 0 || value < min[cell]) min[cell] = value;
      if (n === 0 || value > max[cell]) max[cell] = value;
      sum[cell] += value;
      count[cell] = n + 1;
    }
    for (let cell = 0; cell < this.cellCount; cell++) sum[cell] = count[cell] > 0 ? sum[cell] / count[cell] : NaN;
    return true;
  }

  /** The scores array this matrix follows (the last one put() was given). */
  get scores(): readonly Score[] {
    return this.#scores;
  }

  /** The stored score (with a value or a note) of an entry, or undefined. */
  scoreAt(entry: number): Score | undefined {
    const at = entry < 0 ? ABSENT : this.position[entry];
    return at === ABSENT ? undefined : this.#scores[at];
  }

  /** Increases with every put(). */
  get version(): number {
    return this.#version;
  }

  /** The cell of a vendor and criterion, −1 when either is not in the matrix. */
  cellOf(vendorId: string, criterionId: string): number {
    const v = this.#vendorSlot[vendorId];
    const c = this.#criterionSlot[criterionId];
    return v === undefined || c === undefined ? -1 : v * this.criterionCount + c;
  }

  /** The slot of an evaluator, −1 when not in the matrix. */
  evaluatorOf(evaluatorId: string): number {
    return this.#evaluatorSlot[evaluatorId] ?? -1;
  }

  /** The entry of one evaluator's score of one cell, −1 when any id is not in the matrix. */
  entryOf(vendorId: string, criterionId: string, evaluatorId: string): number {
    const cell = this.cellOf(vendorId, criterionId);
    const e = this.evaluatorOf(evaluatorId);
    return cell < 0 || e < 0 ? -1 : cell * this.evaluatorCount + e;
  }

  /**
   * The index of a score in the scores array this matrix follows; −1 when that array holds none;
   * undefined when the matrix cannot tell (ids it does not know, or a repeated score).
   */
  indexOf(vendorId: string, criterionId: string, evaluatorId: string): number | undefined {
    const entry = this.entryOf(vendorId, criterionId, evaluatorId);
    return entry < 0 || this.#repeated ? undefined : this.position[entry];
  }

  /**
   * Follows what editScore did to the scores array, which is now `scores`: `score` was stored (kept:
   * replaced in place or appended) or removed (not kept). False when the matrix cannot follow (unknown
   * ids, repeated scores): build it again from `scores` then.
   */
  put(score: Score, kept: boolean, scores: readonly Score[]): boolean {
    const entry = this.entryOf(score.vendorId, score.criterionId, score.evaluatorId);
    if (entry < 0 || this.#repeated) return false;
    const at = this.position[entry];
    this.#scores = scores;
    if (at === ABSENT && !kept) return true;
    if (at === ABSENT) this.position[entry] = scores.length - 1;
    else if (!kept) {
      const position = this.position;
      position[entry] = ABSENT;
      for (let i = 0; i < position.length; i++) if (position[i] > at) position[i]--;
    }
    const value = score.value;
    const e = entry % this.evaluatorCount;
    if (!Number.isNaN(this.value[entry])) this.valueCount[e]--;
    this.value[entry] = kept && value !== null && Number.isFinite(value) ? value : NaN;
    if (!Number.isNaN(this.value[entry])) this.valueCount[e]++;
    const cell = (entry - e) / this.evaluatorCount;
    this.#recount(cell);
    this.#version++;
    this.#journal.push(cell);
    // A screen that has not looked for a long while redraws everything (changedSince gives null).
    if (this.#journal.length > 4096) {
      this.#journal = this.#journal.slice(2048);
      this.#journalStart += 2048;
    }
    return true;
  }

  /** The cells put() changed since `version` (each once), or null when that is no longer known. */
  changedSince(version: number): number[] | null {
    if (version < this.#journalStart || version > this.#version) return null;
    return [...new Set(this.#journal.slice(version - this.#journalStart))];
  }

  /** One cell's mean, count, min and max again from its entries, added in array order. */
  #recount(cell: number): void {
    const first = cell * this.evaluatorCount;
    const order: number[] = [];
    for (let e = 0; e < this.evaluatorCount; e++) if (!Number.isNaN(this.value[first + e])) order.push(first + e);
    order.sort((x, y) => this.position[x] - this.position[y]);
    let sum = 0;
    let min = 0;
    let max = 0;
    order.forEach((entry, n) => {
      const value = this.value[entry];
      if (n === 0 || value < min) min = value;
      if (n === 0 || value > max) max = value;
      sum += value;
    });
    this.count[cell] = order.length;
    this.mean[cell] = order.length > 0 ? sum / order.length : NaN;
    this.min[cell] = min;
    this.max[cell] = max;
  }
}

/** One evaluator's stored scores (with a value or a note), looked up by cell. */
export interface EvaluatorScores {
  at(vendorId: string, criterionId: string): Score | undefined;
  /** By matrix cell number. */
  atCell(cell: number): Score | undefined;
}

/** The scores of `evaluatorId` in the matrix as it is when asked; none without a matrix or that evaluator. */
export function evaluatorScores(m: ScoreMatrix | null, evaluatorId: string | undefined): EvaluatorScores {
  const e = m && evaluatorId !== undefined ? m.evaluatorOf(evaluatorId) : -1;
  if (!m || e < 0) return { at: () => undefined, atCell: () => undefined };
  const atCell = (cell: number) => (cell < 0 ? undefined : m.scoreAt(cell * m.evaluatorCount + e));
  return { at: (vendorId, criterionId) => atCell(m.cellOf(vendorId, criterionId)), atCell };
}
