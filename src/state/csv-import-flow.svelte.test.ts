// A 1 GB CSV through the flow every CSV import of the UI uses (CsvImportFlow.choose: measurements,
// vendors, scoring sheets; SPEC §6, a hostile file): refused up front from File.size, never sliced,
// read or streamed, never handed to the worker, and nothing is committed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MEASUREMENT_SPEC } from '../exchange/csv/columns';
import type { FromWorker, ToWorker } from '../exchange/csv/protocol';
import { CsvImportFlow } from './csv-import-flow.svelte';
import { resetWorkers, useWorkers, type CsvWorker } from './workers';

class RecordingWorker implements CsvWorker {
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  readonly posted: ToWorker[] = [];
  postMessage(message: ToWorker): void {
    this.posted.push(message);
  }
  terminate(): void {}
}

afterEach(resetWorkers);

describe('CsvImportFlow.choose with a 1 GB file', () => {
  it('refuses it by its size before reading a byte', async () => {
    const workers: RecordingWorker[] = [];
    useWorkers({
      csv: () => {
        const w = new RecordingWorker();
        workers.push(w);
        return w;
      },
    });
    const commit = vi.fn(async () => ({ saved: false as const }));
    const flow = new CsvImportFlow({ spec: MEASUREMENT_SPEC, job: () => ({ kind: 'measurements' }) as never, commit });
    const read = vi.fn(() => {
      throw new Error('a file over the limit must not be read');
    });
    const huge = { name: 'export.csv', size: 1024 ** 3, type: 'text/csv', slice: read, text: read, arrayBuffer: read, stream: read } as unknown as File;
    await flow.choose(huge);
    expect(flow.step).toEqual({
      kind: 'failed',
      fileName: 'export.csv',
      message: 'The file is too large (1024 MB); the largest CSV this app imports is 200 MB. Split it by month and import the parts.',
    });
    expect(read).not.toHaveBeenCalled();
    expect(workers.flatMap((w) => w.posted)).toEqual([]);
    expect(commit).not.toHaveBeenCalled();
    expect(flow.rows).toEqual([]);
  });
});
