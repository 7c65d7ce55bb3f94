// UI state of one open assessment: the stored assessment (kept in step with IndexedDB and other tabs
// by liveQuery), who is scoring now, and everything computed from them. Methods are the only way to
// change it: each applies a pure domain edit at once (so the ranking updates immediately) and saves it.
import { saveAssessmentRecord, saveScore, watchAssessment } from '../db/assessments-repo';
import { saveScores } from '../db/scores-repo';
import { getSetting, setSetting } from '../db/settings-repo';
import { appendMeasurements, deletePilot, insertPilot, savePilot } from '../db/pilots-repo';
import { rankVendors, type RankedVendor } from '../domain/scoring';
import { cellKey } from '../domain/cell-key';
import { consensusCells, type CellStats } from '../domain/consensus';
import { criteriaById, headline, type Headline } from '../domain/results-text';
import { evaluatePilot, type PilotEvaluation } from '../domain/pilot';
import { buildRobustnessModel, type RobustnessModel } from '../domain/robustness/model';
import { isPilotCandidate, pilotCandidates, type PilotCandidate } from '../domain/pilot-candidates';
import { editScore, putScores } from '../domain/score-edits';
import type { Assessment, Measurement, Pilot, Score, Vendor } from '../domain/types';
import type { RowBatch } from '../exchange/csv/measurement-batch';
import { LiveValue } from './live-value.svelte';
import { persist } from './notices.svelte';
import { requestPersistentStorage } from './storage-status.svelte';

export class AssessmentSession {
  readonly id: string;
  readonly #live: LiveValue<Assessment | undefined>;
  #chosenEvaluatorId = $state<string | null>(null);

  constructor(id: string) {
    this.id = id;
    this.#live = new LiveValue(() => watchAssessment(id, this.#live.current));
  }

  /** Starts the live subscription and restores "who is scoring now"; returns the stop function. */
  start(): () => void {
    void getSetting<string | null>(`currentEvaluator:${this.id}`, null).then((id) => {
      if (this.#chosenEvaluatorId === null) this.#chosenEvaluatorId = id;
    });
    return this.#live.start();
  }

  get loaded(): boolean {
    return this.#live.loaded;
  }
  get loadError(): unknown {
    return this.#live.error;
  }
  get assessment(): Assessment | undefined {
    return this.#live.current;
  }

  readonly ranking: RankedVendor[] = $derived.by(() => (this.assessment ? rankVendors(this.assessment) : []));
  readonly cells: Map<string, CellStats> = $derived.by(() =>
    this.assessment ? consensusCells(this.assessment.scale, this.assessment.scores) : new Map(),
  );
  /** Who leads and by how much (SPEC §8); null until something is scored. */
  readonly headline: Headline | null = $derived.by(() =>
    this.assessment ? headline(this.ranking, criteriaById(this.assessment.categories), this.cells) : null,
  );
  /** Vendor ids in the assessment's order: charts give each vendor the same colour everywhere. */
  readonly vendorOrder: string[] = $derived(this.assessment?.vendors.map((v) => v.id) ?? []);
  /** Each pilot's decision now (SPEC §2), in the order of `assessment.pilots`. */
  readonly pilotEvaluations: PilotEvaluation[] = $derived(this.assessment?.pilots.map(evaluatePilot) ?? []);
  /** The contenders and categories every robustness check works on (SPEC §9). */
  readonly robustnessModel: RobustnessModel | null = $derived.by(() => (this.assessment ? buildRobustnessModel(this.assessment, this.ranking) : null));
  /** Shortlisted and selected vendors in ranking order, each with its pilots (SPEC §1 journey 4). */
  readonly pilotCandidates: PilotCandidate[] = $derived.by(() => (this.assessment ? pilotCandidates(this.assessment, this.ranking) : []));
  /** Shortlisted and selected vendors in the assessment's order. */
  readonly shortlistedVendors: Vendor[] = $derived(this.assessment?.vendors.filter(isPilotCandidate) ?? []);

  /** The current evaluator's scores by cell (cellKey), for the grid: one lookup per cell. */
  readonly myScores: Map<string, Score> = $derived.by(() => {
    const evaluatorId = this.currentEvaluatorId;
    const map = new Map<string, Score>();
    for (const s of this.assessment?.scores ?? []) if (s.evaluatorId === evaluatorId) map.set(cellKey(s.vendorId, s.criterionId), s);
    return map;
  });

  /** The evaluator whose scores the grid shows and edits; falls back to the first one. */
  get currentEvaluatorId(): string | undefined {
    const evaluators = this.assessment?.evaluators ?? [];
    return evaluators.find((e) => e.id === this.#chosenEvaluatorId)?.id ?? evaluators[0]?.id;
  }

  chooseEvaluator(evaluatorId: string): void {
    this.#chosenEvaluatorId = evaluatorId;
    void persist('who is scoring now', () => setSetting(`currentEvaluator:${this.id}`, evaluatorId));
  }

  /**
   * Applies an edit of the checklist, vendors, evaluators or descriptive fields. Scores and pilots the
   * edit removed are removed from storage in the same transaction.
   */
  async update(edit: (a: Assessment) => Assessment): Promise<boolean> {
    const current = this.assessment;
    if (!current) return false;
    const next = { ...edit(current), updatedAt: new Date().toISOString() };
    this.#live.set(next);
    const { scores: _s, pilots: _p, ...record } = next;
    return persist('the change', () => saveAssessmentRecord(record));
  }

  pilot(pilotId: string): Pilot | undefined {
    return this.assessment?.pilots.find((p) => p.id === pilotId);
  }

  async addPilot(pilot: Pilot): Promise<boolean> {
    return this.#writePilots((pilots) => [...pilots, pilot], (now) => insertPilot(this.id, pilot, now), 'the new pilot');
  }

  /** Applies an edit to one pilot; its measurement blocks are rewritten only when the rows changed. */
  async updatePilot(pilotId: string, edit: (p: Pilot) => Pilot): Promise<boolean> {
    const before = this.pilot(pilotId);
    if (!before) return false;
    const after = edit(before);
    const rowsChanged = after.measurements !== before.measurements;
    return this.#writePilots(
      (pilots) => pilots.map((p) => (p.id === pilotId ? after : p)),
      (now) => savePilot(this.id, after, now, rowsChanged),
      'the pilot',
    );
  }

  async removePilot(pilotId: string): Promise<boolean> {
    return this.#writePilots((pilots) => pilots.filter((p) => p.id !== pilotId), (now) => deletePilot(this.id, pilotId, now), 'the deletion');
  }

  /**
   * Adds many rows (a CSV import) in one transaction: all are stored or none. `columns`: the same rows
   * as the CSV worker sent them, from which the repository builds its storage blocks without walking
   * the row objects again.
   */
  async appendMeasurements(pilotId: string, rows: readonly Measurement[], columns?: readonly RowBatch[]): Promise<boolean> {
    return this.#writePilots(
      (pilots) => pilots.map((p) => (p.id === pilotId ? { ...p, measurements: [...p.measurements, ...rows] } : p)),
      (now) => appendMeasurements(this.id, pilotId, rows, now, columns),
      'the measurements',
    );
  }

