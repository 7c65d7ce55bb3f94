// Behaviour of the vendors screen: the add/edit form (draft, validation, save) and removal with a
// confirmation that names the scores and pilots that go with the vendor.
import { tick } from 'svelte';
import type { AssessmentSession } from './assessment-session.svelte';
import { confirmAction } from './confirm.svelte';
import { notices } from './notices.svelte';
import { addVendor, removeVendor } from '../domain/roster-edits';
import { checkVendorDraft, emptyVendorDraft, replaceVendorFields, vendorDraftOf, type VendorDraft, type VendorDraftCheck, type VendorField } from '../domain/vendor-draft';
import { STATUS_LABELS, vendorRemovalMessage } from '../domain/vendor-display';
import type { RankedVendor } from '../domain/scoring';
import { VENDOR_STATUSES, type Assessment, type Vendor } from '../domain/types';

type FormMode = { kind: 'closed' } | { kind: 'add' } | { kind: 'edit'; vendorId: string };

export interface Progress {
  scored: number;
  total: number;
}

const NO_CHECK: VendorDraftCheck = { errors: {}, warnings: {}, fields: null };

export class VendorsEditor {
  readonly #session: AssessmentSession;
  #mode = $state<FormMode>({ kind: 'closed' });
  #draft = $state<VendorDraft>(emptyVendorDraft());
  #submitted = $state(false);

  constructor(session: AssessmentSession) {
    this.#session = session;
  }

  get mode(): FormMode {
    return this.#mode;
  }
  /** What the form shows; change it with setField. */
  get draft(): Readonly<VendorDraft> {
    return this.#draft;
  }
  /** Errors show after the first attempt to save; warnings show at once. */
  get submitted(): boolean {
    return this.#submitted;
  }

  // Deriveds are lazy: they first run after the constructor has set #session.
  #current(): Assessment | undefined {
    return this.#session.assessment;
  }
  #ranking(): RankedVendor[] {
    return this.#session.ranking;
  }

  readonly vendors: Vendor[] = $derived(this.#current()?.vendors ?? []);
  readonly editingId: string | undefined = $derived(this.#mode.kind === 'edit' ? this.#mode.vendorId : undefined);
  readonly check: VendorDraftCheck = $derived.by(() => {
    const a = this.#current();
    return a ? checkVendorDraft(this.#draft, a, this.editingId) : NO_CHECK;
  });
  /** "1 candidate · 2 shortlisted". */
  readonly statusSummary: string = $derived(
    VENDOR_STATUSES.map((status) => ({ status, count: this.vendors.filter((v) => v.status === status).length }))
      .filter((s) => s.count > 0)
      .map((s) => `${s.count} ${STATUS_LABELS[s.status].toLowerCase()}`)
      .join(' · '),
  );
  /** vendorId → criteria with a consensus score / all criteria (from the ranking). */
  readonly progress: Record<string, Progress> = $derived(
    Object.fromEntries(this.#ranking().map((r) => [r.vendorId, { scored: r.scoredCriteria, total: r.totalCriteria }])),
  );

  setField<F extends VendorField>(field: F, value: VendorDraft[F]): void {
    this.#draft[field] = value;
  }

  openAdd(): void {
    this.#mode = { kind: 'add' };
    this.#draft = emptyVendorDraft();
    this.#submitted = false;
    void focusKey('vendor-name');
  }

  openEdit(vendorId: string): void {
    const vendor = this.vendors.find((v) => v.id === vendorId);
    if (!vendor) return;
    this.#mode = { kind: 'edit', vendorId };
    this.#draft = vendorDraftOf(vendor);
    this.#submitted = false;
    void focusKey('vendor-name');
  }

  close(): void {
    const back = this.#mode.kind === 'edit' ? `edit-${this.#mode.vendorId}` : 'add-vendor';
    this.#mode = { kind: 'closed' };
    void focusKey(back, 'add-vendor');
  }

  /** Saves the draft when it is valid; otherwise reveals its errors. Resolves true when saved. */
  async save(): Promise<boolean> {
    this.#submitted = true;
    const fields = this.check.fields;
    if (!fields) {
      void focusKey('vendor-invalid');
      return false;
    }
    const mode = this.#mode;
    let saved: boolean;
    if (mode.kind === 'edit') {
      saved = await this.#session.update((a) => replaceVendorFields(a, mode.vendorId, fields));
      if (saved) notices.info(`Saved “${fields.name}”.`);
    } else {
      saved = await this.#session.update((a) => addVendor(a, fields).assessment);
      if (saved) notices.info(`Added “${fields.name}”.`);
    }
    if (saved) this.close();
    return saved;
  }

  /** Always asks first: the message names the scores and pilots that would be deleted with the vendor. */
  async remove(vendorId: string): Promise<boolean> {
    const a = this.#current();
    const vendor = a?.vendors.find((v) => v.id === vendorId);
    if (!a || !vendor) return false;
    const message = vendorRemovalMessage(a, vendorId);
    if (!(await confirmAction({ title: 'Remove vendor?', message, confirmLabel: 'Remove vendor', danger: true }))) return false;
    if (this.editingId === vendorId) this.#mode = { kind: 'closed' };
    const removed = await this.#session.update((x) => removeVendor(x, vendorId));
    if (removed) notices.info(`Removed “${vendor.name}”.`);
    void focusKey('add-vendor');
    return removed;
  }
}

/** Focuses the first element marked data-focus="key" (or "vendor-invalid": the first invalid field) after the DOM settles. */
async function focusKey(...keys: string[]): Promise<void> {
  await tick();
  for (const key of keys) {
    const selector = key === 'vendor-invalid' ? '.vendor-form [aria-invalid="true"]' : `[data-focus="${key}"]`;
    const el = document.querySelector<HTMLElement>(selector);
    if (el) {
      el.focus();
      return;
    }
  }
}
