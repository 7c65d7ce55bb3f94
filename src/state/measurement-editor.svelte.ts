// Recording a pilot's measurements: adding rows, editing one in place, deleting one with a while to
// undo it. Every change is one session.updatePilot with new rows (a delete is never silent and never
// needs a dialog). Rows are addressed by their number plus the row the user saw (domain/measurement-edits.ts),
// never by a remembered number alone; only the row being edited or deleted is read as an object.
//
// Create it while a component initialises (it runs an effect owned by that component) and call
// destroy() when that component goes.
import { importMeasurements } from '../domain/measurement-duplicates';
import { resolveRow, appendRows, removeRow, replaceRow, restoreRow, sameRow, type RowRef } from '../domain/measurement-edits';
import { validateEntry, type EntryDraft, type EntryErrors } from '../domain/measurement-entry';
import { deletedText } from '../domain/measurement-format';
import { rowAt } from '../domain/pilot-rows';
import { rowsFromMeasurements } from '../domain/pilot-rows-build';
import type { Measurement, Pilot } from '../domain/types';
import type { AssessmentSession } from './assessment-session.svelte';

/** How long a deleted row can be brought back. */
const UNDO_MS = 15_000;

type SaveOutcome = 'saved' | 'gone' | 'failed';

const EMPTY_DRAFT: EntryDraft = { date: '', kpiId: '', value: '', n: '', note: '' };

export class MeasurementEditor {
  readonly #session: AssessmentSession;
  readonly #pilotOf: () => Pilot;
  #undo = $state.raw<{ ref: RowRef; text: string } | null>(null);
  #undoTimer: ReturnType<typeof setTimeout> | undefined;
  // Raw: the row as the user saw it, to find it again.
  #editing = $state.raw<RowRef | null>(null);
  #draft = $state<EntryDraft>({ ...EMPTY_DRAFT });
  #editErrors = $state.raw<EntryErrors>({});
  #editMessage = $state('');
  #focusEdit = $state(false);

  /** `pilot`: the pilot as the table shows it (it may lag the session's by a few tasks). */
  constructor(session: AssessmentSession, pilot: () => Pilot) {
    this.#session = session;
    this.#pilotOf = pilot;
    // The row under edit vanished (deleted, or another tab reloaded the list): never edit a stale index.
    $effect(() => {
      if (this.#editing && this.editingIndex < 0) {
        this.#editing = null;
        this.#editMessage = 'The row you were editing was changed elsewhere, so the edit was cancelled.';
      }
    });
  }

  // Deriveds are lazy: they first run after the constructor has set the getter (read through a method).
  #pilot(): Pilot {
    return this.#pilotOf();
  }

  /** The last delete, while it can be undone. */
  get undo(): { text: string } | null {
    return this.#undo;
  }
  /** The fields of the row under edit (bound to the row's inputs). */
  get draft(): EntryDraft {
    return this.#draft;
  }
  /** One field of the row being edited, as typed. */
  setDraftField(field: keyof EntryDraft, value: string): void {
    this.#draft = { ...this.#draft, [field]: value };
  }
  get editErrors(): EntryErrors {
    return this.#editErrors;
  }
  /** Why an edit was refused or cancelled; '' when all is well. */
  get editMessage(): string {
    return this.#editMessage;
  }
  /** True only when an edit starts: a row scrolled out and back in must not take the focus. */
  get focusEdit(): boolean {
    return this.#focusEdit;
  }

  /** The number of the row under edit in the pilot's rows, or -1. */
  readonly editingIndex: number = $derived(this.#editing ? resolveRow(this.#pilot().measurements, this.#editing) : -1);

  /** Adds typed rows; `replace`: instead of the stored rows of the same KPI and date (the entry forms ask first). */
  add(rows: Measurement[], choice: 'keep' | 'replace' = 'keep'): Promise<boolean> {
    return this.#session.updatePilot(this.#pilot().id, (p) => (choice === 'replace' ? importMeasurements(p, rowsFromMeasurements(rows), 'replace') : appendRows(p, rows)));
  }

  /** The session's current pilot (the table's may lag a tick), read right before writing. */
  #current(): Pilot | undefined {
    return this.#session.pilot(this.#pilot().id);
  }

  /** Replaces one row; 'gone' when it no longer exists (changed in another tab, or deleted). */
  async save(ref: RowRef, next: Measurement): Promise<SaveOutcome> {
    const p = this.#current();
    if (!p || !replaceRow(p, ref, next)) return 'gone';
    return (await this.#session.updatePilot(p.id, (q) => replaceRow(q, ref, next) ?? q)) ? 'saved' : 'failed';
  }

  /** Deletes the row at `index` of the shown list (ending its edit, if any) and offers an undo. */
  async remove(index: number): Promise<void> {
    if (this.#editing && this.editingIndex === index) this.#editing = null;
    const row = rowAt(this.#pilot().measurements, index);
    if (!row) return;
    const ref = { index, row };
    const p = this.#current();
    const at = p ? resolveRow(p.measurements, ref) : -1;
    if (!p || at < 0) return;
    const resolved = { index: at, row: ref.row };
    const kpi = p.kpis.find((k) => k.id === ref.row.kpiId);
    const saved = await this.#session.updatePilot(p.id, (q) => removeRow(q, resolved) ?? q);
    if (!saved) return;
    clearTimeout(this.#undoTimer);
    this.#undo = { ref: resolved, text: deletedText(ref.row, kpi) };
    this.#undoTimer = setTimeout(() => (this.#undo = null), UNDO_MS);
  }

  async undoDelete(): Promise<void> {
    const undo = this.#undo;
    if (!undo) return;
    this.dismissUndo();
    await this.#session.updatePilot(this.#pilot().id, (q) => restoreRow(q, undo.ref));
  }

  dismissUndo(): void {
    clearTimeout(this.#undoTimer);
    this.#undo = null;
  }

  startEdit(index: number): void {
    const row = rowAt(this.#pilot().measurements, index);
    if (!row) return;
    this.#editMessage = '';
    this.#draft = { date: row.date, kpiId: row.kpiId, value: String(row.value), n: row.n === undefined ? '' : String(row.n), note: row.note ?? '' };
    this.#editErrors = {};
    this.#editing = { index, row };
    this.#focusEdit = true;
  }

  /** The edited row has taken the focus. */
  focused(): void {
    this.#focusEdit = false;
  }

  /**
   * Checks and stores the edit. Resolves true when the edit is over (saved, unchanged, or its row gone),
   * false when it stays open: a wrong field, or a write that failed (the session has said why).
   */
  async saveEdit(): Promise<boolean> {
    const ref = this.#editing;
    if (!ref) return false;
    const result = validateEntry(this.#draft, this.#pilot().kpis.map((k) => k.id));
    if ('errors' in result) {
      this.#editErrors = result.errors;
      this.#editMessage = Object.values(result.errors).filter(Boolean).join(' ');
      return false;
    }
    this.#editMessage = '';
    if (!sameRow(ref.row, result.measurement)) {
      const outcome = await this.save(ref, result.measurement);
      if (outcome === 'failed') return false;
      if (outcome === 'gone') this.#editMessage = 'That row was changed elsewhere, so the edit was not saved.';
    }
    this.#editing = null;
    return true;
  }

  cancelEdit(): void {
    this.#editing = null;
    this.#editMessage = '';
  }

  /** Stops the undo timer (the component is going). */
  destroy(): void {
    clearTimeout(this.#undoTimer);
  }
}
