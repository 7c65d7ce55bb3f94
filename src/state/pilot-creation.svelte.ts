// Creating a pilot (SPEC §1 journey 4, §2 Pilot): the "New pilot" form and the one-click "Start a pilot"
// buttons. A pilot starts with the library's balanced scorecard and the default lines (GO 90, NO-GO 75);
// once stored, it opens. Settings are checked by the rules of domain/pilot-draft.ts.
import { daysBetween, localToday } from '../domain/dates';
import {
  defaultPilotName,
  defaultPilotSettings,
  newPilot,
  pilotErrors,
  vendorsForPilot,
  type PilotErrors,
  type PilotField,
  type PilotSettings,
} from '../domain/pilot-draft';
import type { Assessment, Vendor } from '../domain/types';
import type { AssessmentSession } from './assessment-session.svelte';
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
  const vendor = session.assessment?.vendors.find((v) => v.id === vendorId);
  if (!vendor) return null;
  return createPilot(session, defaultPilotSettings(vendor, today));
}

const toNumber = (text: string) => (text.trim() === '' ? NaN : Number(text));

/** The "New pilot" form: its fields start from the defaults, and a message shows once a field was touched or the form submitted. */
export class NewPilotForm {
  readonly #session: AssessmentSession;
  #vendorId = $state('');
  #name = $state('');
  #nameEdited = $state(false);
  #start = $state('');
  #end = $state('');
  #goText = $state('');
  #noGoText = $state('');
  #submitted = $state(false);
  #busy = $state(false);
  #touched = $state<Partial<Record<PilotField, boolean>>>({});

  constructor(session: AssessmentSession, today = localToday()) {
    this.#session = session;
    const initial = defaultPilotSettings(this.vendors[0], today);
    this.#vendorId = initial.vendorId;
    this.#name = initial.name;
    this.#start = initial.start;
    this.#end = initial.end;
    this.#goText = String(initial.goScore);
    this.#noGoText = String(initial.noGoScore);
  }

  // Deriveds are lazy: they first run after the constructor has set #session (read through a method).
  #assessment(): Assessment | undefined {
    return this.#session.assessment;
  }
  #ranking(): readonly { vendorId: string }[] {
    return this.#session.ranking;
  }

  /** The vendors a pilot can be for, the likeliest first. */
  readonly vendors: Vendor[] = $derived(vendorsForPilot(this.#assessment()?.vendors ?? [], this.#ranking()));

  get vendorId(): string {
    return this.#vendorId;
  }
  get name(): string {
    return this.#name;
  }
  /** The user writes their own name: it no longer follows the vendor. */
  set name(text: string) {
    this.#name = text;
    this.#nameEdited = true;
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
    name: this.#name,
    vendorId: this.#vendorId,
    start: this.#start,
    end: this.#end,
    goScore: toNumber(this.#goText),
    noGoScore: toNumber(this.#noGoText),
  });
  readonly errors: PilotErrors = $derived(pilotErrors(this.settings, this.vendors.map((v) => v.id)));
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
    // The name follows the vendor until the user writes their own.
    const v = this.vendors.find((x) => x.id === id);
    if (!this.#nameEdited && v) this.#name = defaultPilotName(v.name);
  }

  /** Creates and opens the pilot; resolves false when a field is wrong (its message now shows). */
  async submit(): Promise<boolean> {
    this.#submitted = true;
    if (Object.keys(this.errors).length > 0) return false;
    this.#busy = true;
    try {
      await createPilot(this.#session, { ...this.settings, name: this.#name.trim() });
    } finally {
      this.#busy = false;
    }
    return true;
  }
}
