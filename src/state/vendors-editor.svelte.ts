// Behaviour of the vendors screen: the add/edit form (draft, validation, save) and removal with a
// confirmation that names the scores and pilots that go with the vendor.
import { tick } from 'svelte';
import type { AssessmentSession } from './assessment-session.svelte';
import { confirmAction } from './confirm.svelte';
import { notices } from './notices.svelte';
import { addVendor, removeVendor } from '../domain/roster-edits';
import { checkVendorDraft, emptyVendorDraft, vendorDraftOf, type VendorDraft, type VendorDraftCheck, type VendorField, type VendorFields } from '../domain/vendor-draft';
import { applyVendorPatch, vendorChanges, vendorPatch } from '../domain/vendor-changes';
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
  /** The vendor as it was when the form opened: a save applies only if it is still stored like that. */
  #opened = $state.raw<Vendor | undefined>(undefined);
  /** Set when another tab changed (or removed) the vendor meanwhile: the form asks for a review. */
  #conflict = $state(false);

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
  /**
   * After a refused save: what the other tab changed, one line per field ([] when nothing shows yet),
   * or null when there is nothing to review. `removed`: the vendor is gone, nothing can be saved.
   */
  readonly conflict: { removed: boolean; changes: string[] } | null = $derived.by(() => {
    const opened = this.#opened;
    if (!this.#conflict || !opened) return null;
    const now = this.vendors.find((v) => v.id === opened.id);
    return now ? { removed: false, changes: vendorChanges(opened, now) } : { removed: true, changes: [] };
  });
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
    this.#opened = undefined;
    this.#conflict = false;
    this.#submitted = false;
    void focusKey('vendor-name');
  }

  openEdit(vendorId: string): void {
    const vendor = this.vendors.find((v) => v.id === vendorId);
    if (!vendor) return;
    this.#mode = { kind: 'edit', vendorId };
    this.#draft = vendorDraftOf(vendor);
    this.#opened = vendor;
    this.#conflict = false;
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
      saved = await this.#saveEdit(mode.vendorId, fields);
      if (saved) notices.info(`Saved “${fields.name}”.`);
    } else {
      saved = await this.#session.update((a) => addVendor(a, fields).assessment);
      if (saved) notices.info(`Added “${fields.name}”.`);
    }
    if (saved) this.close();
    return saved;
  }

  /**
   * Saves over the vendor only if it is still stored as the form opened it; otherwise nothing is written
   * and the form shows what changed. Saving again after that review writes over it: the review is the
   * user's choice, made on the vendor as it is stored now.
   */
  async #saveEdit(vendorId: string, fields: VendorFields): Promise<boolean> {
    const view = (a: Assessment) => a.vendors.find((v) => v.id === vendorId);
    const current = this.#current();
    const seen = this.#conflict && current ? view(current) : this.#opened;
    if (!seen) return false;
    // Only the fields the form changed are written: after a review, the other tab's other changes stay.
    const patch = this.#opened ? vendorPatch(this.#opened, fields) : fields;
    const edit = (a: Assessment) => ({ ...a, vendors: a.vendors.map((v) => (v.id === vendorId ? applyVendorPatch(v, patch) : v)) });
    const outcome = await this.#session.updateIfUnchanged(edit, view, seen);
    if (outcome === 'conflict') {
      this.#conflict = true;
      this.#opened = seen;
      void focusKey('vendor-conflict');
    }
    return outcome === 'saved';
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
