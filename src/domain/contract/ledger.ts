// What the contract screen lists beside its grid (SPEC §11): the net per month and year to date, every
// credit with the sentence that explains its earn-back state, and the actions the reviews left open.
import type { ContractEvaluation } from './evaluate';
import { capSentence, creditSentence } from './money-text';
import type { Contract, Review, ReviewAction } from './contract-types';

/** Per reported month (in order), the net of the months of its calendar year up to and including it. */
export function netYearToDate(evaluation: ContractEvaluation): number[] {
  let year = NaN;
  let sum = 0;
  return evaluation.months.map((m) => {
    const y = Math.floor(m.month / 12);
    if (y !== year) [year, sum] = [y, 0];
    sum += m.net;
    return sum;
  });
}

export interface CreditNote {
  month: number;
  serviceLevelId: string;
  state: 'payable' | 'earned-back' | 'pending';
  text: string;
}

/** Every credit due, latest month first, each with the sentence that says why it is payable, earned back or pending. */
export function creditNotes(evaluation: ContractEvaluation, contract: Contract): CreditNote[] {
  const notes: CreditNote[] = [];
  for (const m of [...evaluation.months].reverse()) {
    for (const cell of m.serviceLevels) {
      const text = cell.creditState && creditSentence(m.month, cell.serviceLevelId, evaluation, contract);
      if (text) notes.push({ month: m.month, serviceLevelId: cell.serviceLevelId, state: cell.creditState!, text });
    }
  }
  return notes;
}

/** The sentence of every month whose credits were capped at the amount at risk, latest first. */
export function capNotes(evaluation: ContractEvaluation, contract: Contract): { month: number; text: string }[] {
  return [...evaluation.months].reverse().flatMap((m) => {
    const text = capSentence(m.month, evaluation, contract);
    return text ? [{ month: m.month, text }] : [];
  });
}

export interface ListedAction extends ReviewAction {
  review: Pick<Review, 'id' | 'date' | 'kind' | 'title'>;
  /** Open with its due date before the day asked about. */
  overdue: boolean;
}

/** The open actions of every review, overdue first, then by due date (none last), then by review date. */
export function openActions(contract: Contract, asOf: string): ListedAction[] {
  const listed = contract.reviews.flatMap(({ actions, id, date, kind, title }) =>
    actions.filter((a) => a.status === 'open').map((a): ListedAction => ({ ...a, review: { id, date, kind, title }, overdue: a.due !== undefined && a.due < asOf })),
  );
  const due = (a: ListedAction) => a.due ?? '9999-12-31';
  return listed.sort((x, y) => Number(y.overdue) - Number(x.overdue) || due(x).localeCompare(due(y)) || x.review.date.localeCompare(y.review.date));
}
