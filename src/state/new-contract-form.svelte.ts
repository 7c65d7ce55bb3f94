// The "New contract" form (SPEC §11): from a GO pilot (one click fills everything but the charges) or
// from scratch for any vendor. Once stored, the contract opens. Messages show once a field was touched
// or the form submitted.
import { localToday } from '../domain/dates';
import { MAX_MONTHLY_CHARGES } from '../domain/contract/rules';
import { defaultStartMonth, goPilots, newContract } from '../domain/contract/new-contract';
import { isMonth } from '../domain/contract/rules';
import type { Pilot, Vendor } from '../domain/types';
import type { AssessmentSession } from './assessment-session.svelte';
import { router } from './router.svelte';

type Field = 'source' | 'name' | 'start' | 'months' | 'currency' | 'charges';
export type NewContractErrors = Partial<Record<Field, string>>;

/** The form's source choice: "pilot:<id>" or "vendor:<id>". */
type SourceKey = string;

export class NewContractForm {
  readonly #session: AssessmentSession;
  readonly #today: string;
  #source = $state<SourceKey>('');
  #typedName = $state<string | null>(null);
  #start = $state('');
  #months = $state('12');
  #currency = $state<string | null>(null);
  #charges = $state('');
  #submitted = $state(false);
  #busy = $state(false);

  constructor(session: AssessmentSession, pilotId?: string, today = localToday()) {
    this.#session = session;
    this.#today = today;
    const first = this.pilots.find((p) => p.id === pilotId) ?? this.pilots[0];
    this.#source = first ? `pilot:${first.id}` : `vendor:${this.vendors[0]?.id ?? ''}`;
    this.#start = defaultStartMonth(today, this.pilot?.end);
  }

  /** Pilots whose latest logged decision is GO. */
  get pilots(): Pilot[] {
    return this.#session.assessment ? goPilots(this.#session.assessment) : [];
  }
  get vendors(): Vendor[] {
    return this.#session.assessment?.vendors ?? [];
  }
  get source(): SourceKey {
    return this.#source;
  }
  get pilot(): Pilot | undefined {
    return this.#source.startsWith('pilot:') ? this.pilots.find((p) => `pilot:${p.id}` === this.#source) : undefined;
  }
  get vendor(): Vendor | undefined {
    const id = this.pilot?.vendorId ?? (this.#source.startsWith('vendor:') ? this.#source.slice(7) : undefined);
    return this.vendors.find((v) => v.id === id);
  }
  vendorName(vendorId: string): string {
    return this.vendors.find((v) => v.id === vendorId)?.name ?? vendorId;
  }

  choose(source: SourceKey): void {
    this.#source = source;
    if (this.pilot) this.#start = defaultStartMonth(this.#today, this.pilot.end);
  }

  get name(): string {
    return this.#typedName ?? (this.vendor ? `${this.vendor.name} contract` : '');
  }
  set name(text: string) {
    this.#typedName = text;
  }
  get start(): string {
    return this.#start;
  }
  set start(text: string) {
    this.#start = text;
  }
  get months(): string {
    return this.#months;
  }
  set months(text: string) {
    this.#months = text;
  }
  get currency(): string {
    return this.#currency ?? this.vendor?.price?.currency ?? 'EUR';
  }
  set currency(text: string) {
    this.#currency = text.toUpperCase();
  }
  get charges(): string {
    return this.#charges;
  }
  set charges(text: string) {
    this.#charges = text;
  }
  get busy(): boolean {
    return this.#busy;
  }
  get submitted(): boolean {
    return this.#submitted;
  }

  readonly errors: NewContractErrors = $derived.by(() => {
    const errors: NewContractErrors = {};
    if (!this.vendor) errors.source = 'Choose a GO pilot or a vendor.';
    if (this.name.trim() === '') errors.name = 'Give the contract a name.';
    if (!isMonth(this.#start)) errors.start = 'Choose the month the contract starts.';
    const months = this.#months.trim();
    if (months !== '' && !(/^\d+$/.test(months) && Number(months) >= 1 && Number(months) <= 240)) errors.months = 'A whole number of months from 1 to 240, or empty for open-ended.';
    if (!/^[A-Z]{3}$/.test(this.currency)) errors.currency = 'Use the 3-letter currency code, e.g. EUR.';
    const charges = Number(this.#charges.trim().replace(',', '.'));
    if (this.#charges.trim() === '' || !(charges > 0) || charges > MAX_MONTHLY_CHARGES) errors.charges = 'The monthly charges the credits are a share of: an amount above 0.';
    return errors;
  });

  /** Stores the contract and opens it; false when a field is wrong or the write failed (the session said why). */
  async submit(): Promise<boolean> {
    this.#submitted = true;
    const a = this.#session.assessment;
    const vendor = this.vendor;
    if (!a || !vendor || Object.keys(this.errors).length > 0 || this.#busy) return false;
    const months = this.#months.trim();
    const terms = { name: this.name, startMonth: this.#start, months: months === '' ? undefined : Number(months), currency: this.currency, monthlyCharges: Number(this.#charges.trim().replace(',', '.')) };
    const contract = newContract(a, this.pilot ? { pilot: this.pilot, vendor } : { vendor }, terms);
    this.#busy = true;
    try {
      if (!(await this.#session.updateContracts((contracts) => [...contracts, contract]))) return false;
    } finally {
      this.#busy = false;
    }
    router.go({ name: 'assessment', assessmentId: this.#session.id, screen: 'contracts', sub: contract.id });
    return true;
  }
}
