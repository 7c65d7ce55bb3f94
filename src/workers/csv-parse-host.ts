// The CSV worker's code (exchange/csv/worker-host.ts) with the storage format's block builder as the
// place measurement rows are written to as they are checked (db/format/measurement-blocks.ts): the
// page receives one block per KPI that it shows and stores as it is, so the format of stored
// measurements stays defined in one place. Run by the module worker and, in tests, in-process.
import { MeasurementBlockBuilder } from '../db/format/measurement-blocks';
import type { FromWorker, ToWorker } from '../exchange/csv/protocol';
import { csvWorkerHost } from '../exchange/csv/worker-host';

type Post = (message: FromWorker, transfer?: Transferable[]) => void;

export const csvParseHost = (post: Post): ((message: ToWorker) => void) => csvWorkerHost(post, (kpiIds) => new MeasurementBlockBuilder(kpiIds));
