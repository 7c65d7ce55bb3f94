// One contract's screen (SPEC §11): the evaluation as of today, worked out once here for the grid, the
// sentences, the charts and the actions, so no component computes its own.
import { evaluateContract, type ContractEvaluation } from '../domain/contract/evaluate';
import { capNotes, creditNotes, netYearToDate, openActions, type CreditNote, type ListedAction } from '../domain/contract/ledger';
import { atRiskSentence } from '../domain/contract/money-text';
import { monthInProgress, monthNumber, termMonths } from '../domain/contract/months';
import type { Contract } from '../domain/contract/contract-types';
import { isCalendarDate, localToday } from '../domain/dates';
import { plural } from '../domain/format';
import type { AssessmentSession } from './assessment-session.svelte';
import { confirmAction } from './confirm.svelte';
import { router } from './router.svelte';
import { inOwnTask } from './task-queue';

/** Rows up to which a contract's screen is built in one go. */
const FORMS_AT_ONCE = 5_000;

export class ContractScreenState {
  readonly #session: AssessmentSession;
  readonly #contractId: string;
  #asOf = $state('');
  readonly #today: string;

  /** How many of the forms below the figures are built: 0, 1 (results and reviews), 2 (service levels and terms too). */
  #formsShown = $state(2);

  constructor(session: AssessmentSession, contractId: string, asOf = localToday()) {
    this.#session = session;
    this.#contractId = contractId;
    this.#asOf = asOf;
    this.#today = asOf;
    // A large contract (a 3-year one with 30 service levels and daily results) opens with its grid,
    // credits and charts; its forms are built in later tasks, one group each, so no task of the
    // opening runs long (SPEC §11: opened in ≤ 300 ms; SPEC §10: no task over 100 ms).
    if ((this.contract?.measurements.length ?? 0) > FORMS_AT_ONCE) this.#formsShown = 0;
    $effect(() => {
      if (this.#formsShown < 2) return inOwnTask(() => this.#formsShown++);
    });
  }

  /** 0 while a large contract shows only its figures, then 1, then 2 once every form is built. */
  get formsShown(): number {
    return this.#formsShown;
  }

  /** The day the contract is judged as of: reported months end before the month it falls in. Today unless the user looks back (or ahead). */
  get asOf(): string {
    return this.#asOf;
  }
  get isToday(): boolean {
    return this.#asOf === this.#today;
  }

  /** Judges the contract as of another day (a real YYYY-MM-DD date; anything else is ignored), or today again with none. */
  judgeAsOf(day: string | null): void {
    if (day === null) this.#asOf = this.#today;
    else if (isCalendarDate(day)) this.#asOf = day;
  }

  get contract(): Contract | undefined {
    return this.#session.contract(this.#contractId);
  }

  /** Asks, then deletes the contract with its service levels, results and reviews and goes back to the list. */
  async remove(): Promise<void> {
    const contract = this.contract;
    if (!contract) return;
    const ok = await confirmAction({
      title: `Delete “${contract.name}”?`,
      message: `Its service levels, ${plural(contract.measurements.length, 'result')} and ${plural(contract.reviews.length, 'review')} go with it. Export the assessment first if you may need them.`,
      confirmLabel: 'Delete contract',
      danger: true,
    });
    if (!ok) return;
    const session = this.#session;
    if (await session.updateContracts((all) => all.filter((c) => c.id !== contract.id))) router.go({ name: 'assessment', assessmentId: session.id, screen: 'contracts' });
  }

  get #assessment() {
    return this.#session.assessment;
  }

  readonly evaluation: ContractEvaluation | null = $derived.by(() => (this.contract ? evaluateContract(this.contract, this.asOf) : null));
  readonly vendorName: string = $derived(this.#assessment?.vendors.find((v) => v.id === this.contract?.vendorId)?.name ?? '');
  readonly pilotName: string | null = $derived(this.#assessment?.pilots.find((p) => p.id === this.contract?.pilotId)?.name ?? null);
  readonly inProgress: number | null = $derived(this.contract ? monthInProgress(this.contract, this.asOf) : null);
  readonly yearToDate: number[] = $derived(this.evaluation ? netYearToDate(this.evaluation) : []);
  readonly credits: CreditNote[] = $derived(this.evaluation && this.contract ? creditNotes(this.evaluation, this.contract) : []);
  readonly caps: { month: number; text: string }[] = $derived(this.evaluation && this.contract ? capNotes(this.evaluation, this.contract) : []);
  readonly actions: ListedAction[] = $derived(this.contract ? openActions(this.contract, this.asOf) : []);
  readonly moneySentence: string = $derived(this.contract ? atRiskSentence(this.contract) : '');

  /** Results dated outside the term: kept and shown, never judged (SPEC §11). */
  readonly outsideTerm: number = $derived.by(() => {
    const contract = this.contract;
    if (!contract) return 0;
    const { first, last } = termMonths(contract);
    return contract.measurements.filter((m) => {
      const month = monthNumber(m.date);
      return month < first || month > last;
    }).length;
  });
}
