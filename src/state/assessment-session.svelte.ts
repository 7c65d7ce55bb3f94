// UI state of one open assessment: the stored assessment (kept in step with IndexedDB and other tabs,
// stored-assessment.svelte.ts), who is scoring now, and everything computed from them. Methods are the
// only way to change it: each applies a pure domain edit at once (so the ranking updates immediately)
// and stores it by applying the same edit to what is stored, in one transaction, so that another
// tab's edit of something else is never overwritten.
import { writeFailureReason } from './storage-errors';
import { updateAssessment } from '../db/assessment-edits-repo';
import { saveScores, writeCell } from '../db/scores-repo';
import { getSetting, setSetting } from '../db/settings-repo';
import { appendMeasurements, deletePilot, insertPilot, updatePilot } from '../db/pilots-repo';
import { ChangedElsewhere, type Stamp } from '../db/revision';
import { rankVendors, type RankedVendor } from '../domain/scoring';
import { matrixConsensus, type ConsensusCells } from '../domain/consensus';
import { calibrate, type Calibration } from '../domain/calibration';
import { criteriaById, headline, type Headline } from '../domain/results-text';
import { evaluatePilot, type PilotEvaluation } from '../domain/pilot';
import { buildRobustnessModel, type RobustnessModel } from '../domain/robustness/model';
import { scoreFlip, type ScoreFlip } from '../domain/robustness/score-flip';
import { pilotCandidates, type PilotCandidate } from '../domain/pilot-candidates';
import { editScore, hasScoreContent, putScores } from '../domain/score-edits';
import { evaluatorScores, type EvaluatorScores } from '../domain/score-matrix';
import type { Assessment, Pilot, PilotRows, Score } from '../domain/types';
import type { Contract, ContractMeasurement } from '../domain/contract/contract-types';
import { updateContractResults } from '../db/contracts-repo';
import { appendPilotRows, type SkippedDates } from '../domain/pilot-rows-build';
import { sameData } from '../domain/same-data';
import { StoredAssessment } from './stored-assessment.svelte';
import { ScoreMatrixSync, type ScoreMatrixVersion } from './score-matrix-sync';
import { notices, persist, reportWriteFailure } from './notices.svelte';
import { requestPersistentStorage } from './storage-status.svelte';

export class AssessmentSession {
  readonly id: string;
  readonly #stored: StoredAssessment;
  readonly #matrixSync = new ScoreMatrixSync();
  #chosenEvaluatorId = $state<string | null>(null);

  constructor(id: string) {
    this.id = id;
    this.#stored = new StoredAssessment(id);
  }

