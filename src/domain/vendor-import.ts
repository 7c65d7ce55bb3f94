// Vendors read from a CSV file (SPEC §6 "Vendors") joining the assessment: names already taken are
// skipped, never duplicated.
import { addVendor } from './roster-edits';
import type { Assessment, Vendor } from './types';

/**
 * Adds the vendors whose names are not taken yet (any case, spaces trimmed). The preview already
 * skipped taken names; a name added since (in another tab, while the preview was open) is skipped here.
 */
export function addVendorRows(a: Assessment, rows: readonly Omit<Vendor, 'id'>[]): { assessment: Assessment; added: number } {
  const taken = new Set(a.vendors.map((v) => v.name.trim().toLowerCase()));
  let next = a;
  let added = 0;
  for (const row of rows) {
    const key = row.name.trim().toLowerCase();
    if (taken.has(key)) continue;
    taken.add(key);
    next = addVendor(next, row).assessment;
    added++;
  }
  return { assessment: next, added };
}
