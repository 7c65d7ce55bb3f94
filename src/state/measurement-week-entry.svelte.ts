// The weekly form: one week, every KPI of the pilot at once. Rows are dated by the week's Monday; empty
// KPIs are skipped, and one save stores the whole week or nothing, when a line is wrong
// (domain/measurement-entry.ts validateWeek).
import { localToday } from '../domain/dates';
import { mondayOf, validateWeek, type EntryErrors } from '../domain/measurement-entry';
import { weekSavedText } from '../domain/measurement-format';
import type { Kpi, Measurement, Pilot } from '../domain/types';

type LineField = 'value' | 'n';

/** The week of today, held inside the pilot window: a new pilot's first week, a past pilot's last. */
function defaultWeek({ start, end }: Pick<Pilot, 'start' | 'end'>, today = localToday()): string {
  return mondayOf(today < start ? start : today > end ? end : today);
}

export class WeekEntryForm {
  readonly #kpis: () => Kpi[];
  readonly #onadd: (rows: Measurement[]) => Promise<boolean>;
  #picked = $state('');
  #values = $state<Record<string, { value: string; n: string }>>({});
  #errors = $state.raw<Map<string, EntryErrors>>(new Map());
  #dateError = $state<string | undefined>();
  #message = $state('');
  #status = $state('');
  #saving = $state(false);

  /** `window`: read once, for the week shown first. */
  constructor(kpis: () => Kpi[], window: Pick<Pilot, 'start' | 'end'>, onadd: (rows: Measurement[]) => Promise<boolean>) {
    this.#kpis = kpis;
    this.#onadd = onadd;
    this.#picked = defaultWeek(window);
  }

  /** Any day of the week, as the date field holds it. */
  get picked(): string {
    return this.#picked;
  }
  set picked(date: string) {
    this.#picked = date;
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

  /** The Monday the rows are dated by, or '' while the date field holds no date. */
  readonly monday: string = $derived(/^\d{4}-\d{2}-\d{2}$/.test(this.#picked) ? mondayOf(this.#picked) : '');

  line(kpiId: string, field: LineField): string {
    return this.#values[kpiId]?.[field] ?? '';
  }

  setLine(kpiId: string, field: LineField, text: string): void {
    this.#values[kpiId] = { value: this.line(kpiId, 'value'), n: this.line(kpiId, 'n'), [field]: text };
    this.#status = '';
  }

  /** The user is changing the week: its message goes. */
  clearDateError(): void {
    this.#dateError = undefined;
  }

  /** Checks every line and stores the week in one write; resolves true when it was stored. */
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
    this.#saving = true;
    const saved = await this.#onadd(result.rows);
    this.#saving = false;
    if (!saved) return false;
    this.#status = weekSavedText(result.rows.length, this.monday);
    this.#values = {};
    return true;
  }
}
