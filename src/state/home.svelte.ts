// The assessments home: the live list and the actions that create, copy, rename and delete whole assessments.
import { listAssessments, type AssessmentSummary } from '../db/assessment-list-repo';
import { newStamp } from '../db/revision';
import { deletionMessage } from '../domain/assessment-deletion';
import { randomId } from '../domain/ids';
import { packageRecipient } from '../domain/evaluator-package-name';
import { blankAssessment } from '../domain/new-assessment';
import type { Assessment } from '../domain/types';
import { LiveValue } from './live-value.svelte';
import type { ClashOutcome } from './assessment-import.svelte';
import type { Clash, ClashChoice } from './clash-prompt.svelte';
import { confirmAction } from './confirm.svelte';
import { notices, persist } from './notices.svelte';
import type { Screen } from './router.svelte';
import { requestPersistentStorage } from './storage-status.svelte';

/** One row of the home list (the screen needs no more than this of each assessment). */
export type { AssessmentSummary };

// Whole assessments are read and written by code loaded on first use: the list alone opens the app.
const assessments = () => import('../db/assessments-repo');

function nowIso(): string {
  return new Date().toISOString();
}

/** `screen`: where a new assessment opens: an evaluator's package on their scoring grid, anything else on Results. */
type ImportFileOutcome = ClashOutcome | { kind: 'inserted'; id: string; screen: Screen } | { kind: 'errors'; errors: string };
/** What to open after an import: the assessment, and the screen. */
type Opened = { id: string; screen: Screen };

export class HomeState {
  readonly #list = new LiveValue<AssessmentSummary[]>(() => listAssessments());
  #importErrors = $state<string | null>(null);

  start(): () => void {
    return this.#list.start();
  }
  get assessments(): AssessmentSummary[] {
    return this.#list.current ?? [];
  }
  get loaded(): boolean {
    return this.#list.loaded;
  }
  /** Why the last picked file was not imported (what and where), until dismissed or the next import. */
  get importErrors(): string | null {
    return this.#importErrors;
  }
  dismissImportErrors(): void {
    this.#importErrors = null;
  }

  async createFromTemplate(): Promise<string | undefined> {
    const { assessmentFromTemplate } = await import('../domain/template');
    const a = assessmentFromTemplate({ id: randomId('assessment'), evaluatorId: randomId('evaluator'), now: nowIso() });
    return this.#insert(a, 'the new assessment');
  }

  async createBlank(): Promise<string | undefined> {
    const a = blankAssessment({ id: randomId('assessment'), evaluatorId: randomId('evaluator'), now: nowIso() });
    return this.#insert(a, 'the new assessment');
  }

  /** Opens the bundled worked example of SPEC §3–4, as a copy when it is already here. */
  async openExample(): Promise<string | undefined> {
    // The importer and the example load on demand, keeping the first screen small.
    const [{ importAssessmentText }, { formatImportErrors }, { default: exampleText }] = await Promise.all([
      import('../exchange/import'),
      import('../exchange/envelope'),
      import('../data/small-assessment.json?raw'),
    ]);
    const result = importAssessmentText(exampleText, { now: nowIso() });
    if (!result.ok) throw new Error('The bundled example is invalid: ' + formatImportErrors(result.errors));
    const existing = this.assessments.find((a) => a.id === result.assessment.id);
    if (existing) return existing.id;
    return this.#insert(result.assessment, 'the worked example');
  }

  /**
   * Imports a v1 file. A new id is inserted; an id already stored is a clash (SPEC §5):
   * `choose` asks the user (Merge evaluators, Replace, Import as a copy, or cancel) and the choice is
   * carried out. Bad files change nothing and come back as `errors`, naming what and where.
   */
  async importFile(file: File, choose: (clash: Clash) => Promise<ClashChoice | null>): Promise<ImportFileOutcome> {
    // The import flow (reading, merging, replacing) loads when a file is picked, not with the home screen.
    const { announce, describeClash, readAssessmentFile, resolveClash, storedVersion } = await import('./assessment-import.svelte');
    const now = nowIso();
    const read = await readAssessmentFile(file, now);
    if (!read.ok) return { kind: 'errors', errors: read.errors };
    const stored = await storedVersion(read.id);
    if (!stored) {
      // Written as the worker built it: no second pass over the file's scores and measurements here.
      const { insertRecords } = await assessments();
      if (!(await persist(file.name, () => insertRecords(read.records)))) return { kind: 'none' };
      void requestPersistentStorage();
      return { kind: 'inserted', id: read.id, screen: packageRecipient(read.records.assessment) ? 'scoring' : 'results' };
    }
    const clash = describeClash(file.name, stored, read.assessment, now);
    const choice = await choose(clash);
    if (!choice) return { kind: 'none' };
    const outcome = await resolveClash(clash, choice);
    announce(outcome, file.name, stored.name);
    if (outcome.kind === 'copied' || outcome.kind === 'replaced') void requestPersistentStorage();
    return outcome;
  }

  /**
   * The home screen's "Import JSON file": errors stay on screen (importErrors), a new assessment is
   * announced. Resolves what to open (inserted, merged, replaced or copied), or undefined. A merge's
   * summary and its "Undo merge" wait on the assessment's own screens (Results).
   */
  async importPicked(file: File, choose: (clash: Clash) => Promise<ClashChoice | null>): Promise<Opened | undefined> {
    this.#importErrors = null;
    const result = await this.importFile(file, choose);
    if (result.kind === 'errors') this.#importErrors = result.errors;
    else if (result.kind === 'inserted') notices.info(`Imported ${file.name}.`);
    if (result.kind === 'errors' || result.kind === 'none') return undefined;
    return { id: result.id, screen: result.kind === 'inserted' ? result.screen : 'results' };
  }

  async duplicate(id: string): Promise<string | undefined> {
    const source = await (await assessments()).loadAssessment(id);
    if (!source) return undefined;
    const now = nowIso();
    const copyId = await this.#insert({ ...source, id: randomId('assessment'), name: `${source.name} (copy)`, createdAt: now, updatedAt: now }, 'the copy');
    if (copyId) notices.info(`Copied “${source.name}”.`);
    return copyId;
  }

  async rename(id: string, name: string): Promise<void> {
    if (!name.trim()) return;
    // Edits and deletions load their storage code when used, keeping the first screen small.
    const { updateAssessment } = await import('../db/assessment-edits-repo');
    await persist('the new name', () => updateAssessment(id, (a) => ({ ...a, name: name.trim() }), newStamp()));
  }

  /** Asks first, naming everything that would be deleted with the assessment; deletes on yes. */
  async confirmRemove(id: string, name: string): Promise<void> {
    const a = await (await assessments()).loadAssessment(id);
    if (!a) return;
    const ok = await confirmAction({ title: `Delete “${name}”?`, message: deletionMessage(a), confirmLabel: 'Delete assessment', danger: true });
    if (ok) await this.remove(id);
  }

  async remove(id: string): Promise<void> {
    // A pending merge undo would bring the deleted assessment back: it goes with it.
    const { deleteAssessmentAndUndo } = await import('../db/import-repo');
    if (await persist('the deletion', () => deleteAssessmentAndUndo(id))) notices.info('Assessment deleted.');
  }

  async #insert(a: Assessment, what: string): Promise<string | undefined> {
    const { insertAssessment } = await assessments();
    if (!(await persist(what, () => insertAssessment(a)))) return undefined;
    void requestPersistentStorage();
    return a.id;
  }
}
