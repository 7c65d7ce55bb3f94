// The weekly form: one week, every KPI of the pilot at once. Rows are dated by the week's Monday; empty
// KPIs are skipped, and one save stores the whole week or nothing, when a line is wrong
// (domain/measurement-entry.ts validateWeek). When a KPI already has a value that Monday, the week is
// held back with a warning until the person chooses to replace those values or add the week as well
// (SPEC §4 counts every row: a week saved twice must not weigh twice unnoticed).
import { localToday } from '../domain/dates';
import { storedOnDay } from '../domain/measurement-duplicates';
import { sameDayText } from '../domain/measurement-duplicates-text';
import { mondayOf, validateWeek, type EntryErrors } from '../domain/measurement-entry';
import { weekSavedText } from '../domain/measurement-format';
import type { Kpi, Measurement, Pilot, PilotRows } from '../domain/types';
import type { AddRows, SameDayChoice } from './measurement-quick-entry.svelte';

type LineField = 'value' | 'n';

/** The week of today, held inside the pilot window: a new pilot's first week, a past pilot's last. */
function defaultWeek({ start, end }: Pick<Pilot, 'start' | 'end'>, today = localToday()): string {
  return mondayOf(today < start ? start : today > end ? end : today);
}

export class WeekEntryForm {
  readonly #kpis: () => Kpi[];
  readonly #storedOf: () => PilotRows;
  readonly #onadd: AddRows;
  #picked = $state('');
  #values = $state<Record<string, { value: string; n: string }>>({});
  #errors = $state.raw<Map<string, EntryErrors>>(new Map());
  #dateError = $state<string | undefined>();
  #message = $state('');
  #status = $state('');
  #saving = $state(false);
  /** A checked week held back because some of its KPIs already have a value that Monday, and the warning. */
  #sameDay = $state.raw<{ rows: Measurement[]; text: string } | null>(null);

  /** `window`: read once, for the week shown first; `stored`: the pilot's rows, checked for values that Monday. */
  constructor(kpis: () => Kpi[], window: Pick<Pilot, 'start' | 'end'>, stored: () => PilotRows, onadd: AddRows) {
    this.#kpis = kpis;
    this.#storedOf = stored;
    this.#onadd = onadd;
    this.#picked = defaultWeek(window);
  }

  /** Any day of the week, as the date field holds it. */
  get picked(): string {
    return this.#picked;
  }
  set picked(date: string) {
    this.#picked = date;
    this.#sameDay = null;
  }
  /** Per KPI id: what is wrong with its line. */
  get errors(): Map<string, EntryErrors> {
    return this.#errors;
  }
  get dateError(): string | undefined {
    return this.#dateError;
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
  /** "CSAT already has 81.2 % on 18 Jan 2027; AHT …" while the week waits for Replace or Add anyway; '' otherwise. */
  get sameDay(): string {
    return this.#sameDay?.text ?? '';
  }

  /** The Monday the rows are dated by, or '' while the date field holds no date. */
  readonly monday: string = $derived(/^\d{4}-\d{2}-\d{2}$/.test(this.#picked) ? mondayOf(this.#picked) : '');

  line(kpiId: string, field: LineField): string {
    return this.#values[kpiId]?.[field] ?? '';
  }

  setLine(kpiId: string, field: LineField, text: string): void {
    this.#values[kpiId] = { value: this.line(kpiId, 'value'), n: this.line(kpiId, 'n'), [field]: text };
    this.#status = '';
    this.#sameDay = null;
  }

  /** Drops the warning without storing the week (the typed lines stay). */
  dismissSameDay(): void {
    this.#sameDay = null;
  }

  /** The user is changing the week: its message goes. */
  clearDateError(): void {
    this.#dateError = undefined;
  }

  /**
   * Checks every line and stores the week in one write; resolves true when it was stored. A week with a
   * KPI that already has a value that Monday waits for resolveSameDay (submitting again never adds it).
   */
  async submit(): Promise<boolean> {
    if (this.#saving) return false;
    const lines = this.#kpis().map((k) => ({ kpiId: k.id, value: this.line(k.id, 'value'), n: this.line(k.id, 'n') }));
    const result = validateWeek(this.monday || this.#picked, lines);
    this.#status = '';
    if (!result.ok) {
      this.#errors = result.errors;
      this.#dateError = result.dateError;
      this.#message = result.message ?? '';
      return false;
    }
    this.#errors = new Map();
    this.#dateError = undefined;
    this.#message = '';
    const stored = this.#storedOf();
    const kpis = this.#kpis();
    const warnings = result.rows.flatMap((row) => {
      const existing = storedOnDay(stored, row.kpiId, row.date);
      return existing.length > 0 ? [sameDayText(existing, kpis.find((k) => k.id === row.kpiId))] : [];
    });
    if (warnings.length > 0) {
      this.#sameDay = { rows: result.rows, text: warnings.join('; ') };
      return false;
    }
    return this.#store(result.rows, 'keep');
  }

  /** Stores the week held back by the warning: instead of the values stored that Monday, or beside them. */
  async resolveSameDay(choice: SameDayChoice): Promise<boolean> {
    const pending = this.#sameDay;
    if (!pending || this.#saving) return false;
    return this.#store(pending.rows, choice);
  }

  async #store(rows: Measurement[], choice: SameDayChoice): Promise<boolean> {
    this.#saving = true;
    const saved = await this.#onadd(rows, choice);
    this.#saving = false;
    if (!saved) return false;
    this.#sameDay = null;
    this.#status = weekSavedText(rows.length, rows[0].date) + (choice === 'replace' ? ' The values stored for that day were replaced.' : '');
    this.#values = {};
    return true;
  }
}
