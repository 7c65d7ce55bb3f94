// A contract's reviews and their actions (SPEC §11 Review): listed latest first, logged and edited in
// one form at a time, an action's status changed in place, a review deleted (asked first when its
// actions would go with it). Every change is stored through the session in one transaction.
import { formatDay, plural } from '../domain/format';
import { emptyReviewDraft, reviewDraftOf, reviewsLatestFirst, type ReviewDraft } from '../domain/contract/review-draft';
import type { ActionStatus, Contract, Review } from '../domain/contract/contract-types';
import { localToday } from '../domain/dates';
import type { AssessmentSession } from './assessment-session.svelte';
import { confirmAction } from './confirm.svelte';
import { ReviewForm } from './contract-review-form.svelte';

export class ContractReviews {
  readonly #session: AssessmentSession;
  readonly #contractId: string;
  readonly #today: string;
  #form = $state.raw<ReviewForm | null>(null);
  #status = $state('');

  constructor(session: AssessmentSession, contractId: string, today = localToday()) {
    this.#session = session;
    this.#contractId = contractId;
    this.#today = today;
  }

  get contract(): Contract | undefined {
    return this.#session.contract(this.#contractId);
  }

  /** The day a new review is dated by; open actions due before it are overdue. */
  get today(): string {
    return this.#today;
  }

  /** The form open now (a new review, or the edit of `form.reviewId`), or null. */
  get form(): ReviewForm | null {
    return this.#form;
  }

  /** What the last change did, for the status line. */
  get status(): string {
    return this.#status;
  }

  readonly reviews: Review[] = $derived(reviewsLatestFirst(this.contract?.reviews ?? []));

  /** Opens the form on a new review dated today. */
  startNew(): void {
    this.#open(emptyReviewDraft(this.#today), null);
  }

  startEdit(reviewId: string): void {
    const review = this.contract?.reviews.find((r) => r.id === reviewId);
    if (review) this.#open(reviewDraftOf(review), reviewId);
  }

  closeForm(): void {
    this.#form = null;
  }

  #open(draft: ReviewDraft, reviewId: string | null): void {
    this.#status = '';
    const term = () => this.contract ?? { start: '0000-01-01' };
    this.#form = new ReviewForm(term, draft, reviewId, (review) => this.#save(review, reviewId));
  }

  async #save(review: Review, replacing: string | null): Promise<boolean> {
    const saved = await this.#changeReviews((reviews) => (replacing === null ? [...reviews, review] : reviews.map((r) => (r.id === replacing ? review : r))));
    if (saved) {
      this.#form = null;
      this.#status = `${replacing === null ? 'Logged' : 'Saved'} the review of ${formatDay(review.date)}${review.actions.length > 0 ? ` with ${plural(review.actions.length, 'action')}` : ''}.`;
    }
    return saved;
  }

  /** Sets an action's status (open, done, dropped) and stores it at once. */
  async setStatus(reviewId: string, actionId: string, status: ActionStatus): Promise<boolean> {
    this.#status = '';
    return this.#changeReviews((reviews) =>
      reviews.map((r) => (r.id === reviewId ? { ...r, actions: r.actions.map((a) => (a.id === actionId ? { ...a, status } : a)) } : r)),
    );
  }

  /** Deletes a review; when it has actions, only once the person confirms they go with it. */
  async remove(reviewId: string): Promise<boolean> {
    const review = this.contract?.reviews.find((r) => r.id === reviewId);
    if (!review) return false;
    const count = review.actions.length;
    if (count > 0) {
      const ok = await confirmAction({
        title: 'Delete this review?',
        message: `The review of ${formatDay(review.date)} and its ${plural(count, 'action')} will be deleted.`,
        confirmLabel: 'Delete review',
        danger: true,
      });
      if (!ok) return false;
    }
    const deleted = await this.#changeReviews((reviews) => reviews.filter((r) => r.id !== reviewId));
    if (deleted) {
      if (this.#form?.reviewId === reviewId) this.#form = null;
      this.#status = `Deleted the review of ${formatDay(review.date)}.`;
    }
    return deleted;
  }

  #changeReviews(change: (reviews: Review[]) => Review[]): Promise<boolean> {
    const id = this.#contractId;
    return this.#session.updateContracts((contracts) => contracts.map((c) => (c.id === id ? { ...c, reviews: change(c.reviews) } : c)));
  }
}
