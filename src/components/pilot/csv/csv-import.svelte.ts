// The measurements kind of the shared CSV import (components/csv/csv-import.svelte.ts; SPEC §6,
// issue 3 item 4): rows are checked against the pilot's KPIs, vendor and window, and stored with
// session.appendMeasurements, in one transaction. Their storage blocks are built from the worker's
// columns while the file is read, so saving 100,000 rows is a write and little more (issue 3 "Speed").
import type { AssessmentSession } from '../../../state/assessment-session.svelte';
import type { Measurement, Pilot } from '../../../domain/types';
import { MEASUREMENT_SPEC } from '../../../exchange/csv/columns';
import { BlockCollector, dictionariesOf } from '../../../exchange/csv/measurement-blocks';
import type { EncodedRows } from '../../../exchange/csv/protocol';
import type { BatchGatherer, CsvImportKind } from '../../csv/csv-import.svelte';

export { CsvImportFlow, createCsvWorker, type WorkerLike } from '../../csv/csv-import.svelte';

/** The storage blocks of the rows read so far, built batch by batch as they reach the page. */
class BlocksGatherer implements BatchGatherer {
  readonly collector: BlockCollector;
  /** `stored`: the pilot's rows as they are stored now, whose blocks the new rows are appended to. */
  constructor(stored: readonly Measurement[]) {
    // Dates and notes numbered after the stored blocks' own: appending is then a copy of each column.
    this.collector = new BlockCollector(dictionariesOf(stored));
  }
  add(rows: EncodedRows): void {
    if (!('plain' in rows)) this.collector.add(rows);
  }
}

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
    gather: () => new BlocksGatherer(pilot().measurements),
    async commit(rows, gathered) {
      // The repository checks the blocks hold exactly these rows' count, and otherwise builds its own.
      const blocks = gathered instanceof BlocksGatherer && gathered.collector.rows === rows.length ? gathered.collector.blocks() : undefined;
      return { saved: await session().appendMeasurements(pilot().id, rows, blocks) };
    },
  };
}
