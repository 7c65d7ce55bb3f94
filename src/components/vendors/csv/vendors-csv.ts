// The vendors kind of the shared CSV import (components/csv; SPEC §6 "Vendors", issue 4 item 4): rows
// are checked in the worker against the names already stored (exchange/csv/vendor-rows.ts), and the
// good ones are added with roster-edits addVendor in one session.update, i.e. one transaction.
import type { AssessmentSession } from '../../../state/assessment-session.svelte';
import { addVendor } from '../../../domain/roster-edits';
import type { Assessment } from '../../../domain/types';
import { VENDOR_SPEC, type VendorRow } from '../../../exchange/csv/vendor-rows';
import type { CsvImportKind } from '../../csv/csv-import.svelte';

/**
 * Adds the vendors whose names are not taken yet. The preview already skipped taken names; a name
 * added since (in another tab, while the preview was open) is skipped here too, never duplicated.
 */
export function addVendorRows(a: Assessment, rows: readonly VendorRow[]): { assessment: Assessment; added: number } {
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

export function vendorsKind(session: () => AssessmentSession): CsvImportKind<VendorRow> {
  return {
    spec: VENDOR_SPEC,
    job: () => ({ kind: 'vendors', target: { existingNames: (session().assessment?.vendors ?? []).map((v) => v.name) } }),
    async commit(rows) {
      const current = session().assessment;
      if (!current) return { saved: false };
      const { added } = addVendorRows(current, rows);
      const saved = await session().update((a) => addVendorRows(a, rows).assessment);
      if (!saved) return { saved: false };
      const skipped = rows.length - added;
      return { saved: true, imported: added, detail: skipped > 0 ? `${skipped} already in the assessment by now, so skipped.` : undefined };
    },
  };
}
