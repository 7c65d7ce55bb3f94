// Behaviour of every CSV import (SPEC §6; issue 3 item 4 for measurements, issue 4 item 4 for vendors
// and scoring sheets): choose a file → refuse it at once if it is not CSV or too large → parse it in
// the worker with progress and Cancel → map columns when the headers differ → preview good and
// rejected rows → write the good rows in one transaction. What differs per kind is a CsvImportKind:
// the job the worker reads the file as (columns and row check), the words, and the commit.
// Nothing is stored before the person confirms, so cancelling or a failure at any step leaves the
// stored data exactly as it was.
import { problemOf, type ColumnSpec, type Mapping } from '../../exchange/csv/columns';
import type { HeaderInfo, StreamTimings } from '../../exchange/csv/papa-stream';
import { decodeRows, MAX_REJECTED_KEPT, type CsvJob, type EncodedRows, type FromWorker, type ToWorker } from '../../exchange/csv/protocol';
import type { PreviewRow, ReadCounts, RejectedRow } from '../../exchange/csv/records';
import { checkCsvSize, type CsvDialect } from '../../exchange/csv/sniff';

/** What one kind of CSV import brings to the shared flow. */
export interface CsvImportKind<Row> {
  /** The target columns (the mapping step lists them). */
  spec: ColumnSpec;
  /** What the worker reads the file as, built when a file is chosen (plain data). */
  job(): CsvJob;
  /**
   * Optional: something that sees each batch of rows as it arrives from the worker (columns, for
   * measurements), made afresh for each file, and is handed to commit: work done there is not done
   * while saving.
   */
  gather?(): BatchGatherer;
  /**
   * Writes the rows in one transaction; false when nothing was stored. `imported` (default: every row)
   * and `detail` refine the summary, e.g. rows that matched what was stored already. `gathered` is
   * what gather() made, having seen every batch of `rows`.
   */
  commit(rows: Row[], gathered: BatchGatherer | null): Promise<{ saved: false } | { saved: true; imported?: number; detail?: string }>;
}

export interface BatchGatherer {
  add(rows: EncodedRows): void;
}

/** The part of a Worker the flow uses, so tests can run the worker's code in-process instead. */
export interface WorkerLike {
  postMessage(message: ToWorker, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
}

export function createCsvWorker(): WorkerLike {
  // The app's own module worker (STACK.md: PapaParse's `worker: true` hangs in production builds).
  return new Worker(new URL('../../workers/csv-parse.worker.ts', import.meta.url), { type: 'module' }) as WorkerLike;
}

export type ImportStep =
  | { kind: 'idle' }
  | { kind: 'checking'; fileName: string }
  | { kind: 'reading'; fileName: string; bytes: number; total: number }
  | { kind: 'mapping'; fileName: string; info: HeaderInfo<Mapping> }
  | { kind: 'preview'; fileName: string }
  | { kind: 'saving'; fileName: string }
  | { kind: 'done'; fileName: string; imported: number; rejected: number; detail?: string }
  | { kind: 'failed'; fileName: string; message: string }
  | { kind: 'cancelled'; fileName: string };

/** Resolves after the next frame is painted; soon where no frames are drawn (hidden tab, tests). */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function' || typeof document === 'undefined' || document.hidden) return void setTimeout(resolve, 0);
    // A safety net: a tab hidden just now draws no frame.
    const done = setTimeout(resolve, 1000);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(done);
        resolve();
      }, 0),
    );
  });
}

const NO_COUNTS: ReadCounts = { rows: 0, rejected: 0, blank: 0, baseline: 0, after: 0 };

/**
 * How often the progress bar and counts are redrawn while a file is read. Every redraw repaints the
 * page, work that would otherwise compete with the worker for the processor (issue 3 "Speed").
 */
const PROGRESS_EVERY_MS = 100;

export class CsvImportFlow<Row = unknown> {
  readonly #kind: CsvImportKind<Row>;
  readonly #createWorker: () => WorkerLike;
  #worker: WorkerLike | null = null;
  /** A worker started ahead of need (see warm()); null when none or when it failed to load. */
  #spare: WorkerLike | null = null;
  /** Good rows, kept out of reactive state: 100,000 proxied objects would cost more than the parse. */
  #rows: Row[] = [];
  /** The kind's gatherer for the current file (see CsvImportKind.gather). */
  #gathered: BatchGatherer | null = null;
  /** Bumped on every new file or cancel, so late messages of an old worker are ignored. */
  #run = 0;
  #chosenAt = 0;
  #fileSize = 0;
  /** When the progress was last put on screen (see PROGRESS_EVERY_MS). */
  #progressShownAt = 0;

