// Behaviour of the evaluators panel on the scoring screen: who is scoring now, adding, renaming and
// removing evaluators (removal asks first, naming the scores and notes that go), and the blind-scoring
// file for one evaluator (SPEC §5: the checklist, the vendors and only their own scores).
import type { AssessmentSession } from './assessment-session.svelte';
import type { SaveFile } from './backup-export';
import { confirmAction } from './confirm.svelte';
import { notices } from './notices.svelte';
import { nameError } from '../domain/bounds';
import { plural } from '../domain/format';
import { replayableRandom } from '../domain/ids';
import { addEvaluator, removeEvaluator, updateEvaluator } from '../domain/roster-edits';
import { evaluatorFootprint, scoreCountByEvaluator } from '../domain/score-grid';
import type { Assessment, Evaluator } from '../domain/types';
import { evaluatorPackageAssessment, exportEvaluatorPackage } from '../exchange/evaluator-package';
import { exportFileName } from '../exchange/export';

export class EvaluatorsEditor {
  readonly #session: AssessmentSession;
  #name = $state('');
  #role = $state('');
  #nameInvalid = $state(false);

  constructor(session: AssessmentSession) {
    this.#session = session;
  }

  // Deriveds are lazy: they first run after the constructor has set #session.
  #current(): Assessment | undefined {
    return this.#session.assessment;
  }

  readonly evaluators: Evaluator[] = $derived(this.#current()?.evaluators ?? []);
  /** Scores given per evaluator (the score matrix keeps the counts: nothing is walked per keypress). */
  readonly scoreCounts: Map<string, number> = $derived.by(() => {
    const m = this.#session.scoreMatrix;
    return m ? scoreCountByEvaluator(m.matrix) : new Map<string, number>();
  });

  get currentEvaluatorId(): string | undefined {
    return this.#session.currentEvaluatorId;
  }
  /** The new evaluator's name as typed. */
  get name(): string {
    return this.#name;
  }
  get role(): string {
    return this.#role;
  }
  /** The last attempt to add had no name. */
  get nameInvalid(): boolean {
    return this.#nameInvalid;
  }

  setName(name: string): void {
    this.#name = name;
  }
  setRole(role: string): void {
    this.#role = role;
  }

  choose(evaluatorId: string): void {
    this.#session.chooseEvaluator(evaluatorId);
  }

  /** Adds the typed evaluator; refuses an empty name. Resolves true when added (the fields are then cleared). */
  async add(): Promise<boolean> {
    const name = this.#name.trim();
    if (!name) {
      this.#nameInvalid = true;
      return false;
    }
    this.#nameInvalid = false;
    const role = this.#role.trim() || undefined;
    const replay = replayableRandom();
    const ok = await this.#session.update((a) => addEvaluator(a, name, role, replay()).assessment);
    if (!ok) return false;
    notices.info(`Added ${name}. Choose them under “Who is scoring now” to enter their scores.`);
    this.#name = '';
    this.#role = '';
    return true;
  }

  /** Why `name` cannot be an evaluator's name (SPEC §2: required, not blank), or null. */
  nameError(name: string): string | null {
    return nameError(name, 'evaluator');
  }

  /** Renames (trimmed) or sets the role; a blank name is refused and nothing is saved (resolves false). */
  async rename(evaluatorId: string, patch: Partial<Omit<Evaluator, 'id'>>): Promise<boolean> {
    if (patch.name !== undefined) {
      if (this.nameError(patch.name)) return false;
      patch = { ...patch, name: patch.name.trim() };
    }
    return this.#session.update((a) => updateEvaluator(a, evaluatorId, patch));
  }

  /** Asks first, naming what goes with the evaluator; the last evaluator is never removed. */
  async remove(evaluator: Evaluator): Promise<boolean> {
    const a = this.#current();
    if (!a || a.evaluators.length <= 1) return false;
    const lost = evaluatorFootprint(a.scores, evaluator.id);
    const ok = await confirmAction({
      title: `Remove ${evaluator.name}?`,
      message:
        `This deletes ${plural(lost.scores, 'score')}` +
        (lost.notes > 0 ? ` and ${plural(lost.notes, 'evidence note')}` : '') +
        ` by ${evaluator.name}. Other evaluators' scores stay. It cannot be undone.`,
      confirmLabel: 'Remove evaluator',
      danger: true,
    });
    if (!ok) return false;
    const removed = await this.#session.update((x) => removeEvaluator(x, evaluator.id));
    if (removed) notices.info(`Removed ${evaluator.name}.`);
    return removed;
  }

  /** Blind scoring: saves a file with only this evaluator's own scores, to score and send back. */
  async send(evaluator: Evaluator, save: SaveFile): Promise<boolean> {
    const a = this.#current();
    if (!a) return false;
    const fileName = exportFileName(evaluatorPackageAssessment(a, evaluator.id));
    // Read back through the importer first: the evaluator must be able to open it.
    const { checkedAssessmentExport } = await import('../exchange/checked-export');
    const checked = checkedAssessmentExport(exportEvaluatorPackage(a, evaluator.id, new Date().toISOString()));
    if (!checked.ok) {
      notices.error(`Could not save ${fileName}. ${checked.message}`);
      return false;
    }
    save(fileName, checked.text);
    notices.info(`Saved ${fileName} for ${evaluator.name}: it holds the checklist, the vendors and only their own scores.`);
    return true;
  }
}
