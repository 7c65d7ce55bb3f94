// The measurements kind of the shared CSV import (csv-import-flow.svelte.ts; SPEC §6 "Measurements"):
// rows are checked in the worker against the pilot's KPIs, vendor and window, and stored with
// session.appendMeasurements in one transaction, together with the worker's columns, from which the
// repository builds its storage blocks (so saving 100,000 rows is a write and little more).
import type { Measurement, Pilot } from '../domain/types';
import { MEASUREMENT_SPEC } from '../exchange/csv/columns';
import type { AssessmentSession } from './assessment-session.svelte';
import { CsvImportFlow } from './csv-import-flow.svelte';

/** The import of a measurements CSV into `pilot()`, read when a file is chosen and when it is saved. */
export function measurementCsvImport(session: AssessmentSession, pilot: () => Pilot): CsvImportFlow<Measurement> {
  return new CsvImportFlow<Measurement>({
    spec: MEASUREMENT_SPEC,
    job() {
      const p = pilot();
      const vendor = session.assessment?.vendors.find((v) => v.id === p.vendorId);
      return {
        kind: 'measurements',
        target: {
          kpis: p.kpis.map((k) => ({ id: k.id, name: k.name, proportion: k.proportion })),
          vendor: vendor ? { id: vendor.id, name: vendor.name } : null,
          window: { start: p.start, end: p.end },
        },
      };
    },
    async commit(rows, columns) {
      return { saved: await session.appendMeasurements(pilot().id, rows, columns) };
    },
  });
}
