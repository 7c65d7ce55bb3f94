// What each grid cell displays, as one small reactive record per cell, synced from the session's score
// matrix (the current evaluator's scores, the consensus) in one plain loop. A keypress patches one
// cell of the matrix, and only the cells it changed are synced; a full sync (another tab's edit, a
// new evaluator or scale, the consensus shown or hidden) writes only the cells whose display changed,
// so an unchanged reload from storage re-renders none. Cells read nothing but their own record (not
// even the scale), so no edit marks all 20,000 (200 vendors × 100 criteria) for checking.
import { untrack } from 'svelte';
import { cellKey } from '../domain/cell-key';
import { cellStats } from '../domain/consensus';
import type { EvaluatorScores, ScoreMatrix } from '../domain/score-matrix';
import { formatValue, valueWordsCached } from '../domain/score-grid';
import type { Scale } from '../domain/types';
import { formatScore, plural } from '../domain/format';

/** What one cell shows. */
interface CellDisplay {
  /** The current evaluator's value, null when not scored. */
  value: number | null;
  hasNote: boolean;
  /** Consensus mean for display ("3.5"), null when hidden or nobody scored. */
  mean: string | null;
  count: number;
  /** Spread in scale points ("3") when the evaluators disagree, else null. */
  spread: string | null;
  /** The cell's state in words, after "Vendor, Criterion: " in its accessible name. */
  words: string;
}

/** One cell's display; each field is its own signal, so a cell re-renders only for what changed. */
class CellState implements CellDisplay {
  #value = $state<number | null>(null);
  #hasNote = $state(false);
  #mean = $state<string | null>(null);
  #count = $state(0);
  #spread = $state<string | null>(null);
  #words = $state('not scored');

  get value(): number | null {
    return this.#value;
  }
  get hasNote(): boolean {
    return this.#hasNote;
  }
  get mean(): string | null {
    return this.#mean;
  }
  get count(): number {
    return this.#count;
  }
  get spread(): string | null {
    return this.#spread;
  }
  get words(): string {
    return this.#words;
  }

  /** Writes only the fields that differ (an equal write would still wake the cell's readers). */
  show(next: CellDisplay): void {
    if (this.#value !== next.value) this.#value = next.value;
    if (this.#hasNote !== next.hasNote) this.#hasNote = next.hasNote;
    if (this.#mean !== next.mean) this.#mean = next.mean;
    if (this.#count !== next.count) this.#count = next.count;
    if (this.#spread !== next.spread) this.#spread = next.spread;
    if (this.#words !== next.words) this.#words = next.words;
  }
}

export class GridCells {
  // A plain Map on purpose: each record is reactive; one signal for the whole index would make every
  // cell depend on every other.
  readonly #cells = new Map<string, CellState>();

  /** The record of a cell; created on first use and kept (cells are few and small). */
  cell(key: string): CellState {
    let cell = this.#cells.get(key);
    if (!cell) this.#cells.set(key, (cell = new CellState()));
    return cell;
  }

  /**
   * Brings the cells of the matrix up to date: those numbered in `only`, or every one. Untracked, so a
   * caller's effect depends only on its inputs.
   */
  sync(m: ScoreMatrix, scores: EvaluatorScores, scale: Scale, showConsensus: boolean, only: readonly number[] | null = null): void {
    const wordsOf = valueWordsCached(scale);
    const update = (cell: number) => {
      const key = cellKey(m.vendorIds[Math.floor(cell / m.criterionCount)], m.criterionIds[cell % m.criterionCount]);
      const score = scores.atCell(cell);
      const value = score?.value ?? null;
      const hasNote = Boolean(score?.note);
      const stats = showConsensus ? cellStats(m, cell, scale) : undefined;
      const mean = stats ? formatScore(stats.mean) : null;
      const count = stats?.count ?? 0;
      const spread = stats?.disagreement ? formatValue(stats.max - stats.min) : null;
      const said = wordsOf(value);
      let words = hasNote ? `${said}, has an evidence note` : said;
      if (mean !== null) words += `. Consensus ${mean} from ${plural(count, 'evaluator')}`;
      if (spread !== null) words += `, evaluators disagree: spread ${spread}`;
      this.cell(key).show({ value, hasNote, mean, count, spread, words });
    };
    untrack(() => {
      if (only) for (const cell of only) update(cell);
      else for (let cell = 0; cell < m.cellCount; cell++) update(cell);
    });
  }
}
