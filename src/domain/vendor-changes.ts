// What another tab changed in a vendor while this tab was editing it, in words, so the user can review
// it before saving over it.
import { formatPrice, STATUS_LABELS } from './vendor-display';
import { sameData } from './same-data';
import type { Vendor } from './types';

const FIELDS: { key: keyof Vendor; label: string; show: (v: Vendor) => string }[] = [
  { key: 'name', label: 'Name', show: (v) => v.name },
  { key: 'status', label: 'Status', show: (v) => STATUS_LABELS[v.status] },
  { key: 'website', label: 'Website', show: (v) => v.website ?? '' },
  { key: 'headquarters', label: 'Headquarters', show: (v) => v.headquarters ?? '' },
  { key: 'price', label: 'Price', show: (v) => (v.price ? formatPrice(v.price) : '') },
  { key: 'notes', label: 'Notes', show: (v) => v.notes ?? '' },
];

/** One line per field that differs: "Notes is now “Call back in March”" (or "… is now empty"). */
export function vendorChanges(before: Vendor, after: Vendor): string[] {
  return FIELDS.filter((f) => !sameData(before[f.key], after[f.key])).map((f) => {
    const now = f.show(after);
    return now ? `${f.label} is now “${now}”` : `${f.label} is now empty`;
  });
}

/** The fields a form changed from the vendor it opened on: `undefined` where the form cleared one. */
export function vendorPatch(opened: Vendor, fields: Omit<Vendor, 'id'>): Partial<Omit<Vendor, 'id'>> {
  const patch: Record<string, unknown> = {};
  const keys = new Set([...Object.keys(opened), ...Object.keys(fields)].filter((k) => k !== 'id'));
  for (const key of keys) {
    const now = (fields as Record<string, unknown>)[key];
    if (!sameData((opened as unknown as Record<string, unknown>)[key], now)) patch[key] = now;
  }
  return patch as Partial<Omit<Vendor, 'id'>>;
}

/** The vendor with the patch applied; a field the patch clears is removed, not kept as undefined. */
export function applyVendorPatch(vendor: Vendor, patch: Partial<Omit<Vendor, 'id'>>): Vendor {
  const next: Record<string, unknown> = { ...vendor, ...patch };
  for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
  return next as unknown as Vendor;
}
