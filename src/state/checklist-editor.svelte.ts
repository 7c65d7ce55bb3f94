// Behaviour of the checklist editor: every edit is a pure function of checklist-edits.ts applied through
// the session (saved at once, ranking updated at once); removals that would lose scores ask first.
import { tick } from 'svelte';
import type { AssessmentSession } from './assessment-session.svelte';
import { confirmAction } from './confirm.svelte';
import { notices } from './notices.svelte';
import { nameError } from '../domain/bounds';
import * as edits from '../domain/checklist-edits';
import { categoryRemovalMessage, checklistSummary, criterionRemovalMessage } from '../domain/checklist-summary';
import { categoryShares, effectiveWeights } from '../domain/weights';
import type { Assessment, Category, Scale } from '../domain/types';

const DEFAULT_SCALE: Scale = { min: 0, max: 5 };

export class ChecklistEditor {
  readonly #session: AssessmentSession;

  constructor(session: AssessmentSession) {
    this.#session = session;
  }

  // Deriveds are lazy: they first run after the constructor has set #session.
  #current(): Assessment | undefined {
    return this.#session.assessment;
  }

  readonly categories: Category[] = $derived(this.#current()?.categories ?? []);
  readonly scale: Scale = $derived(this.#current()?.scale ?? DEFAULT_SCALE);
  /** categoryId → W_k / ΣW. */
  readonly shares = $derived(categoryShares(this.categories));
  /** criterionId → category share, share inside its category and effective share of the whole. */
  readonly weights = $derived(effectiveWeights(this.categories));
  readonly summary = $derived(checklistSummary(this.categories));
  /** Criterion ids in display order, to know which move buttons lead anywhere. */
  readonly criterionOrder: string[] = $derived(this.categories.flatMap((k) => k.criteria.map((c) => c.id)));

  #edit(change: (a: Assessment) => Assessment): void {
    void this.#session.update(change);
  }

  /** Adds a category and returns its id; a blank name (SPEC §2) adds nothing and returns ''. */
  addCategory(name: string): string {
    if (nameError(name, 'category')) return '';
    let id = '';
    this.#edit((a) => {
      const added = edits.addCategory(a, name.trim());
      id = added.id;
      return added.assessment;
    });
    return id;
  }

  /** Renames a category; returns why a name is refused (nothing changes then), or null. */
  renameCategory(categoryId: string, name: string): string | null {
    const error = nameError(name, 'category');
    if (error) return error;
    this.#edit((a) => edits.updateCategory(a, categoryId, { name: name.trim() }));
    return null;
  }

  setCategoryWeight(categoryId: string, weight: number): void {
    this.#edit((a) => edits.updateCategory(a, categoryId, { weight }));
  }

  moveCategory(categoryId: string, offset: -1 | 1): void {
    this.#edit((a) => edits.moveCategory(a, categoryId, offset));
  }

  /** Removes at once when nothing is scored; otherwise asks, naming the scores. Resolves true if removed. */
  async removeCategory(categoryId: string): Promise<boolean> {
    const a = this.#session.assessment;
    const category = a?.categories.find((k) => k.id === categoryId);
    if (!a || !category) return false;
    const message = categoryRemovalMessage(a, categoryId);
    if (message && !(await confirmAction({ title: 'Remove category?', message, confirmLabel: 'Remove category', danger: true }))) return false;
    this.#edit((x) => edits.removeCategory(x, categoryId));
    notices.info(`Removed the category “${category.name}”.`);
    return true;
  }

  /** Adds a criterion and returns its id; a blank name (SPEC §2) adds nothing and returns ''. */
  addCriterion(categoryId: string, name: string): string {
    if (nameError(name, 'criterion')) return '';
    let id = '';
    this.#edit((a) => {
      const added = edits.addCriterion(a, categoryId, name.trim());
      id = added.id;
      return added.assessment;
    });
    return id;
  }

  /** Applies a patch; returns why a new name is refused (nothing changes then), or null. */
  updateCriterion(criterionId: string, patch: edits.CriterionPatch): string | null {
    if (patch.name !== undefined) {
      const error = nameError(patch.name, 'criterion');
      if (error) return error;
      patch = { ...patch, name: patch.name.trim() };
    }
    this.#edit((a) => edits.updateCriterion(a, criterionId, patch));
    return null;
  }

  moveCriterion(criterionId: string, offset: -1 | 1): void {
    this.#edit((a) => edits.moveCriterion(a, criterionId, offset));
  }

  async removeCriterion(criterionId: string): Promise<boolean> {
    const a = this.#session.assessment;
    const criterion = a?.categories.flatMap((k) => k.criteria).find((c) => c.id === criterionId);
    if (!a || !criterion) return false;
    const message = criterionRemovalMessage(a, criterionId);
    if (message && !(await confirmAction({ title: 'Remove criterion?', message, confirmLabel: 'Remove criterion', danger: true }))) return false;
    this.#edit((x) => edits.removeCriterion(x, criterionId));
    notices.info(`Removed the criterion “${criterion.name}”.`);
    return true;
  }

  /** Applies a new scale, or returns setScale's reason for refusing it (nothing changes then). */
  setScale(scale: Scale): string | null {
    const a = this.#session.assessment;
    if (!a) return null;
    const result = edits.setScale(a, scale);
    if ('error' in result) return result.error;
    this.#edit((x) => {
      const again = edits.setScale(x, scale);
      return 'error' in again ? x : again.assessment;
    });
    return null;
  }
}

/** After a move or a removal the focused control may have left the DOM: focus the first of these that exists. */
export async function refocus(...keys: string[]): Promise<void> {
  await tick();
  for (const key of keys) {
    const el = document.querySelector<HTMLElement>(`[data-focus="${key}"]`);
    if (el && !el.matches(':disabled')) {
      el.focus();
      return;
    }
  }
}
