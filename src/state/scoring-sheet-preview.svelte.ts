// What the scoring sheet import's preview shows about its rows (SPEC §6 "Scoring sheet"): each row's
// vendor, criterion and evaluator by name, what it changes, and the tally of new, changed and
// unchanged scores over every row to import (not only the first ones shown).
import { changeBadge, changeOfRow, changeTally, sheetNames, storedScores } from '../domain/scoring-sheet-changes';
import type { ScoreRow } from '../exchange/csv/score-rows';
import type { AssessmentSession } from './assessment-session.svelte';
import type { CsvImportFlow } from './csv-import-flow.svelte';

const NO_TALLY = { new: 0, changed: 0, same: 0 };

export class ScoringSheetPreview {
  readonly #session: AssessmentSession;
  readonly #flow: CsvImportFlow<ScoreRow>;

  constructor(session: AssessmentSession, flow: CsvImportFlow<ScoreRow>) {
    this.#session = session;
    this.#flow = flow;
  }

  readonly names: ReturnType<typeof sheetNames> = $derived.by(() => sheetNames(this.#session.assessment));
  readonly #stored = $derived.by(() => storedScores({ scores: this.#session.assessment?.scores ?? [] }));

  /** New, changed and unchanged among every row read. */
  readonly tally: { new: number; changed: number; same: number } = $derived.by(() => {
    // The flow keeps its rows out of reactive state (there may be 100,000); its counts change whenever they do.
    const { rows } = this.#flow.counts;
    return this.#flow.step.kind === 'preview' && rows > 0 ? changeTally(this.#stored, this.#flow.rows) : NO_TALLY;
  });

  /** The "Change" badge of one row: against the scores the session holds now. */
  badge(row: ScoreRow): ReturnType<typeof changeBadge> {
    return changeBadge(changeOfRow(this.#stored, row));
  }
}
