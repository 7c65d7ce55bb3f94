// A contract's quarterly business review pack (SPEC §11): the quarters with a reported month, the one
// chosen (the latest until another is picked), and that quarter's data and the contract's evaluation as
// of the day the pack is opened, for the pack's sentences. Follows the session: an edit elsewhere shows.
import { localToday } from '../domain/dates';
import { evaluateContract, type ContractEvaluation } from '../domain/contract/evaluate';
import { termMonths } from '../domain/contract/months';
import { qbrData, quartersOf, type QbrData, type Quarter } from '../domain/contract/qbr';
import type { Contract } from '../domain/contract/contract-types';
import type { Pilot } from '../domain/types';
import type { AssessmentSession } from './assessment-session.svelte';

export class QbrPack {
  readonly #session: AssessmentSession;
  readonly #contractId: () => string;
  #chosen = $state<string | null>(null);
  /** The day the figures are as of: the months ended before it are reported (SPEC §11). */
  readonly asOf: string;

  constructor(session: AssessmentSession, contractId: () => string, asOf: string = localToday()) {
    this.#session = session;
    this.#contractId = contractId;
    this.asOf = asOf;
  }

  // Each derivation reads the constructor's fields inside its function, run after the constructor.
  readonly contract: Contract | undefined = $derived.by(() => this.#session.contract(this.#contractId()));
  readonly vendorName: string = $derived.by(() => {
    const id = this.contract?.vendorId;
    return this.#session.assessment?.vendors.find((v) => v.id === id)?.name ?? id ?? '';
  });
  /** The pilot the contract was drafted from, when it still exists. */
  readonly pilot: Pilot | undefined = $derived.by(() => this.#session.assessment?.pilots.find((p) => p.id === this.contract?.pilotId));
  /** The calendar quarters with a reported month, the latest first. */
  readonly quarters: Quarter[] = $derived.by(() => (this.contract ? quartersOf(this.contract, this.asOf) : []));
  readonly quarter: Quarter | null = $derived(this.quarters.find((q) => q.label === this.#chosen) ?? this.quarters[0] ?? null);
  readonly evaluation: ContractEvaluation | null = $derived.by(() => (this.contract ? evaluateContract(this.contract, this.asOf) : null));
  readonly data: QbrData | null = $derived.by(() => {
    const a = this.#session.assessment;
    return this.contract && this.quarter && a ? qbrData(a, this.contract, this.quarter, this.asOf) : null;
  });
  /** The contract's first month (months.ts), for the pack that cannot be made yet. */
  readonly firstMonth: number | null = $derived(this.contract ? termMonths(this.contract).first : null);

  /** Picks the quarter by its label ("Q1 2027"). */
  choose(label: string): void {
    this.#chosen = label;
  }
}
