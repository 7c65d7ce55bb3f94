// Behaviour of every CSV import (SPEC §6): choose a file → refuse it at once if it is not CSV or too
// large → parse it in the worker with progress and Cancel → map columns when the headers differ →
// preview good and rejected rows → write the good rows in one transaction. What differs per kind is a
// CsvImportKind (csv-import-kind.ts): the job the worker reads the file as, and the commit.
// Nothing is stored before the person confirms, so cancelling or a failure at any step leaves the
// stored data exactly as it was.
import { problemOf, requirementOf, type ColumnSpec, type Mapping } from '../exchange/csv/columns';
import { decodeRows, type HeaderInfo, type PreviewRow, type ReadCounts, type RejectedRow } from '../exchange/csv/csv-read-results';
import type { KpiRows } from '../domain/types';
import { MAX_REJECTED_KEPT, type FromWorker } from '../exchange/csv/protocol';
import { checkCsvSize, MAX_CSV_BYTES, type CsvDialect } from '../exchange/csv/sniff';
import type { CsvImportKind, ImportStep } from './csv-import-kind';
import { CsvWorkerSlot } from './csv-worker-slot';

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

// The file's facts as the import screens show them.
export type { CsvDialect, HeaderInfo, Mapping };

const NO_COUNTS: ReadCounts = { rows: 0, rejected: 0, blank: 0, baseline: 0, after: 0 };

/**
 * How often the progress bar and counts are redrawn while a file is read. Every redraw repaints the
 * page, work that would otherwise compete with the worker for the processor (scripts/bench/csv-import.ts).
 */
const PROGRESS_EVERY_MS = 100;

export class CsvImportFlow<Row = unknown> {
  readonly #kind: CsvImportKind<Row>;
  readonly #worker = new CsvWorkerSlot();
  /** Good rows of the small kinds, kept out of reactive state. */
  #rows: Row[] = [];
  /** Good measurement rows as the worker built them: one block of columns per KPI, never an object per row. */
  #kpiRows: KpiRows[] = [];
  /** Bumped on every new file or cancel, so late messages of an old worker are ignored. */
  #run = 0;
  #chosenAt = 0;
  #fileSize = 0;
  /** When the progress was last put on screen (see PROGRESS_EVERY_MS). */
  #progressShownAt = 0;

  #step = $state<ImportStep>({ kind: 'idle' });
  #mapping = $state<Mapping | null>(null);
  #counts = $state.raw<ReadCounts>(NO_COUNTS);
  #preview = $state.raw<PreviewRow<Row>[]>([]);
  #rejected = $state.raw<RejectedRow[]>([]);
  #dialect = $state.raw<CsvDialect | null>(null);

  constructor(kind: CsvImportKind<Row>) {
    this.#kind = kind;
  }