  step = $state<ImportStep>({ kind: 'idle' });
  mapping = $state<Mapping | null>(null);
  counts = $state.raw<ReadCounts>(NO_COUNTS);
  preview = $state.raw<PreviewRow<Row>[]>([]);
  rejected = $state.raw<RejectedRow[]>([]);
  dialect = $state.raw<CsvDialect | null>(null);
  timings = $state.raw<StreamTimings | null>(null);

  constructor(kind: CsvImportKind<Row>, createWorker: () => WorkerLike = createCsvWorker) {
    this.#kind = kind;
    this.#createWorker = createWorker;
  }

  get spec(): ColumnSpec {
    return this.#kind.spec;
  }

  /** The good rows read so far (not reactive: read it where counts, which is, changes). */
  get rows(): readonly Row[] {
    return this.#rows;
  }

  get busy(): boolean {
    return ['checking', 'reading', 'mapping', 'saving'].includes(this.step.kind);
  }
  get mappingProblem(): string | null {
    return this.step.kind === 'mapping' && this.mapping ? problemOf(this.#kind.spec, this.step.info.headers, this.mapping) : null;
  }
  /** Rejections listed in full; beyond MAX_REJECTED_KEPT only the (exact) count is known. */
  get rejectedListed(): boolean {
    return this.counts.rejected <= MAX_REJECTED_KEPT;
  }

  /**
   * Starts a worker before it is needed (pointer over or focus on the file picker, or while the file's
   * first bytes are checked), so loading its script is not on the import's critical path.
   */
  warm(): void {
    if (this.#spare || this.#worker) return;
    const spare = this.#createWorker();
    // A spare that cannot load is dropped; the import then starts a fresh one, which reports the error.
    spare.onerror = () => {
      if (this.#spare === spare) this.#spare = null;
      spare.terminate();
    };
    this.#spare = spare;
  }

  async choose(file: File): Promise<void> {
    this.#stop();
    this.warm();
    const run = ++this.#run;
    this.#chosenAt = performance.now();
    performance.mark('csv-import:chosen');
    this.#rows = [];
    this.#gathered = this.#kind.gather?.() ?? null;
    this.#progressShownAt = 0;
    this.counts = NO_COUNTS;
    this.preview = [];
    this.rejected = [];
    this.timings = null;
    this.mapping = null;
    const fileName = file.name;
    this.#fileSize = file.size;
    // Checked before reading a byte (SPEC §6; the limit is documented in sniff.ts).
    const tooLarge = checkCsvSize(file.size);
    if (tooLarge) return void (this.step = { kind: 'failed', fileName, message: tooLarge });
    this.step = { kind: 'checking', fileName };
    // The worker checks the first bytes (a binary file or a workbook is refused at once, sniff.ts) and
    // reads on in the same breath: no round trip through the page before the parse starts.
    this.#startWorker(run, file, fileName);
  }

  #startWorker(run: number, file: File, fileName: string): void {
    const worker = this.#spare ?? this.#createWorker();
    this.#spare = null;
    this.#worker = worker;
    const fail = (message: string) => {
      if (run !== this.#run) return;
      this.#stop();
      this.step = { kind: 'failed', fileName, message };
    };
    // A worker that cannot load or crashes must never look like a hang.
    worker.onerror = (event) => {
      event.preventDefault?.();
      fail(`The CSV reader stopped unexpectedly${event.message ? ` (${event.message})` : ''}. Nothing was stored.`);
    };
    worker.onmessageerror = () => fail('The CSV reader sent data the page could not read. Nothing was stored.');
    worker.onmessage = (event) => {
      if (run === this.#run) this.#onMessage(event.data, fileName, fail);
    };
    worker.postMessage({ type: 'start', file, ...this.#kind.job() } as ToWorker);
  }

  #onMessage(message: FromWorker, fileName: string, fail: (message: string) => void): void {
    switch (message.type) {
      case 'dialect':
        this.dialect = message.dialect;
        if (this.step.kind === 'checking') this.step = { kind: 'reading', fileName, bytes: 0, total: this.#fileSize };
        break;
      case 'header':
        if (!message.info.exact) {
          this.mapping = { ...message.info.suggested };
          this.step = { kind: 'mapping', fileName, info: message.info };
        }
        break;
      case 'batch':
        // Decoded as they arrive, while the worker reads on: the save then has nothing left to convert.
        decodeRows(message.rows, this.#rows);
        this.#gathered?.add(message.rows);
        if (message.rejected.length > 0) this.rejected = [...this.rejected, ...message.rejected];
        if (performance.now() - this.#progressShownAt >= PROGRESS_EVERY_MS) {
          this.#progressShownAt = performance.now();
          this.counts = message.counts;
          if (this.step.kind === 'reading') this.step = { kind: 'reading', fileName, bytes: message.bytes, total: message.total };
        }
        break;
      case 'done':
        this.counts = message.counts;
        this.preview = message.preview as PreviewRow<Row>[];
        this.timings = message.timings;
        performance.mark('csv-import:parsed', { detail: { ...message.timings, rows: message.counts.rows } });
        this.#stop();
        this.step = { kind: 'preview', fileName };
        break;
      case 'cancelled':
        this.#stop();
        this.step = { kind: 'cancelled', fileName };
        break;
      case 'error':
        fail(message.message);
        break;
    }
  }

  setColumn(target: string, index: number | null): void {
    if (this.mapping) this.mapping = { ...this.mapping, [target]: index };
  }

  confirmMapping(): void {
    const step = this.step;
    if (step.kind !== 'mapping' || !this.mapping || this.mappingProblem) return;
    this.#worker?.postMessage({ type: 'mapping', mapping: $state.snapshot(this.mapping) });
    this.step = { kind: 'reading', fileName: step.fileName, bytes: 0, total: this.#fileSize };
  }

  /** Stops at any step before the write; nothing has been stored. */
  cancel(): void {
    const step = this.step;
    if (step.kind === 'idle' || step.kind === 'saving') return;
    this.#worker?.postMessage({ type: 'cancel' });
    this.#stop();
    this.#run++;
    this.#rows = [];
    this.#gathered = null;
    this.step = 'fileName' in step && !['done', 'failed', 'cancelled'].includes(step.kind) ? { kind: 'cancelled', fileName: step.fileName } : { kind: 'idle' };
  }

  /** Writes the good rows in one transaction (the kind's commit: all or nothing). */
  async confirmImport(): Promise<void> {
    const step = this.step;
    if (step.kind !== 'preview' || this.#rows.length === 0) return;
    const rows = this.#rows;
    const rejected = this.counts.rejected;
    this.step = { kind: 'saving', fileName: step.fileName };
    performance.mark('csv-import:confirm');
    // No wait for "Saving…" to be painted first: the write's main-thread work is short (the blocks
    // are built from the worker's columns), and the screen updates while IndexedDB commits.
    const outcome = await this.#kind.commit(rows, this.#gathered);
    if (!outcome.saved) {
      this.step = { kind: 'failed', fileName: step.fileName, message: 'The rows could not be saved; nothing was stored. Try again, or reload the page.' };
      return;
    }
    this.#rows = [];
    this.#gathered = null;
    this.step = { kind: 'done', fileName: step.fileName, imported: outcome.imported ?? rows.length, rejected, detail: outcome.detail };
  }

  /** Marks the summary's first paint: the end of the import in scripts/bench/csv-import.ts. */
  markShown(): void {
    void nextPaint().then(() => performance.mark('csv-import:shown', { detail: { sinceChosenMs: performance.now() - this.#chosenAt } }));
  }

  reset(): void {
    this.#stop();
    this.#run++;
    this.#rows = [];
    this.#gathered = null;
    this.step = { kind: 'idle' };
  }

  /** Ends the worker (the page has what it needs, or nobody wants the rest). */
  #stop(): void {
    if (!this.#worker) return;
    this.#worker.onmessage = null;
    this.#worker.onerror = null;
    this.#worker.onmessageerror = null;
    this.#worker.terminate();
    this.#worker = null;
  }

  destroy(): void {
    this.#stop();
    this.#spare?.terminate();
    this.#spare = null;
    this.#run++;
  }
}
