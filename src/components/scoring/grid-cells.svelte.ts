// What each grid cell displays, as one small reactive record per cell, synced from the session's
// lookups (myScores, consensus) in one plain loop. Typing a score replaces the whole assessment and
// its maps; syncing writes only the cells whose display changed, so one keypress re-renders one cell
// instead of 3,000 (50 vendors × 60 criteria), and an unchanged reload from storage re-renders none.
// Cells read nothing but their own record (not even the scale), so no edit marks all 3,000 for checking.
import { untrack } from 'svelte';
import { cellKey } from '../../domain/cell-key';
import type { CellStats } from '../../domain/consensus';
import { formatValue, valueWordsCached } from '../../domain/score-grid';
import type { Scale, Score } from '../../domain/types';
import { formatScore } from '../../domain/format';

export class CellState {
  /** The current evaluator's value, null when not scored. */
  value = $state<number | null>(null);
  hasNote = $state(false);
  /** Consensus mean for display ("3.5"), null when hidden or nobody scored. */
  mean = $state<string | null>(null);
  count = $state(0);
  /** Spread in scale points ("3") when the evaluators disagree, else null. */
  spread = $state<string | null>(null);
  /** The cell's state in words, after "Vendor, Criterion: " in its accessible name. */
  words = $state('not scored');
}

export class GridCells {
  // A plain Map on purpose: each record is reactive; one signal for the whole index would make every
  // cell depend on every other.
  #cells = new Map<string, CellState>();

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
        const cell = this.cell(key);
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
        if (cell.value !== value) cell.value = value;
        if (cell.hasNote !== hasNote) cell.hasNote = hasNote;
        if (cell.mean !== mean) cell.mean = mean;
        if (cell.count !== count) cell.count = count;
        if (cell.spread !== spread) cell.spread = spread;
        if (cell.words !== words) cell.words = words;
      }
    });
  }
}

/** The cell keys of a grid in row-major order (criteria × vendors). */
export function gridKeys(criterionIds: readonly string[], vendorIds: readonly string[]): string[] {
  const keys: string[] = [];
  for (const c of criterionIds) for (const v of vendorIds) keys.push(cellKey(v, c));
  return keys;
}

/**
 * Returns the previous value while the next one has the same content, so that a reload from storage
 * (fresh objects, same data) does not rebuild the grid. Use one instance per value.
 */
export function sameContent<T>(): (next: T) => T {
  let previous: T | undefined;
  let previousJson = '';
  return (next) => {
    if (next === previous) return next;
    const json = JSON.stringify(next);
    if (previous !== undefined && json === previousJson) return previous;
    previous = next;
    previousJson = json;
    return next;
  };
}