  /** Starts the live subscription and restores "who is scoring now"; returns the stop function. */
  start(): () => void {
    // A preference only: when storage cannot be read (data newer than this page, a connection another
    // tab's upgrade closed; the reload banner says so), the first evaluator scores.
    void getSetting<string | null>(`currentEvaluator:${this.id}`, null)
      .then((id) => {
        if (this.#chosenEvaluatorId === null) this.#chosenEvaluatorId = id;
      })
      .catch(() => undefined);
    return this.#stored.start();
  }

  get loaded(): boolean {
    return this.#stored.loaded;
  }
  get loadError(): unknown {
    return this.#stored.error;
  }
  /** Why the assessment could not be read, in words with what to do; null when it was. */
  get loadFailure(): string | null {
    return this.#stored.error === undefined ? null : writeFailureReason(this.#stored.error);
  }
  get assessment(): Assessment | undefined {
    return this.#stored.current;
  }

  /**
   * The scores as dense arrays (domain/score-matrix.ts), patched in place by a score typed here: the
   * ranking, the consensus and calibration below are recomputed from typed arrays after each edit
   * instead of from every score object.
   */
  readonly scoreMatrix: ScoreMatrixVersion | null = $derived(this.assessment ? this.#matrixSync.sync(this.assessment) : null);

  readonly ranking: RankedVendor[] = $derived.by(() => {
    const a = this.assessment;
    const m = this.scoreMatrix;
    return a && m ? rankVendors(a, m.matrix) : [];
  });
  /** The consensus of each cell (SPEC §3). */
  readonly cells: ConsensusCells = $derived.by(() => {
    const a = this.assessment;
    const m = this.scoreMatrix;
    return a && m ? matrixConsensus(m.matrix, a.scale) : NO_CELLS;
  });
  /** Who leads and by how much (SPEC §8); null until something is scored. */
  readonly headline: Headline | null = $derived.by(() =>
    this.assessment ? headline(this.ranking, criteriaById(this.assessment.categories), this.cells) : null,
  );
  /** Vendor ids in the assessment's order: charts give each vendor the same colour everywhere. */
  readonly vendorOrder: string[] = $derived(this.assessment?.vendors.map((v) => v.id) ?? []);
  /** Each pilot's decision now (SPEC §2), in the order of `assessment.pilots`. */
  readonly pilotEvaluations: PilotEvaluation[] = $derived(this.assessment?.pilots.map(evaluatePilot) ?? []);
  /** The contenders and categories every robustness check works on (SPEC §9). */
  readonly robustnessModel: RobustnessModel | null = $derived.by(() => (this.assessment ? buildRobustnessModel(this.assessment, this.ranking, this.cells) : null));
  /** SPEC §9 score flip of the robustness model. */
  readonly scoreFlip: ScoreFlip | null = $derived.by(() => {
    const a = this.assessment;
    const m = this.scoreMatrix;
    const model = this.robustnessModel;
    return a && m && model ? scoreFlip(a, model, m.matrix) : null;
  });
  /** Where the evaluators disagree most and who reads the scale differently (calibration.ts). */
  readonly calibration: Calibration | null = $derived.by(() => {
    const a = this.assessment;
    const m = this.scoreMatrix;
    return a && m ? calibrate(a, undefined, m.matrix) : null;
  });
  /** The vendors a pilot is offered for, in ranking order, each with its pilots (SPEC §1 journey 4). */
  readonly pilotCandidates: PilotCandidate[] = $derived.by(() => (this.assessment ? pilotCandidates(this.assessment, this.ranking) : []));

  /** The current evaluator's scores, for the grid: one array read per cell. */
  readonly myScores: EvaluatorScores = $derived.by(() => {
    const m = this.scoreMatrix;
    return evaluatorScores(m?.matrix ?? null, this.currentEvaluatorId);
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
    if (!this.assessment) return false;
    return persist('the change', () => this.#stored.write(edit, (stamp) => updateAssessment(this.id, edit, stamp)));
  }

  /** The name and sector, as edited in the assessment's header. */
  rename(name: string): Promise<boolean> {
    return this.update((a) => ({ ...a, name }));
  }
  setSector(sector: string): Promise<boolean> {
    return this.update((a) => ({ ...a, sector }));
  }

  /**
   * An editor's save: applied only when the thing it edits (`view` of the assessment) is still what the
   * editor opened on (`seen`); 'conflict' when another tab changed it meanwhile (nothing is written).
   */
  async updateIfUnchanged(edit: (a: Assessment) => Assessment, view: (a: Assessment) => unknown, seen: unknown): Promise<SaveOutcome> {
    if (!this.assessment) return 'failed';
    const guard = (stored: Assessment) => sameData(view(stored), seen);
    return this.#guarded('the change', () => this.#stored.write(edit, (stamp) => updateAssessment(this.id, edit, stamp, guard)));
  }

  pilot(pilotId: string): Pilot | undefined {
    return this.assessment?.pilots.find((p) => p.id === pilotId);
  }

  async addPilot(pilot: Pilot): Promise<boolean> {
    return this.#writePilots((pilots) => [...pilots, pilot], (stamp) => insertPilot(this.id, pilot, stamp), 'the new pilot');
  }

  /** Applies an edit to the stored pilot; its measurement blocks are rewritten only when the rows changed. */
  async updatePilot(pilotId: string, edit: (p: Pilot) => Pilot): Promise<boolean> {
    if (!this.pilot(pilotId)) return false;
    return this.#writePilots(
      (pilots) => pilots.map((p) => (p.id === pilotId ? edit(p) : p)),
      (stamp) => updatePilot(this.id, pilotId, edit, stamp),
      'the pilot',
    );
  }

  async removePilot(pilotId: string): Promise<boolean> {
    return this.#writePilots((pilots) => pilots.filter((p) => p.id !== pilotId), (stamp) => deletePilot(this.id, pilotId, stamp), 'the deletion');
  }

  /**
   * Adds many rows (a CSV import, as the worker built them: columns) after the rows of their KPIs, less
   * those on the dates `skip` names, in one transaction: all are stored or none. `joined`: the result
   * being worked out from the rows the screen holds (`from`): the write does not wait for it, and the
   * screen shows it once done while the rows are still those.
   */
  async appendMeasurements(pilotId: string, rows: PilotRows, skip?: SkippedDates, joined?: { from: PilotRows; to: Promise<PilotRows> }): Promise<boolean> {
    if (!this.assessment) return false;
    let to: PilotRows | undefined;
    const ready = joined?.to.then((rows) => (to = rows));
    const append = (p: Pilot) => (to && p.measurements === joined?.from ? to : appendPilotRows(p.measurements, rows, p.kpis.map((k) => k.id), skip));
    const edit = (a: Assessment) => ({ ...a, pilots: a.pilots.map((p) => (p.id === pilotId ? { ...p, measurements: append(p) } : p)) });
    const write = (stamp: Stamp) => appendMeasurements(this.id, pilotId, rows, stamp, skip);
    return persist('the measurements', () => this.#stored.write(edit, write, { writeFirst: true, ready }));
  }

  contract(contractId: string): Contract | undefined {
    return this.assessment?.contracts.find((c) => c.id === contractId);
  }

  /** Adds, edits or removes contracts' terms, service levels or reviews; stored results of what was removed go too. */
  async updateContracts(change: (contracts: Contract[]) => Contract[]): Promise<boolean> {
    return this.update((a) => ({ ...a, contracts: change(a.contracts) }));
  }

  /** Applies `change` to a contract's results here and, the same change, to the stored ones (rows another tab added stay). */
  async changeContractResults(contractId: string, change: (rows: ContractMeasurement[]) => ContractMeasurement[]): Promise<boolean> {
    if (!this.contract(contractId)) return false;
    const apply = (a: Assessment) => ({ ...a, contracts: a.contracts.map((c) => (c.id === contractId ? { ...c, measurements: change(c.measurements) } : c)) });
    return persist('the results', () => this.#stored.write(apply, (stamp) => updateContractResults(this.id, contractId, change, stamp), { writeFirst: true }));
  }

  async #writePilots(change: (pilots: Pilot[]) => Pilot[], write: (stamp: Stamp) => Promise<string>, what: string): Promise<boolean> {
    if (!this.assessment) return false;
    // The write starts first: its first IndexedDB request is then under way while the screen updates
    // (with 100,000 rows that update takes tens of ms).
    return persist(what, () => this.#stored.write((a) => ({ ...a, pilots: change(a.pilots) }), write, { writeFirst: true }));
  }

  async #guarded(what: string, write: () => Promise<void>): Promise<SaveOutcome> {
    notices.writeStarted();
    try {
      await write();
      notices.writeSucceeded();
      return 'saved';
    } catch (error) {
      if (error instanceof ChangedElsewhere) return 'conflict';
      reportWriteFailure(what, error);
      return 'failed';
    } finally {
      notices.writeEnded();
    }
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
    return this.myScores.at(vendorId, criterionId);
  }

  async #writeCell(vendorId: string, criterionId: string, change: (old: Score) => Score): Promise<boolean> {
    const evaluatorId = this.currentEvaluatorId;
    if (!this.assessment || !evaluatorId) return false;
    const ids = { vendorId, criterionId, evaluatorId };
    let value: number | null = null;
    const saved = await persist('the score', () =>
      this.#stored.write(
        (a, stamp) => {
          const at = this.#matrixSync.indexIn(a.scores, ids);
          const { scores, score } = editScore(a.scores, ids, change, stamp.updatedAt, at);
          this.#matrixSync.edited(a.scores, scores, score, hasScoreContent(score));
          value = score.value;
          return { ...a, scores };
        },
        // The same change, applied to the stored score: a note another tab saved stays with this value.
        (stamp) => writeCell(this.id, ids, change, stamp),
      ),
    );
    if (saved && value !== null) void requestPersistentStorage();
    return saved;
  }

  /**
   * Sets many scores of any evaluators at once (a scoring sheet imported from CSV, SPEC §6), each
   * stamped `now`; a score with neither value nor note clears its cell. The screen shows them at once,
   * and they are stored in one transaction: all or none (on failure the screen goes back).
   */
  async setScores(changes: readonly Score[], now = new Date().toISOString()): Promise<boolean> {
    if (!this.assessment) return false;
    if (changes.length === 0) return true;
    const stamped = changes.map((s) => ({ ...s, updatedAt: now }));
    const saved = await persist('the imported scores', () =>
      this.#stored.write((a) => ({ ...a, scores: putScores(a.scores, stamped) }), (stamp) => saveScores(this.id, stamped, stamp), { updatedAt: now }),
    );
    if (saved && stamped.some((s) => s.value !== null)) void requestPersistentStorage();
    return saved;
  }
}

const NO_CELLS: ConsensusCells = { at: () => undefined };

/** How an editor's save ended: 'conflict' when another tab changed the same thing since it opened. */
type SaveOutcome = 'saved' | 'failed' | 'conflict';
