// The assessments home: the live list, and the actions that create, copy, rename and delete whole
// assessments (home-actions.ts, loaded on the first click: the list alone opens the app).
import { listAssessments, type AssessmentSummary } from '../db/assessment-list-repo';
import { LiveValue } from './live-value.svelte';
import type { ImportFileOutcome } from './home-actions';
import type { Clash, ClashChoice } from './clash-prompt.svelte';
import { notices } from './notices.svelte';
import { router, type Screen } from './router.svelte';

/** One row of the home list (the screen needs no more than this of each assessment). */
export type { AssessmentSummary };

const actions = () => import('./home-actions');

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
    return (await actions()).createFromTemplate();
  }

  async createBlank(): Promise<string | undefined> {
    return (await actions()).createBlank();
  }

  /** Opens the bundled worked example of SPEC §3–4, as a copy when it is already here. */
  async openExample(): Promise<string | undefined> {
    return (await actions()).openExample(this.assessments);
  }

  /** Imports a v1 file; an id already stored is a clash, settled by `choose` (SPEC §5). See home-actions.ts. */
  async importFile(file: File, choose: (clash: Clash) => Promise<ClashChoice | null>, whileReading?: () => void): Promise<ImportFileOutcome> {
    // The import flow home-actions loads next starts loading beside it, not after it.
    void import('./assessment-import.svelte').catch(() => undefined);
    return (await actions()).importFile(file, choose, whileReading);
  }

  /**
   * The home screen's "Import JSON file": errors stay on screen (importErrors), a new assessment is
   * announced. Resolves what to open (inserted, merged, replaced or copied), or undefined. A merge's
   * summary and its "Undo merge" wait on the assessment's own screens (Results). `whileReading`: see
   * home-actions.ts importFile.
   */
  async importPicked(file: File, choose: (clash: Clash) => Promise<ClashChoice | null>, whileReading?: () => void): Promise<Opened | undefined> {
    this.#importErrors = null;
    const result = await this.importFile(file, choose, whileReading);
    if (result.kind === 'errors') this.#importErrors = result.errors;
    else if (result.kind === 'inserted') void result.written.then((ok) => this.#inserted(ok, result.id, file.name));
    if (result.kind === 'errors' || result.kind === 'none') return undefined;
    return { id: result.id, screen: result.kind === 'inserted' ? result.screen : 'results' };
  }

  /**
   * A new assessment opens while it is being written: announced once stored; if it could not be
   * (the reason is already shown), its screen goes back to the list.
   */
  #inserted(ok: boolean, id: string, fileName: string): void {
    if (ok) notices.info(`Imported ${fileName}.`);
    else if (router.route.name === 'assessment' && router.route.assessmentId === id) router.go({ name: 'home' });
  }

  async duplicate(id: string): Promise<string | undefined> {
    return (await actions()).duplicate(id);
  }

  async rename(id: string, name: string): Promise<void> {
    return (await actions()).rename(id, name);
  }

  /** Asks first, naming everything that would be deleted with the assessment; deletes on yes. */
  async confirmRemove(id: string, name: string): Promise<void> {
    return (await actions()).confirmRemove(id, name);
  }

  async remove(id: string): Promise<void> {
    return (await actions()).remove(id);
  }
}
