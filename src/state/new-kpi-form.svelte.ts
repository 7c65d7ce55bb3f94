// Adding KPIs to a pilot: from the library (the entries the pilot does not have yet; SPEC §1 journey 4)
// or defined from scratch, with the same checks as an edit (SPEC §5, domain/kpi-validation.ts).
import { type KpiDef } from '../domain/kpi-library';
import { kpiErrors, type KpiErrors, type KpiField } from '../domain/kpi-validation';
import { availableLibraryKpis } from '../domain/pilot-edits';
import type { Kpi, KpiDirection, Pilot } from '../domain/types';
import type { PilotEditor } from './pilot-editor';

/** A KPI from scratch as typed: numbers stay text until it is added. */
interface KpiDraftFields {
  name: string;
  unit: string;
  direction: KpiDirection;
  threshold: string;
  target: string;
  weight: string;
}

const EMPTY: KpiDraftFields = { name: '', unit: '', direction: 'higher', threshold: '', target: '', weight: '0' };
const toNumber = (text: string) => (text.trim() === '' ? NaN : Number(text));

export class NewKpiForm {
  readonly #pilotOf: () => Pilot;
  readonly #editor: PilotEditor;
  #chosen = $state('');
  #defining = $state(false);
  #submitted = $state(false);
  #draft = $state<KpiDraftFields>({ ...EMPTY });

  constructor(pilot: () => Pilot, editor: PilotEditor) {
    this.#pilotOf = pilot;
    this.#editor = editor;
  }

  // Deriveds are lazy: they first run after the constructor has set the getter (read through a method).
  #pilot(): Pilot {
    return this.#pilotOf();
  }

  /** Library KPIs the pilot does not have yet, in library order. */
  readonly library: KpiDef[] = $derived(availableLibraryKpis(this.#pilot()));
  /** The library entry to add: the chosen one, or the first while nothing (or one since added) is chosen. */
  readonly choice: KpiDef | undefined = $derived(this.library.find((d) => d.id === this.#chosen) ?? this.library[0]);

  /** Whether the "define from scratch" form is open. */
  get defining(): boolean {
    return this.#defining;
  }
  /** The typed fields (bound to the form's inputs). */
  get draft(): KpiDraftFields {
    return this.#draft;
  }

  readonly #candidate: Omit<Kpi, 'id'> = $derived({
    name: this.#draft.name,
    unit: this.#draft.unit,
    direction: this.#draft.direction,
    threshold: toNumber(this.#draft.threshold),
    target: toNumber(this.#draft.target),
    weight: toNumber(this.#draft.weight),
    gate: false,
    aggregate: 'mean',
    proportion: false,
  });
  readonly errors: KpiErrors = $derived(kpiErrors({ ...this.#candidate, id: '' }, this.#pilot().kpis));

  /** A field's message, once the user has tried to add the KPI. */
  shown(field: KpiField): string | undefined {
    return this.#submitted ? this.errors[field] : undefined;
  }

  choose(id: string): void {
    this.#chosen = id;
  }

  async addFromLibrary(): Promise<void> {
    const choice = this.choice;
    if (choice && (await this.#editor.addLibraryKpi(choice.id))) this.#chosen = '';
  }

  open(): void {
    this.#defining = true;
  }

  cancel(): void {
    this.#defining = false;
    this.#submitted = false;
  }

  /** Adds the KPI defined from scratch; a wrong field keeps the form open with its message. */
  async define(): Promise<void> {
    this.#submitted = true;
    if (Object.keys(this.errors).length > 0) return;
    if (await this.#editor.addCustomKpi(this.#candidate)) {
      this.#defining = false;
      this.#submitted = false;
      this.#draft = { ...EMPTY };
    }
  }
}
