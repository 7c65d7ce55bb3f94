// The assessments home: the live list and the actions that create, copy, rename and delete whole assessments.
import { deleteAssessment, insertAssessment, listAssessments, loadAssessment, saveAssessmentRecord, type AssessmentSummary } from '../db/assessments-repo';
import { randomId } from '../domain/ids';
import { blankAssessment } from '../domain/new-assessment';
import type { Assessment } from '../domain/types';
import { LiveValue } from './live-value.svelte';
import { notices, persist } from './notices.svelte';
import { requestPersistentStorage } from './storage-status.svelte';

function nowIso(): string {
  return new Date().toISOString();
}

export class HomeState {
  readonly #list = new LiveValue<AssessmentSummary[]>(() => listAssessments());

  start(): () => void {
    return this.#list.start();
  }
  get assessments(): AssessmentSummary[] {
    return this.#list.current ?? [];
  }
  get loaded(): boolean {
    return this.#list.loaded;
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
      import('../exchange/format'),
      import('../data/small-assessment.json?raw'),
    ]);
    const result = importAssessmentText(exampleText, { now: nowIso() });
    if (!result.ok) throw new Error('The bundled example is invalid: ' + formatImportErrors(result.errors));
    const existing = this.assessments.find((a) => a.id === result.assessment.id);
    if (existing) return existing.id;
    return this.#insert(result.assessment, 'the worked example');
  }

  /** Imports a v1 file into a new assessment; an id already in use gets a copy with a fresh id. */
  async importFile(file: File): Promise<{ id?: string; errors?: string }> {
    const [{ checkFileSize, importAssessmentText }, { formatImportErrors }] = await Promise.all([
      import('../exchange/import'),
      import('../exchange/format'),
    ]);
    const sizeError = checkFileSize(file.size);
    if (sizeError) return { errors: `${file.name}: ${sizeError.message}` };
    const result = importAssessmentText(await file.text(), { now: nowIso() });
    if (!result.ok) return { errors: `${file.name} was not imported; nothing was changed.\n${formatImportErrors(result.errors)}` };
    let a = result.assessment;
    if (this.assessments.some((x) => x.id === a.id)) a = { ...a, id: randomId('assessment'), name: `${a.name} (copy)` };
    const id = await this.#insert(a, file.name);
    return { id };
  }

  async duplicate(id: string): Promise<string | undefined> {
    const source = await loadAssessment(id);
    if (!source) return undefined;
    const now = nowIso();
    return this.#insert({ ...source, id: randomId('assessment'), name: `${source.name} (copy)`, createdAt: now, updatedAt: now }, 'the copy');
  }

  async rename(id: string, name: string): Promise<void> {
    const source = await loadAssessment(id);
    if (!source || !name.trim()) return;
    const { scores: _s, pilots: _p, ...record } = source;
    await persist('the new name', () => saveAssessmentRecord({ ...record, name: name.trim(), updatedAt: nowIso() }));
  }

  async remove(id: string): Promise<void> {
    if (await persist('the deletion', () => deleteAssessment(id))) notices.info('Assessment deleted.');
  }

  async #insert(a: Assessment, what: string): Promise<string | undefined> {
    if (!(await persist(what, () => insertAssessment(a)))) return undefined;
    void requestPersistentStorage();
    return a.id;
  }
}
