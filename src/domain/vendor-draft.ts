// The vendor form as typed (all strings) and its validation into a Vendor. Pure, so every rule of the
// form is unit-tested: name required, price all-or-nothing (amount ≥ 0, ISO code, unit), SPEC §2/§5.
import { boundText, MAX_PRICE } from './bounds';
import { uniqueVendorNameCheck } from './roster-edits';
import { PRICE_UNITS, VENDOR_STATUSES, type Assessment, type PriceUnit, type Vendor, type VendorStatus } from './types';
import { websiteHref } from './vendor-display';

export interface VendorDraft {
  name: string;
  status: VendorStatus;
  website: string;
  headquarters: string;
  notes: string;
  amount: string;
  currency: string;
  per: PriceUnit | '';
}

export type VendorField = keyof VendorDraft;
export type VendorFields = Omit<Vendor, 'id'>;

/** Limits of the v1 format (exchange/structure.ts), enforced in the form so a saved vendor always exports. */
export const VENDOR_LIMITS = { name: 200, website: 500, headquarters: 200, notes: 5000 } as const;

export function emptyVendorDraft(): VendorDraft {
  return { name: '', status: 'candidate', website: '', headquarters: '', notes: '', amount: '', currency: '', per: '' };
}

export function vendorDraftOf(v: Vendor): VendorDraft {
  return {
    name: v.name,
    status: v.status,
    website: v.website ?? '',
    headquarters: v.headquarters ?? '',
    notes: v.notes ?? '',
    amount: v.price ? String(v.price.amount) : '',
    currency: v.price?.currency ?? '',
    per: v.price?.per ?? '',
  };
}

export interface VendorDraftCheck {
  /** Blocking problems, by field. */
  errors: Partial<Record<VendorField, string>>;
  /** Things worth saying that do not block saving (a duplicate name, a website that will not be a link). */
  warnings: Partial<Record<VendorField, string>>;
  /** The vendor to save, or null while there are errors. */
  fields: VendorFields | null;
}

/** "28.50" or "28,50" → 28.5; null when it is not a plain non-negative decimal. */
export function parseAmount(text: string): number | null {
  const t = text.trim().replace(/\s/g, '');
  if (!/^\d+([.,]\d+)?$|^[.,]\d+$/.test(t)) return null;
  const value = Number(t.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

export function checkVendorDraft(draft: VendorDraft, a: Assessment, exceptId?: string): VendorDraftCheck {
  const errors: VendorDraftCheck['errors'] = {};
  const warnings: VendorDraftCheck['warnings'] = {};
  const name = draft.name.trim();
  if (!name) errors.name = 'Enter the vendor’s name.';
  else if (name.length > VENDOR_LIMITS.name) errors.name = `Use at most ${VENDOR_LIMITS.name} characters.`;
  else {
    const clash = uniqueVendorNameCheck(a, name, exceptId);
    if (clash) warnings.name = `${clash} Two vendors with one name are hard to tell apart in results and CSV files.`;
  }
  if (!VENDOR_STATUSES.includes(draft.status)) errors.status = 'Choose a pipeline status.';

  const website = draft.website.trim();
  if (website.length > VENDOR_LIMITS.website) errors.website = `Use at most ${VENDOR_LIMITS.website} characters.`;
  else if (website && !websiteHref(website)) warnings.website = 'Not a web address starting with http:// or https://, so it is shown as plain text, not a link.';
  if (draft.headquarters.trim().length > VENDOR_LIMITS.headquarters) errors.headquarters = `Use at most ${VENDOR_LIMITS.headquarters} characters.`;
  if (draft.notes.length > VENDOR_LIMITS.notes) errors.notes = `Use at most ${VENDOR_LIMITS.notes} characters.`;

  const price = checkPrice(draft, errors);
  if (Object.keys(errors).length > 0) return { errors, warnings, fields: null };

  const fields: VendorFields = { name, status: draft.status };
  if (website) fields.website = website;
  if (draft.headquarters.trim()) fields.headquarters = draft.headquarters.trim();
  if (draft.notes.trim()) fields.notes = draft.notes.trim();
  if (price) fields.price = price;
  return { errors, warnings, fields };
}

/** SPEC §2: a price is all three of amount, currency and unit, or none of them. */
function checkPrice(draft: VendorDraft, errors: VendorDraftCheck['errors']): Vendor['price'] | undefined {
  const amountText = draft.amount.trim();
  const currency = draft.currency.trim().toUpperCase();
  const per = draft.per;
  if (!amountText && !currency && !per) return undefined;
  const missing = 'Fill in amount, currency and unit — or leave all three empty.';
  const amount = amountText ? parseAmount(amountText) : null;
  if (!amountText) errors.amount = missing;
  else if (amount === null) errors.amount = 'Enter an amount of 0 or more, e.g. 28.50.';
  // The importer's bound (domain/bounds.ts): beyond it the value-for-money figures overflow.
  else if (amount > MAX_PRICE) errors.amount = `Enter an amount of at most ${boundText(MAX_PRICE)}.`;
  if (!currency) errors.currency = missing;
  else if (!/^[A-Z]{3}$/.test(currency)) errors.currency = 'Use a 3-letter ISO code, e.g. EUR or USD.';
  if (!per) errors.per = missing;
  else if (!PRICE_UNITS.includes(per)) errors.per = 'Choose per hour, per FTE-month or per contact.';
  if (errors.amount || errors.currency || errors.per || amount === null || !per) return undefined;
  return { amount, currency, per };
}

/** Replaces every editable field of a vendor (a field cleared in the form is removed, unlike a patch). */
export function replaceVendorFields(a: Assessment, vendorId: string, fields: VendorFields): Assessment {
  return { ...a, vendors: a.vendors.map((v) => (v.id === vendorId ? { id: v.id, ...fields } : v)) };
}
