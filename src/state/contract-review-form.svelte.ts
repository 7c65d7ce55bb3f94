// The form of one contract review, new or edited (SPEC §11 Review): the fields as typed, each field's
// message once the person has tried to save, and the actions added and removed in place. Checking is
// domain/contract/review-draft.ts; storing is the caller's (ContractReviews).
import { randomId } from '../domain/ids';
import {
  emptyActionDraft,
  hasReviewErrors,
  reviewDraftErrors,
  reviewFromDraft,
  type ActionDraft,
  type ActionField,
  type ReviewDraft,
  type ReviewErrors,
  type ReviewField,
} from '../domain/contract/review-draft';
import type { Contract, Review } from '../domain/contract/contract-types';

export class ReviewForm {
  readonly #term: () => Pick<Contract, 'start' | 'months'>;
  readonly #store: (review: Review) => Promise<boolean>;
  readonly #newId: (prefix: string) => string;
  /** The id of the review edited, or null for a new one. */
  readonly reviewId: string | null;
  #draft = $state<ReviewDraft>() as ReviewDraft;
  #submitted = $state(false);
  #saving = $state(false);

  constructor(term: () => Pick<Contract, 'start' | 'months'>, initial: ReviewDraft, reviewId: string | null, store: (review: Review) => Promise<boolean>, newId: (prefix: string) => string = randomId) {
    this.#term = term;
    this.#store = store;
    this.#newId = newId;
    this.reviewId = reviewId;
    this.#draft = initial;
  }

  /** The fields (bound to the form's inputs). */
  get draft(): ReviewDraft {
    return this.#draft;
  }
  get saving(): boolean {
    return this.#saving;
  }

  // Deriveds are lazy: they first run after the constructor has set #term (read through a method).
  #contractTerm(): Pick<Contract, 'start' | 'months'> {
    return this.#term();
  }

  readonly errors: ReviewErrors = $derived(reviewDraftErrors(this.#draft, this.#contractTerm()));

  /** A review field's message, once the person has tried to save. */
  shown(field: ReviewField): string | undefined {
    return this.#submitted ? this.errors.review[field] : undefined;
  }

  /** An action field's message, once the person has tried to save. */
  actionShown(actionId: string, field: ActionField): string | undefined {
    return this.#submitted ? this.errors.actions[actionId]?.[field] : undefined;
  }

  /** Adds an empty open action at the end; returns its id (the component moves the focus to it). */
  addAction(): string {
    const id = this.#newId('action');
    this.#draft.actions.push(emptyActionDraft(id));
    return id;
  }

  /** Sets one field of an action as typed. */
  setAction<K extends Exclude<keyof ActionDraft, 'id'>>(actionId: string, field: K, value: ActionDraft[K]): void {
    const action = this.#draft.actions.find((a) => a.id === actionId);
    if (action) action[field] = value;
  }

  removeAction(actionId: string): void {
    this.#draft.actions = this.#draft.actions.filter((a) => a.id !== actionId);
  }

  /** Stores the review when nothing is wrong; resolves true when it was stored. */
  async submit(): Promise<boolean> {
    this.#submitted = true;
    if (hasReviewErrors(this.errors) || this.#saving) return false;
    this.#saving = true;
    try {
      return await this.#store(reviewFromDraft($state.snapshot(this.#draft), this.reviewId ?? this.#newId('review')));
    } finally {
      this.#saving = false;
    }
  }
}
