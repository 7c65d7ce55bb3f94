// The vendors kind of the shared CSV import (csv-import-flow.svelte.ts; SPEC §6 "Vendors"): rows are
// checked in the worker against the names already stored (exchange/csv/vendor-rows.ts), and the good
// ones are added (domain/vendor-import.ts) in one session.update, i.e. one transaction.
import { addVendorRows } from '../domain/vendor-import';
import { VENDOR_SPEC, type VendorRow } from '../exchange/csv/vendor-rows';
import type { AssessmentSession } from './assessment-session.svelte';
import { CsvImportFlow } from './csv-import-flow.svelte';

export type { VendorRow };

/** The import of a vendors CSV into the session's assessment. */
export function vendorCsvImport(session: AssessmentSession): CsvImportFlow<VendorRow> {
  return new CsvImportFlow<VendorRow>({
    spec: VENDOR_SPEC,
    job: () => ({ kind: 'vendors', target: { existingNames: (session.assessment?.vendors ?? []).map((v) => v.name) } }),
    async commit(rows) {
      const current = session.assessment;
      if (!current) return { saved: false };
      const { added } = addVendorRows(current, rows);
      const saved = await session.update((a) => addVendorRows(a, rows).assessment);
      if (!saved) return { saved: false };
      const skipped = rows.length - added;
      return { saved: true, imported: added, detail: skipped > 0 ? `${skipped} already in the assessment by now, so skipped.` : undefined };
    },
  });
}
