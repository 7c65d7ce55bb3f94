// Behaviour of the scoring screen: what the grid shows for the evaluator scoring now (per-cell records,
// counts, the consensus when asked for), the keyboard state, the cell whose note is being edited, and
// the way an action of the grid or the info panel becomes a session edit.
import type { AssessmentSession } from './assessment-session.svelte';
import { GridCells } from './grid-cells.svelte';
import { GridNavigation, type GridAction } from './grid-navigation.svelte';
import type { ConsensusCells } from '../domain/consensus';
import { packageRecipient } from '../domain/evaluator-package-name';
import { cellView, type CellView } from '../domain/grid-cell-view';
import { buildGridLayout, scoredCountByVendor, type GridLayout, type GridPosition } from '../domain/score-grid';
import type { EvaluatorScores, ScoreMatrix } from '../domain/score-matrix';
import type { Assessment, Category, Evaluator, Scale, Vendor } from '../domain/types';
import type { ScoreMatrixVersion } from './score-matrix-sync';

const NO_CATEGORIES: Category[] = [];
const NO_VENDORS: Vendor[] = [];
const DEFAULT_SCALE: Scale = { min: 0, max: 5 };

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

export class ScoringScreen {
  readonly #session: AssessmentSession;
  readonly #nav = new GridNavigation();
  readonly #cells = new GridCells();
  readonly #sameCategories = sameContent<Category[]>();
  readonly #sameVendors = sameContent<Vendor[]>();
  #showConsensus = $state(false);
  #noteAt = $state<GridPosition | null>(null);
  /** What the grid's cells were last synced from: the next sync after a keypress updates only the cells it changed. */
  #synced: { matrix: ScoreMatrix; version: number; evaluatorId: string | undefined; scale: Scale; consensus: boolean } | null = null;

  constructor(session: AssessmentSession) {
    this.#session = session;
  }

  /** Keyboard state of the grid (tabbable cell, hovered cell, refusal message). */
  get nav(): GridNavigation {
    return this.#nav;
  }
  /** What each cell shows; kept in step by syncCells. */
  get cells(): GridCells {
    return this.#cells;
  }
  get showConsensus(): boolean {
    return this.#showConsensus;
  }

