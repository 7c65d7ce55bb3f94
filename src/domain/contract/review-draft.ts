// A contract review as its form holds it (SPEC §11 Review): every field as typed, checked with the
// importer's rules (exchange/contract-structure.ts: a real date, an action's text required, a month in
// the form YYYY-MM, names at most 200 characters and texts 5,000), so a review logged here is one the
// contract's file carries back in unchanged.
import { isCalendarDate } from '../dates';
import { formatCount } from '../format';
import { monthName } from './money-text';
import { monthNumber, termMonths } from './months';
import { isMonth } from './rules';
import type { ActionStatus, Contract, Review, ReviewAction, ReviewKind } from './contract-types';

/** The importer's lengths: a title or an owner is a name; attendees, notes and an action's text are texts. */
export const REVIEW_LIMITS = { name: 200, text: 5000 } as const;

export const REVIEW_KIND_WORDS: Readonly<Record<ReviewKind, string>> = { weekly: 'Weekly', monthly: 'Monthly', quarterly: 'Quarterly (QBR)' };
export const ACTION_STATUS_WORDS: Readonly<Record<ActionStatus, string>> = { open: 'Open', done: 'Done', dropped: 'Dropped' };

export interface ActionDraft {
  /** Given when the action is added, so its fields and their messages stay with it when another is removed. */
  id: string;
  text: string;
  owner: string;
  due: string;
  status: ActionStatus;
  /** '' when the action is about no service level in particular. */
  serviceLevelId: string;
  /** YYYY-MM, or '' when it is about no month in particular. */
  month: string;
}

export interface ReviewDraft {
  date: string;
  kind: ReviewKind;
  title: string;
  attendees: string;
  notes: string;
  actions: ActionDraft[];
}

export type ReviewField = 'date' | 'title' | 'attendees' | 'notes';
export type ActionField = 'text' | 'owner' | 'due' | 'month';

export interface ReviewErrors {
  review: Partial<Record<ReviewField, string>>;
  /** Per action id. */
  actions: Record<string, Partial<Record<ActionField, string>>>;
}

export function emptyReviewDraft(today: string): ReviewDraft {
  return { date: today, kind: 'monthly', title: '', attendees: '', notes: '', actions: [] };
}

export function emptyActionDraft(id: string): ActionDraft {
  return { id, text: '', owner: '', due: '', status: 'open', serviceLevelId: '', month: '' };
}

/** A stored review back in its form, for an edit. */
export function reviewDraftOf(review: Review): ReviewDraft {
  return {
    date: review.date,
    kind: review.kind,
    title: review.title ?? '',
    attendees: review.attendees ?? '',
    notes: review.notes ?? '',
    actions: review.actions.map((a) => ({ id: a.id, text: a.text, owner: a.owner ?? '', due: a.due ?? '', status: a.status, serviceLevelId: a.serviceLevelId ?? '', month: a.month ?? '' })),
  };
}

const tooLong = (text: string, max: number) => (text.trim().length > max ? `At most ${formatCount(max)} characters (this has ${formatCount(text.trim().length)}).` : undefined);

function dateError(text: string, what: string, required: boolean): string | undefined {
  const date = text.trim();
  if (date === '') return required ? `Enter ${what}.` : undefined;
  return isCalendarDate(date) ? undefined : `"${date}" is not a date: use a real calendar day (YYYY-MM-DD).`;
}

/** An action's month is a month of the contract: from its start month to the end of its term. */
function monthError(text: string, contract: Pick<Contract, 'start' | 'months'>): string | undefined {
  const month = text.trim();
  if (month === '') return undefined;
  if (!isMonth(month)) return `"${month}" is not a month: use YYYY-MM, e.g. ${contract.start.slice(0, 7)}.`;
  const { first, last } = termMonths(contract);
  if (monthNumber(month) < first) return `The contract starts in ${monthName(first, true)}: pick that month or a later one.`;
  if (monthNumber(month) > last) return `The term ends in ${monthName(last, true)}: pick a month within it.`;
  return undefined;
}

const compactErrors = <K extends string>(errors: Partial<Record<K, string | undefined>>) =>
  Object.fromEntries(Object.entries(errors).filter(([, message]) => message !== undefined)) as Partial<Record<K, string>>;

/** What is wrong with each field of the draft; no keys in `review` and `actions` when it can be stored. */
export function reviewDraftErrors(draft: ReviewDraft, contract: Pick<Contract, 'start' | 'months'>): ReviewErrors {
  const review = compactErrors<ReviewField>({
    date: dateError(draft.date, "the review's date", true),
    title: tooLong(draft.title, REVIEW_LIMITS.name),
    attendees: tooLong(draft.attendees, REVIEW_LIMITS.text),
    notes: tooLong(draft.notes, REVIEW_LIMITS.text),
  });
  const actions: ReviewErrors['actions'] = {};
  for (const a of draft.actions) {
    const errors = compactErrors<ActionField>({
      text: a.text.trim() === '' ? 'Say what is to be done.' : tooLong(a.text, REVIEW_LIMITS.text),
      owner: tooLong(a.owner, REVIEW_LIMITS.name),
      due: dateError(a.due, 'a due date', false),
      month: monthError(a.month, contract),
    });
    if (Object.keys(errors).length > 0) actions[a.id] = errors;
  }
  return { review, actions };
}

export function hasReviewErrors(errors: ReviewErrors): boolean {
  return Object.keys(errors.review).length > 0 || Object.keys(errors.actions).length > 0;
}

/** The review to store: texts trimmed, empty optional fields left out (the importer refuses a blank title or owner). */
export function reviewFromDraft(draft: ReviewDraft, id: string): Review {
  const optional = <K extends string>(key: K, text: string) => (text.trim() === '' ? {} : ({ [key]: text.trim() } as Record<K, string>));
  return {
    id,
    date: draft.date.trim(),
    kind: draft.kind,
    ...optional('title', draft.title),
    ...optional('attendees', draft.attendees),
    ...optional('notes', draft.notes),
    actions: draft.actions.map(
      (a): ReviewAction => ({
        id: a.id,
        text: a.text.trim(),
        ...optional('owner', a.owner),
        ...optional('due', a.due),
        status: a.status,
        ...optional('serviceLevelId', a.serviceLevelId),
        ...optional('month', a.month),
      }),
    ),
  };
}

/** Latest first; of two reviews on the same day, the one logged later first. */
export function reviewsLatestFirst(reviews: readonly Review[]): Review[] {
  return reviews
    .map((review, index) => ({ review, index }))
    .sort((x, y) => y.review.date.localeCompare(x.review.date) || y.index - x.index)
    .map(({ review }) => review);
}
