// "New pilot with the same KPIs" (SPEC §1: an incumbent can be entered as a vendor and piloted on the
// same KPI definitions): a pilot for another vendor on exactly the source pilot's KPIs, so the two
// compare like for like. Dates and lines start as the source's; measurements and decisions are never
// copied (domain/pilot-copy.ts). The same rules and messages as a new pilot (domain/pilot-draft.ts).
import { copyName, copyPilotForVendor } from '../domain/pilot-copy';
import { pilotErrors, type PilotErrors, type PilotField } from '../domain/pilot-draft';
import type { Assessment, Pilot, Vendor } from '../domain/types';
import type { AssessmentSession } from './assessment-session.svelte';
import { notices } from './notices.svelte';
import { router } from './router.svelte';

export class PilotCopyForm {
  readonly #session: AssessmentSession;
  readonly #source: Pilot;
  #vendorId = $state('');
  #name = $state('');
  #nameEdited = $state(false);
  #start = $state('');
  #end = $state('');
  #goScore = $state(0);
  #noGoScore = $state(0);
  #saving = $state(false);
  #tried = $state(false);

  /** The fields start from `source` once; the user's edits are theirs from then on. */
  constructor(session: AssessmentSession, source: Pilot) {
    this.#session = session;
    this.#source = source;
    // Prefer a vendor that has no pilot yet: usually the one to put up against the champion.
    this.#vendorId = [...this.vendors].sort((x, y) => Number(this.piloted.has(x.id)) - Number(this.piloted.has(y.id)))[0]?.id ?? '';
    this.#start = source.start;
    this.#end = source.end;
    this.#goScore = source.goScore;
    this.#noGoScore = source.noGoScore;
  }

  // Deriveds are lazy: they first run after the constructor has set #session and #source (read through methods).
  #assessment(): Assessment | undefined {
    return this.#session.assessment;
  }

  get source(): Pilot {
    return this.#source;
  }
  /** Every vendor but the source pilot's. */
  readonly vendors: Vendor[] = $derived((this.#assessment()?.vendors ?? []).filter((v) => v.id !== this.source.vendorId));
  /** Vendors that have a pilot already. */
  readonly piloted: Set<string> = $derived(new Set((this.#assessment()?.pilots ?? []).map((p) => p.vendorId)));

  get vendorId(): string {
    return this.#vendorId;
  }
  set vendorId(id: string) {
    this.#vendorId = id;
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
  get goScore(): number {
    return this.#goScore;
  }
  set goScore(score: number) {
    this.#goScore = score;
  }
  get noGoScore(): number {
    return this.#noGoScore;
  }
  set noGoScore(score: number) {
    this.#noGoScore = score;
  }
  get saving(): boolean {
    return this.#saving;
  }

  readonly vendorName: string = $derived(this.vendors.find((v) => v.id === this.#vendorId)?.name ?? '');
  /** The name: the user's, or one that follows the chosen vendor until they type their own. */
  readonly name: string = $derived(
    this.#nameEdited ? this.#name : this.vendorName ? copyName(this.source, this.vendorName, this.#assessment()?.pilots.map((p) => p.name) ?? []) : '',
  );

  rename(text: string): void {
    this.#name = text;
    this.#nameEdited = true;
  }

  readonly errors: PilotErrors = $derived(
    pilotErrors(
      { name: this.name, vendorId: this.#vendorId, start: this.#start, end: this.#end, goScore: Number(this.#goScore), noGoScore: Number(this.#noGoScore) },
      this.vendors.map((v) => v.id),
    ),
  );

  /** A field's message, shown once the user has tried to create (a half-typed date is not shouted at). */
  errorOf(field: PilotField): string | undefined {
    return this.#tried ? this.errors[field] : undefined;
  }

  /** Stores the copy, says so and opens it. */
  async create(): Promise<void> {
    this.#tried = true;
    if (Object.keys(this.errors).length > 0 || this.#saving) return;
    const a = this.#session.assessment;
    if (!a) return;
    this.#saving = true;
    const vendorName = this.vendorName;
    const pilot = copyPilotForVendor(this.#source, {
      vendorId: this.#vendorId,
      vendorName,
      takenIds: a.pilots.map((p) => p.id),
      name: this.name,
      start: this.#start,
      end: this.#end,
      goScore: Number(this.#goScore),
      noGoScore: Number(this.#noGoScore),
    });
    const saved = await this.#session.addPilot(pilot);
    this.#saving = false;
    if (!saved) return;
    notices.info(`Created “${pilot.name}” for ${vendorName} with the ${this.#source.kpis.length} KPIs of “${this.#source.name}”.`);
    router.go({ name: 'assessment', assessmentId: this.#session.id, screen: 'pilots', sub: pilot.id });
  }
}
