// The measurements kind of the shared CSV import (components/csv/csv-import.svelte.ts; SPEC §6,
// issue 3 item 4): rows are checked against the pilot's KPIs, vendor and window, and stored with
// session.appendMeasurements, in one transaction.
import type { AssessmentSession } from '../../../state/assessment-session.svelte';
import type { Measurement, Pilot } from '../../../domain/types';
import { MEASUREMENT_SPEC } from '../../../exchange/csv/columns';
import type { CsvImportKind } from '../../csv/csv-import.svelte';

export { CsvImportFlow, createCsvWorker, type WorkerLike } from '../../csv/csv-import.svelte';

export function measurementsKind(session: () => AssessmentSession, pilot: () => Pilot): CsvImportKind<Measurement> {
  return {
    spec: MEASUREMENT_SPEC,
    job() {
      const p = pilot();
      const vendor = session().assessment?.vendors.find((v) => v.id === p.vendorId);
      return {
        kind: 'measurements',
        target: {
          kpis: p.kpis.map((k) => ({ id: k.id, name: k.name, proportion: k.proportion })),
          vendor: vendor ? { id: vendor.id, name: vendor.name } : null,
          window: { start: p.start, end: p.end },
        },
      };
    },
    async commit(rows) {
      return { saved: await session().appendMeasurements(pilot().id, rows) };
    },
  };
}