  async #writePilots(change: (pilots: Pilot[]) => Pilot[], write: (now: string) => Promise<void>, what: string): Promise<boolean> {
    const current = this.assessment;
    if (!current) return false;
    const now = new Date().toISOString();
    const next = { ...current, pilots: change(current.pilots), updatedAt: now };
    // The write starts first: its first IndexedDB request is then under way while the screen updates
    // (with 100,000 rows that update takes tens of ms).
    const saving = persist(what, () => write(now));
    this.#live.set(next);
    const saved = await saving;
    // A failed write must not leave the screen showing what was not stored.
    if (!saved) this.#live.set(current);
    return saved;
  }

  /** Sets or clears (null) the current evaluator's score for one cell, keeping any evidence note. */
  async setScore(vendorId: string, criterionId: string, value: number | null): Promise<boolean> {
    return this.#writeCell(vendorId, criterionId, (old) => ({ ...old, value }));
  }

  async setNote(vendorId: string, criterionId: string, note: string): Promise<boolean> {
    return this.#writeCell(vendorId, criterionId, (old) => {
      const next: Score = { ...old };
      if (note.trim()) next.note = note;
      else delete next.note;
      return next;
    });
  }

  scoreOf(vendorId: string, criterionId: string): Score | undefined {
    return this.myScores.get(cellKey(vendorId, criterionId));
  }

  async #writeCell(vendorId: string, criterionId: string, change: (old: Score) => Score): Promise<boolean> {
    const current = this.assessment;
    const evaluatorId = this.currentEvaluatorId;
    if (!current || !evaluatorId) return false;
    const now = new Date().toISOString();
    const { scores, score } = editScore(current.scores, { vendorId, criterionId, evaluatorId }, change, now);
    this.#live.set({ ...current, scores, updatedAt: now });
    const saved = await persist('the score', () => saveScore(this.id, score, now));
    if (saved && score.value !== null) void requestPersistentStorage();
    return saved;
  }

  /**
   * Sets many scores of any evaluators at once (a scoring sheet imported from CSV, SPEC §6), each
   * stamped `now`; a score with neither value nor note clears its cell. The screen shows them at once,
   * and they are stored in one transaction: all or none (on failure the screen goes back).
   */
  async setScores(changes: readonly Score[], now = new Date().toISOString()): Promise<boolean> {
    const current = this.assessment;
    if (!current) return false;
    if (changes.length === 0) return true;
    const stamped = changes.map((s) => ({ ...s, updatedAt: now }));
    this.#live.set({ ...current, scores: putScores(current.scores, stamped), updatedAt: now });
    const saved = await persist('the imported scores', () => saveScores(this.id, stamped, now));
    if (!saved) this.#live.set(current);
    else if (stamped.some((s) => s.value !== null)) void requestPersistentStorage();
    return saved;
  }
}
