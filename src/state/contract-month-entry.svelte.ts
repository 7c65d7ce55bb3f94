// A contract month's results typed for every service level at once (SPEC §11). One save stores the
// whole month in one transaction, or nothing while a line is wrong (domain/contract/results-entry.ts).
// When a service level typed already has rows that month, the month waits until the person chooses to
// replace those rows or add beside them: a month's value aggregates every row dated in it, so a month
// typed twice must never weigh twice unnoticed. A month outside the term is stored, kept and not judged.
import { plural } from '../domain/format';
import { clashText, defaultEntryMonth, monthClashes, monthRowsByLevel, storedHint, withMonthResults, type MonthChoice } from '../domain/contract/month-results';
import { monthName } from '../domain/contract/money-text';
import { monthNumber } from '../domain/contract/months';
import { isOutsideTerm, monthEntryRows, type ResultErrors, type ResultInput } from '../domain/contract/results-entry';
import { isMonth } from '../domain/contract/rules';
import type { Contract, ContractMeasurement, ServiceLevel } from '../domain/contract/contract-types';
import { localToday } from '../domain/dates';
import type { AssessmentSession } from './assessment-session.svelte';

export type LineField = keyof ResultInput;

const EMPTY_LINE: ResultInput = { value: '', n: '', note: '' };

export class MonthEntryForm {
  readonly #session: AssessmentSession;
  readonly #contractId: string;
  #month = $state('');
  #lines = $state<Record<string, ResultInput>>({});
  #errors = $state.raw<Record<string, ResultErrors>>({});
  #monthError = $state<string | undefined>();
  #message = $state('');
  #status = $state('');
  #saving = $state(false);
  /** A checked month held back because some of its service levels already have rows in it, and the warning. */
  #held = $state.raw<{ month: string; rows: ContractMeasurement[]; text: string } | null>(null);

  constructor(session: AssessmentSession, contractId: string, today = localToday()) {
    this.#session = session;
    this.#contractId = contractId;
    const contract = session.contract(contractId);
    this.#month = contract ? defaultEntryMonth(contract, today) : today.slice(0, 7);
  }

  get contract(): Contract | undefined {
    return this.#session.contract(this.#contractId);
  }
  get levels(): ServiceLevel[] {
    return this.contract?.serviceLevels ?? [];
  }

  /** The month typed (YYYY-MM), as the month field holds it. */
  get month(): string {
    return this.#month;
  }
  set month(month: string) {
    this.#month = month;
    this.#monthError = undefined;
    this.#held = null;
    this.#status = '';
  }
  /** Per service level id: what is wrong with its line. */
  get errors(): Record<string, ResultErrors> {
    return this.#errors;
  }
  get monthError(): string | undefined {
    return this.#monthError;
  }
  /** Why nothing was saved when no line is wrong (every line empty); '' otherwise. */
  get message(): string {
    return this.#message;
  }
  get status(): string {
    return this.#status;
  }
  get saving(): boolean {
    return this.#saving;
  }
  /** "CSAT already has 79.5 % for January 2027" while the month waits for Replace or Add anyway; '' otherwise. */
  get held(): string {
    return this.#held?.text ?? '';
  }

  readonly #validMonth: string | null = $derived(isMonth(this.#month.trim()) ? this.#month.trim() : null);

  /** "January 2027 is outside the term: kept, not judged." for a month before the start or after the term; '' otherwise. */
  readonly outsideTerm: string = $derived(
    this.contract && this.#validMonth && isOutsideTerm(this.contract, this.#validMonth)
      ? `${monthName(monthNumber(this.#validMonth), true)} is outside the term: kept, not judged.`
      : '',
  );

  readonly #monthRows = $derived(this.#validMonth ? monthRowsByLevel(this.contract?.measurements ?? [], this.#validMonth) : new Map<string, ContractMeasurement[]>());

  /** What each service level already has in the month, beside its line. */
  storedFor(level: ServiceLevel): string {
    return this.#validMonth ? storedHint(this.#monthRows, level, this.#validMonth) : '';
  }

  line(levelId: string, field: LineField): string {
    return this.#lines[levelId]?.[field] ?? '';
  }

  setLine(levelId: string, field: LineField, text: string): void {
    this.#lines[levelId] = { ...(this.#lines[levelId] ?? EMPTY_LINE), [field]: text };
    this.#status = '';
    this.#held = null;
  }

  /** Drops the warning without storing the month (the typed lines stay). */
  dismissHeld(): void {
    this.#held = null;
  }

  /**
   * Checks every line and stores the month in one write; resolves true when it was stored. A month
   * with service levels that already have rows in it waits for resolveHeld (saving again never adds it).
   */
  async submit(): Promise<boolean> {
    const contract = this.contract;
    if (!contract || this.#saving) return false;
    const month = this.#month.trim();
    const entry = monthEntryRows(contract, month, $state.snapshot(this.#lines));
    this.#errors = entry.errors;
    this.#monthError = entry.monthError;
    this.#message = entry.message ?? '';
    this.#status = '';
    if (entry.rows.length === 0) return false;
    const clashes = monthClashes(contract.measurements, entry.rows, month);
    if (clashes.length > 0) {
      const text = clashes.map((c) => clashText(c, contract.serviceLevels.find((s) => s.id === c.serviceLevelId), month)).join('; ');
      this.#held = { month, rows: entry.rows, text };
      return false;
    }
    return this.#store(month, entry.rows, 'keep');
  }

  /** Stores the month held back by the warning: instead of that month's rows of those service levels, or beside them. */
  async resolveHeld(choice: MonthChoice): Promise<boolean> {
    const held = this.#held;
    if (!held || this.#saving) return false;
    return this.#store(held.month, held.rows, choice);
  }

  async #store(month: string, rows: ContractMeasurement[], choice: MonthChoice): Promise<boolean> {
    this.#saving = true;
    const outside = this.outsideTerm;
    const saved = await this.#session.changeContractResults(this.#contractId, (stored) => withMonthResults(stored, month, rows, choice));
    this.#saving = false;
    if (!saved) return false;
    this.#held = null;
    this.#lines = {};
    const replaced = choice === 'replace' ? ' The rows stored for that month were replaced.' : '';
    this.#status = `Saved ${plural(rows.length, 'result')} for ${monthName(monthNumber(month), true)}.${replaced}${outside ? ` ${outside}` : ''}`;
    return true;
  }
}