  // Deriveds are lazy: they first run after the constructor has set #session (read through methods).
  #assessment(): Assessment | undefined {
    return this.#session.assessment;
  }
  #myScores(): EvaluatorScores {
    return this.#session.myScores;
  }
  #consensusCells(): ConsensusCells {
    return this.#session.cells;
  }
  #scoreMatrix(): ScoreMatrixVersion | null {
    return this.#session.scoreMatrix;
  }
  #currentEvaluatorId(): string | undefined {
    return this.#session.currentEvaluatorId;
  }

  // A score edit or a reload from storage replaces the assessment; categories and vendors keep their
  // identity while their content is unchanged, so the grid is not rebuilt per keypress.
  readonly categories: Category[] = $derived(this.#sameCategories(this.#assessment()?.categories ?? NO_CATEGORIES));
  readonly vendors: Vendor[] = $derived(this.#sameVendors(this.#assessment()?.vendors ?? NO_VENDORS));
  readonly scale: Scale = $derived(this.#assessment()?.scale ?? DEFAULT_SCALE);
  readonly evaluators: Evaluator[] = $derived(this.#assessment()?.evaluators ?? []);
  readonly layout: GridLayout = $derived(buildGridLayout(this.categories));
  /** vendorId → criteria the evaluator scoring now has scored. */
  readonly scoredCounts: Map<string, number> = $derived.by(() => {
    const m = this.#scoreMatrix();
    return m ? scoredCountByVendor(m.matrix, this.#currentEvaluatorId()) : new Map<string, number>();
  });
  readonly scoredTotal: number = $derived([...this.scoredCounts.values()].reduce((sum, n) => sum + n, 0));
  readonly cellTotal: number = $derived(this.layout.criteria.length * this.vendors.length);
  /** The consensus per cell while shown (it needs a second evaluator), else null. */
  readonly consensus: ConsensusCells | null = $derived(
    this.#showConsensus && this.evaluators.length > 1 ? this.#consensusCells() : null,
  );
  readonly evaluatorName: string = $derived(this.evaluators.find((e) => e.id === this.#currentEvaluatorId())?.name ?? '');
  /** The evaluator this assessment was sent to as a blind package (SPEC §1 journey 3), else null. */
  readonly packageFor: Evaluator | null = $derived.by(() => {
    const a = this.#assessment();
    return a ? packageRecipient(a) : null;
  });
  /** The tabbable cell: the one the info panel's buttons score. */
  readonly selected: CellView | null = $derived(this.#cellAt({ row: this.#nav.row, col: this.#nav.col }, this.consensus));
  /** The cell the info panel describes: the hovered one, else the selected one. */
  readonly shown: CellView | null = $derived(this.#cellAt(this.#nav.inspected, this.consensus) ?? this.selected);
  /** The cell whose evidence note is being edited, or null. */
  readonly noteCell: CellView | null = $derived(this.#noteAt && this.#cellAt(this.#noteAt, null));

  #cellAt(at: GridPosition, consensus: ConsensusCells | null): CellView | null {
    return cellView(at, this.layout, this.vendors, this.#myScores(), consensus);
  }

  /** Keeps the tabbable cell inside the grid when criteria or vendors are removed (run in an effect). */
  fitNavigation(): void {
    this.#nav.resize({ rows: this.layout.criteria.length, cols: this.vendors.length });
  }

  /**
   * Brings the cells' display up to date (run in an effect: it reads the scores and the consensus):
   * after a keypress only the cells the matrix changed, else every cell.
   */
  syncCells(): void {
    const current = this.#scoreMatrix();
    if (!current) return;
    const scores = this.#myScores();
    const next = { matrix: current.matrix, version: current.version, evaluatorId: this.#currentEvaluatorId(), scale: this.scale, consensus: this.consensus !== null };
    const last = this.#synced;
    const same = last !== null && last.matrix === next.matrix && last.evaluatorId === next.evaluatorId && last.scale === next.scale && last.consensus === next.consensus;
    this.#cells.sync(next.matrix, scores, next.scale, next.consensus, same ? next.matrix.changedSince(last.version) : null);
    this.#synced = next;
  }

  setShowConsensus(show: boolean): void {
    this.#showConsensus = show;
  }

  /** Sets (a number) or clears (null) the score of a cell for the evaluator scoring now. */
  setAt(at: GridPosition, value: number | null): void {
    const cell = this.#cellAt(at, null);
    if (cell) void this.#session.setScore(cell.vendor.id, cell.criterion.id, value);
  }

  /** The info panel's buttons score the selected cell. */
  setSelected(value: number | null): void {
    this.setAt({ row: this.#nav.row, col: this.#nav.col }, value);
  }

  /** Applies an action of the grid (a key or a double click). */
  act(action: GridAction): void {
    if (action.kind === 'set') this.setAt(action, action.value);
    else if (action.kind === 'clear') this.setAt(action, null);
    else if (action.kind === 'note') this.openNote(action);
  }

  /** Opens the note editor on a cell (default: the selected one). */
  openNote(at: GridPosition = { row: this.#nav.row, col: this.#nav.col }): void {
    this.#noteAt = { row: at.row, col: at.col };
  }

  saveNote(note: string): void {
    const cell = this.noteCell;
    if (cell) void this.#session.setNote(cell.vendor.id, cell.criterion.id, note);
  }

  /** Closes the note editor; returns the cell it was on, for focus to go back to. */
  closeNote(): GridPosition | null {
    const at = this.#noteAt;
    this.#noteAt = null;
    return at;
  }
}
