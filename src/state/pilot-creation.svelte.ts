// Creating a pilot (SPEC §1 journey 4, §2 Pilot): the "New pilot" form and the one-click "Start a pilot"
// buttons. A pilot starts with the library's balanced scorecard and the default lines (GO 90, NO-GO 75);
// once stored, it opens. Settings are checked by the rules of domain/pilot-draft.ts. A default name is
// unique among the pilots and follows the vendor until the user writes their own; a pilot with a
// disqualified vendor (SPEC §3) is created only once the user confirms.
import { daysBetween, localToday } from '../domain/dates';
import { defaultPilotName, defaultPilotSettings, newPilot, pilotErrors, type PilotErrors, type PilotField, type PilotSettings } from '../domain/pilot-draft';
import { pilotVendorChoices, type PilotVendorChoice } from '../domain/pilot-vendor-choices';
import { criteriaById } from '../domain/results-text';
import type { Assessment } from '../domain/types';
import type { AssessmentSession } from './assessment-session.svelte';
import { confirmAction } from './confirm.svelte';
import { router } from './router.svelte';

/**
 * Stores a new pilot with the default scorecard and opens it. Resolves to its id, or null when the
 * settings are invalid or the write failed (the session has already said why).
 */
async function createPilot(session: AssessmentSession, settings: PilotSettings, open = true): Promise<string | null> {
  const a = session.assessment;
  if (!a) return null;
  if (Object.keys(pilotErrors(settings, a.vendors.map((v) => v.id))).length > 0) return null;
  const pilot = newPilot(settings, a.pilots.map((p) => p.id));
  if (!(await session.addPilot(pilot))) return null;
  if (open) router.go({ name: 'assessment', assessmentId: session.id, screen: 'pilots', sub: pilot.id });
  return pilot.id;
}

/** One click: a pilot for this vendor with every default (8 weeks from next Monday, GO 90, NO-GO 75). */
export async function startPilotFor(session: AssessmentSession, vendorId: string, today = localToday()): Promise<string | null> {
  const a = session.assessment;
  const vendor = a?.vendors.find((v) => v.id === vendorId);
  if (!a || !vendor) return null;
  return createPilot(session, defaultPilotSettings(vendor, today, a.pilots.map((p) => p.name)));
}

const toNumber = (text: string) => (text.trim() === '' ? NaN : Number(text));

/** The "New pilot" form: its fields start from the defaults, and a message shows once a field was touched or the form submitted. */
export class NewPilotForm {
  readonly #session: AssessmentSession;
  #vendorId = $state('');
  /** The name the user wrote; null while they have not (the name then follows the vendor). */
  #typedName = $state<string | null>(null);
  #start = $state('');
  #end = $state('');
  #goText = $state('');
  #noGoText = $state('');
  #submitted = $state(false);
  #busy = $state(false);
  #touched = $state<Partial<Record<PilotField, boolean>>>({});

  constructor(session: AssessmentSession, today = localToday()) {
    this.#session = session;
    const initial = defaultPilotSettings(this.vendors[0]?.vendor, today);
    this.#vendorId = initial.vendorId;
    this.#start = initial.start;
    this.#end = initial.end;
    this.#goText = String(initial.goScore);
    this.#noGoText = String(initial.noGoScore);
  }

  // Deriveds are lazy: they first run after the constructor has set #session (read through a method).
  #assessment(): Assessment | undefined {
    return this.#session.assessment;
  }
  #choices(): PilotVendorChoice[] {
    const a = this.#assessment();
    if (!a) return [];
    return pilotVendorChoices(a.vendors, this.#session.ranking, { criteria: criteriaById(a.categories), cells: this.#session.cells });
  }

  /** Every vendor with where it stands in the ranking, those a pilot is offered for first. */
  readonly vendors: PilotVendorChoice[] = $derived(this.#choices());
  readonly chosen: PilotVendorChoice | undefined = $derived(this.vendors.find((c) => c.vendor.id === this.#vendorId));
  /** Said beside the vendor field while a disqualified vendor is chosen. */
  readonly vendorWarning: string | null = $derived(
    this.chosen?.disqualified ? `${this.chosen.vendor.name} is ${this.chosen.disqualified}. Creating the pilot asks you to confirm.` : null,
  );
  readonly #defaultName: string = $derived(
    this.chosen ? defaultPilotName(this.chosen.vendor.name, this.#assessment()?.pilots.map((p) => p.name) ?? []) : '',
  );

  get vendorId(): string {
    return this.#vendorId;
  }
  get name(): string {
    return this.#typedName ?? this.#defaultName;
  }
  /** The user writes their own name: it no longer follows the vendor. */
  set name(text: string) {
    this.#typedName = text;
  }
  get start(): string {
    return this.#start;
  }
  set start(date: string) {
    this.#start = date;
  }
  get end(): string {
    return this.#end;
  }
  set end(date: string) {
    this.#end = date;
  }
  get goText(): string {
    return this.#goText;
  }
  set goText(text: string) {
    this.#goText = text;
    this.#touched.goScore = true;
  }
  get noGoText(): string {
    return this.#noGoText;
  }
  set noGoText(text: string) {
    this.#noGoText = text;
    this.#touched.noGoScore = true;
  }
  get busy(): boolean {
    return this.#busy;
  }

  readonly settings: PilotSettings = $derived({
    name: this.name,
    vendorId: this.#vendorId,
    start: this.#start,
    end: this.#end,
    goScore: toNumber(this.#goText),
    noGoScore: toNumber(this.#noGoText),
  });
  readonly errors: PilotErrors = $derived(pilotErrors(this.settings, this.vendors.map((c) => c.vendor.id)));
  /** The window's length in weeks while both dates are valid, else null. */
  readonly weeks: number | null = $derived(!this.errors.start && !this.errors.end ? (daysBetween(this.#start, this.#end) + 1) / 7 : null);

  /** The message to show beside a field: only once it was touched or the form submitted. */
  shown(field: PilotField): string | undefined {
    return this.#submitted || this.#touched[field] ? this.errors[field] : undefined;
  }

  touch(field: PilotField): void {
    this.#touched[field] = true;
  }

  chooseVendor(id: string): void {
    this.#vendorId = id;
  }

  /**
   * Creates and opens the pilot; resolves false when a field is wrong (its message now shows) or the user
   * did not confirm a disqualified vendor.
   */
  async submit(): Promise<boolean> {
    this.#submitted = true;
    if (Object.keys(this.errors).length > 0) return false;
    const chosen = this.chosen;
    if (chosen?.disqualified) {
      const ok = await confirmAction({
        title: `Create a pilot with ${chosen.vendor.name}?`,
        message: `${chosen.vendor.name} is ${chosen.disqualified}. A vendor that fails a must-have is out of the running whatever its pilot shows, until its scores or the checklist change.`,
        confirmLabel: 'Create pilot anyway',
      });
      if (!ok) return false;
    }
    this.#busy = true;
    try {
      await createPilot(this.#session, { ...this.settings, name: this.name.trim() });
    } finally {
      this.#busy = false;
    }
    return true;
  }
}
