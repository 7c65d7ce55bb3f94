// What each grid cell displays, as one small reactive record per cell, synced from the session's
// lookups (myScores, consensus) in one plain loop. Typing a score replaces the whole assessment and
// its maps; syncing writes only the cells whose display changed, so one keypress re-renders one cell
// instead of 3,000 (50 vendors × 60 criteria), and an unchanged reload from storage re-renders none.
// Cells read nothing but their own record (not even the scale), so no edit marks all 3,000 for checking.
import { untrack } from 'svelte';
import type { CellStats } from '../domain/consensus';
import { formatValue, valueWordsCached } from '../domain/score-grid';
import type { Scale, Score } from '../domain/types';
import { formatScore } from '../domain/format';

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

  /** Brings every listed cell up to date; untracked, so a caller's effect depends only on its inputs. */
  sync(keys: readonly string[], scale: Scale, scores: ReadonlyMap<string, Score>, consensus: ReadonlyMap<string, CellStats> | null): void {
    const wordsOf = valueWordsCached(scale);
    untrack(() => {
      for (const key of keys) {
        const score = scores.get(key);
        const value = score?.value ?? null;
        const hasNote = Boolean(score?.note);
        const stats = consensus?.get(key);
        const mean = stats ? formatScore(stats.mean) : null;
        const count = stats?.count ?? 0;
        const spread = stats?.disagreement ? formatValue(stats.max - stats.min) : null;
        const said = wordsOf(value);
        let words = hasNote ? `${said}, has an evidence note` : said;
        if (mean !== null) words += `. Consensus ${mean} from ${count} ${count === 1 ? 'evaluator' : 'evaluators'}`;
        if (spread !== null) words += `, evaluators disagree: spread ${spread}`;
        this.cell(key).show({ value, hasNote, mean, count, spread, words });
      }
    });
  }
}