  get step(): ImportStep {
    return this.#step;
  }
  /** The column mapping being chosen (the mapping step), or null. */
  get mapping(): Mapping | null {
    return this.#mapping;
  }
  get counts(): ReadCounts {
    return this.#counts;
  }
  /** The first rows to import, with their lines. */
  get preview(): PreviewRow<Row>[] {
    return this.#preview;
  }
  get rejected(): RejectedRow[] {
    return this.#rejected;
  }
  get dialect(): CsvDialect | null {
    return this.#dialect;
  }
  get spec(): ColumnSpec {
    return this.#kind.spec;
  }
  /** The largest file the import reads (SPEC §10), for the words beside the file picker. */
  get maxBytes(): number {
    return MAX_CSV_BYTES;
  }
  /** How many rejected rows are listed with their reasons; beyond it only their count. */
  get rejectedKept(): number {
    return MAX_REJECTED_KEPT;
  }
  /** How a target column is required, for its label in the mapping step: alone, as one of a group, or not. */
  requirement(target: string): 'required' | readonly string[] | null {
    return requirementOf(this.#kind.spec, target);
  }
  /** The good rows read so far, of the small kinds (not reactive: read it where counts, which is, changes). */
  get rows(): readonly Row[] {
    return this.#rows;
  }
  /** The good measurement rows, once the file is read (not reactive: read it where the step, which is, changes). */
  get kpiRows(): readonly KpiRows[] {
    return this.#kpiRows;
  }

  readonly busy: boolean = $derived(['checking', 'reading', 'mapping', 'saving'].includes(this.#step.kind));
  /** The import has ended: stored, failed or cancelled (its outcome is on screen). */
  readonly finished: boolean = $derived(['done', 'failed', 'cancelled'].includes(this.#step.kind));
  /** The chosen file's name; empty when none. */
  readonly fileName: string = $derived('fileName' in this.#step ? this.#step.fileName : '');
  /** A file can be chosen: nothing is being read, mapped, previewed or saved. */
  readonly canChoose: boolean = $derived(!this.busy && this.#step.kind !== 'preview');
  /** Why the mapping being chosen cannot be used yet; null when it can (or when none is being chosen). */
  get mappingProblem(): string | null {
    const step = this.#step;
    return step.kind === 'mapping' && this.#mapping ? problemOf(this.#kind.spec, step.info.headers, this.#mapping) : null;
  }
  /** Rejections listed in full; beyond MAX_REJECTED_KEPT only the (exact) count is known. */
  readonly rejectedListed: boolean = $derived(this.#counts.rejected <= MAX_REJECTED_KEPT);

  /**
   * Starts a worker before it is needed (pointer over or focus on the file picker, or while the file's
   * first bytes are checked), so loading its script is not on the import's critical path.
   */
  warm(): void {
    this.#worker.warm();
  }

  /** Starts a worker once the page is idle (see warm); returns the function that calls it off. */
  warmWhenIdle(): () => void {
    if (typeof requestIdleCallback !== 'function') return () => {};
    const id = requestIdleCallback(() => this.warm(), { timeout: 3000 });
    return () => cancelIdleCallback(id);
  }

  async choose(file: File): Promise<void> {
    this.#worker.stop();
    this.warm();
    const run = ++this.#run;
    this.#chosenAt = performance.now();
    performance.mark('csv-import:chosen');
    this.#rows = [];
    this.#kpiRows = [];
    this.#progressShownAt = 0;
    this.#counts = NO_COUNTS;
    this.#preview = [];
    this.#rejected = [];
    this.#mapping = null;
    const fileName = file.name;
    this.#fileSize = file.size;
    // Checked before reading a byte (SPEC §6; the limit is documented in sniff.ts).
    const tooLarge = checkCsvSize(file.size);
    if (tooLarge) return void (this.#step = { kind: 'failed', fileName, message: tooLarge });
    this.#step = { kind: 'checking', fileName };
    // The worker checks the first bytes (a binary file or a workbook is refused at once, sniff.ts) and
    // reads on in the same breath: no round trip through the page before the parse starts.
    this.#worker.start(
      { type: 'start', file, ...this.#kind.job() },
      {
        message: (message) => {
          if (run === this.#run) this.#onMessage(message, fileName);
        },
        fail: (message) => {
          if (run === this.#run) this.#fail(fileName, message);
        },
      },
    );
  }

  #fail(fileName: string, message: string): void {
    this.#worker.stop();
    this.#step = { kind: 'failed', fileName, message };
  }

  #onMessage(message: FromWorker, fileName: string): void {
    switch (message.type) {
      case 'dialect':
        this.#dialect = message.dialect;
        if (this.#step.kind === 'checking') this.#step = { kind: 'reading', fileName, bytes: 0, total: this.#fileSize };
        break;
      case 'header':
        if (!message.info.exact) {
          this.#mapping = { ...message.info.suggested };
          this.#step = { kind: 'mapping', fileName, info: message.info };
        }
        break;
      case 'batch':
        decodeRows(message.rows, this.#rows);
        if (message.rows && 'kpiRows' in message.rows) this.#kpiRows = message.rows.kpiRows;
        if (message.rejected.length > 0) this.#rejected = [...this.#rejected, ...message.rejected];
        if (performance.now() - this.#progressShownAt >= PROGRESS_EVERY_MS) {
          this.#progressShownAt = performance.now();
          this.#counts = message.counts;
          if (this.#step.kind === 'reading') this.#step = { kind: 'reading', fileName, bytes: message.bytes, total: message.total };
        }
        break;
      case 'done':
        this.#counts = message.counts;
        this.#preview = message.preview as PreviewRow<Row>[];
        performance.mark('csv-import:parsed', { detail: { ...message.timings, rows: message.counts.rows } });
        this.#worker.stop();
        this.#step = { kind: 'preview', fileName };
        break;
      case 'cancelled':
        this.#worker.stop();
        this.#step = { kind: 'cancelled', fileName };
        break;
      case 'error':
        this.#fail(fileName, message.message);
        break;
    }
  }

  setColumn(target: string, index: number | null): void {
    if (this.#mapping) this.#mapping = { ...this.#mapping, [target]: index };
  }

  confirmMapping(): void {
    const step = this.#step;
    if (step.kind !== 'mapping' || !this.#mapping || this.mappingProblem) return;
    this.#worker.post({ type: 'mapping', mapping: $state.snapshot(this.#mapping) });
    this.#step = { kind: 'reading', fileName: step.fileName, bytes: 0, total: this.#fileSize };
  }

  /** Stops at any step before the write; nothing has been stored. */
  cancel(): void {
    const step = this.#step;
    if (step.kind === 'idle' || step.kind === 'saving') return;
    this.#worker.post({ type: 'cancel' });
    this.#worker.stop();
    this.#forgetRows();
    this.#step = 'fileName' in step && !['done', 'failed', 'cancelled'].includes(step.kind) ? { kind: 'cancelled', fileName: step.fileName } : { kind: 'idle' };
  }

  /** Closes the import: stops one in progress (nothing stored), or dismisses its outcome; not while saving. */
  close(): void {
    if (this.#step.kind === 'saving') return;
    if (!this.finished) this.cancel();
    this.reset();
  }

  /** Writes the good rows in one transaction (the kind's commit: all or nothing). */
  async confirmImport(): Promise<void> {
    const step = this.#step;
    if (step.kind !== 'preview' || this.#counts.rows === 0) return;
    const rows = this.#rows;
    const rejected = this.#counts.rejected;
    this.#step = { kind: 'saving', fileName: step.fileName };
    performance.mark('csv-import:confirm');
    // No wait for "Saving…" to be painted first: the write's main-thread work is short (the worker
    // built the blocks), and the screen updates while IndexedDB commits.
    const outcome = await this.#kind.commit(rows, this.#kpiRows);
    if (!outcome.saved) {
      this.#step = { kind: 'failed', fileName: step.fileName, message: 'The rows could not be saved; nothing was stored. Try again, or reload the page.' };
      return;
    }
    const imported = this.#counts.rows;
    this.#rows = [];
    this.#kpiRows = [];
    this.#step = { kind: 'done', fileName: step.fileName, imported: outcome.imported ?? imported, rejected, also: outcome.also, detail: outcome.detail };
  }

  /** Marks the summary's first paint: the end of the import in scripts/bench/csv-import.ts. */
  markShown(): void {
    void nextPaint().then(() => performance.mark('csv-import:shown', { detail: { sinceChosenMs: performance.now() - this.#chosenAt } }));
  }

  reset(): void {
    this.#worker.stop();
    this.#forgetRows();
    this.#step = { kind: 'idle' };
  }

  destroy(): void {
    this.#worker.destroy();
    this.#run++;
  }

  /** Drops the rows read, and ignores whatever the old worker may still send. */
  #forgetRows(): void {
    this.#run++;
    this.#rows = [];
    this.#kpiRows = [];
  }
}
