// Quick entry: one measurement at a time (date, KPI, value, optional n and note). Wrong fields are
// marked in place and nothing is stored (SPEC §5, §6 rules, domain/measurement-entry.ts); date and KPI
// stay after an add so a series can be typed in a row. When the KPI already has a value that day, the
// row is held back with a warning until the person chooses to replace that value or add theirs as well
// (SPEC §4 counts every row: a figure typed twice must not weigh twice unnoticed).
import { localToday } from '../domain/dates';
import { storedOnDay } from '../domain/measurement-duplicates';
import { replacedText, sameDayText } from '../domain/measurement-duplicates-text';
import { validateEntry, type EntryErrors, type EntryField } from '../domain/measurement-entry';
import { addedText } from '../domain/measurement-format';
import { windowPlace, type WindowPlace } from '../domain/pilot-window';
import type { Kpi, Measurement, Pilot, PilotRows } from '../domain/types';

export const ENTRY_FIELDS: readonly EntryField[] = ['date', 'kpiId', 'value', 'n'];

/** What to do with a row whose KPI already has a value that day. */
export type SameDayChoice = 'replace' | 'keep';

/** Stores the rows (`replace`: instead of the stored rows of the same KPI and date); false when that failed. */
export type AddRows = (rows: Measurement[], choice: SameDayChoice) => Promise<boolean>;

export class QuickEntryForm {
  readonly #kpisOf: () => Kpi[];
  readonly #windowOf: () => Pick<Pilot, 'start' | 'end'>;
  readonly #storedOf: () => PilotRows;
  readonly #onadd: AddRows;
  #date = $state(localToday());
  #chosenKpi = $state('');
  #value = $state('');
  #n = $state('');
  #note = $state('');
  #errors = $state.raw<EntryErrors>({});
  #status = $state('');
  #saving = $state(false);
  /** A checked row held back because its KPI already has a value that day, and the warning. */
  #sameDay = $state.raw<{ row: Measurement; text: string } | null>(null);

  /**
   * `stored`: the pilot's rows, checked for a value of the same KPI and date; `onadd` stores the rows
   * and resolves false when that failed (the session has said why).
   */
  constructor(kpis: () => Kpi[], window: () => Pick<Pilot, 'start' | 'end'>, stored: () => PilotRows, onadd: AddRows) {
    this.#kpisOf = kpis;
    this.#windowOf = window;
    this.#storedOf = stored;
    this.#onadd = onadd;
  }

  // Deriveds are lazy: they first run after the constructor has set the getters (read through methods).
  #window(): Pick<Pilot, 'start' | 'end'> {
    return this.#windowOf();
  }

  #kpis(): Kpi[] {
    return this.#kpisOf();
  }

  // The typed text, bound to the form's fields.
  get date(): string {
    return this.#date;
  }
  set date(text: string) {
    this.#date = text;
  }
  get value(): string {
    return this.#value;
  }
  set value(text: string) {
    this.#value = text;
  }
  get n(): string {
    return this.#n;
  }
  set n(text: string) {
    this.#n = text;
  }
  get note(): string {
    return this.#note;
  }
  set note(text: string) {
    this.#note = text;
  }

  get errors(): EntryErrors {
    return this.#errors;
  }
  /** What the last add stored, for the status line; '' once the user types again. */
  get status(): string {
    return this.#status;
  }
  get saving(): boolean {
    return this.#saving;
  }
  /** "CSAT already has 81.2 % on 24 Jan 2027" while a typed row waits for Replace or Add anyway; '' otherwise. */
  get sameDay(): string {
    return this.#sameDay?.text ?? '';
  }

  /** The chosen KPI, or the first one while nothing (or a KPI since removed) is chosen. */
  readonly kpiId: string = $derived(this.#kpis().some((k) => k.id === this.#chosenKpi) ? this.#chosenKpi : (this.#kpis()[0]?.id ?? ''));
  readonly kpi: Kpi | undefined = $derived(this.#kpis().find((k) => k.id === this.kpiId));
  /** Where the typed date lies against the window: a baseline or after-pilot row is kept, not judged. */
  readonly place: WindowPlace = $derived(/^\d{4}-\d{2}-\d{2}$/.test(this.#date) ? windowPlace(this.#date, this.#window()) : 'in');

  chooseKpi(kpiId: string): void {
    this.#chosenKpi = kpiId;
    this.clear('kpiId');
  }

  /** The user is correcting `field`: its message goes, and so does the last status. */
  clear(field: EntryField): void {
    if (this.#errors[field]) this.#errors = { ...this.#errors, [field]: undefined };
    this.#status = '';
    this.#sameDay = null;
  }

  /** Drops the warning without storing the row (the typed fields stay). */
  dismissSameDay(): void {
    this.#sameDay = null;
  }

  /**
   * Checks and stores the typed row. Resolves to the field to focus next: the first wrong one, or the
   * value after an add (the date and KPI stay); null while saving, when the write failed, or when the
   * KPI already has a value that day (the row waits for resolveSameDay; submitting again never adds it).
   */
  async submit(): Promise<EntryField | null> {
    if (this.#saving) return null;
    const result = validateEntry({ date: this.#date, kpiId: this.kpiId, value: this.#value, n: this.#n, note: this.#note }, this.#kpis().map((k) => k.id));
    if ('errors' in result) {
      this.#errors = result.errors;
      this.#status = '';
      return ENTRY_FIELDS.find((f) => result.errors[f]) ?? null;
    }
    this.#errors = {};
    const row = result.measurement;
    const existing = storedOnDay(this.#storedOf(), row.kpiId, row.date);
    if (existing.length > 0) {
      this.#sameDay = { row, text: sameDayText(existing, this.kpi) };
      this.#status = '';
      return null;
    }
    return this.#store(row, 'keep');
  }

  /** Stores the row held back by the warning: instead of the stored value(s) that day, or beside them. */
  async resolveSameDay(choice: SameDayChoice): Promise<EntryField | null> {
    const pending = this.#sameDay;
    if (!pending || this.#saving) return null;
    return this.#store(pending.row, choice);
  }

  async #store(row: Measurement, choice: SameDayChoice): Promise<EntryField | null> {
    this.#saving = true;
    const saved = await this.#onadd([row], choice);
    this.#saving = false;
    if (!saved) return null;
    this.#sameDay = null;
    this.#status = choice === 'replace' ? replacedText(row, this.kpi) : addedText(row, this.kpi);
    this.#value = '';
    this.#n = '';
    this.#note = '';
    return 'value';
  }
}
