// Rank stability on screen (SPEC §9): the Monte Carlo options, a run in the
// worker with its progress, and the last result. Edits to the model or the options rerun it in the
// background after a short pause (typing a weight starts one run, not one per keystroke); a newer run
// abandons the stale one, whose late messages are ignored by run id.
//
// Cancel (and a failure) clears the figures instead of keeping the previous ones: the run being
// cancelled is usually a rerun after an edit, so the previous figures no longer describe the
// assessment on screen. The section says so.
import {
  DEFAULT_STABILITY,
  MAX_DRAWS,
  MAX_SPREAD,
  stabilityOptionsProblem,
  type StabilityOptions,
  type StabilityResult,
} from '../domain/robustness/monte-carlo';
import type { RobustnessModel } from '../domain/robustness/model';
import { formatCount } from '../domain/format';
import type { FromStabilityWorker } from '../workers/stability-host';
import { startStabilityWorker, type StabilityWorker } from './workers';

type StabilityStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';


/** What is wrong with each option as entered, in words for the form; null when it is usable. */
interface StabilityFieldProblems {
  draws: string | null;
  spread: string | null;
  seed: string | null;
}

/** SPEC §9: stability compares contenders, so it needs two. */
export const MIN_STABILITY_CONTENDERS = 2;
const STABILITY_DEBOUNCE_MS = 200;


/** Performance marks for scripts/bench/stability.ts; absent in some test environments. */
function mark(name: string, detail: unknown): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name, { detail });
}

/** The contenders' data and the options as text: an edit that changes neither starts no run. */
function runKey(model: RobustnessModel, options: StabilityOptions): string {
  return JSON.stringify([model.categories, model.contenders, options]);
}

interface RankStabilityOptions {
  debounceMs?: number;
}

export class RankStability {
  #options = $state.raw<StabilityOptions>({ ...DEFAULT_STABILITY });
  #status = $state<StabilityStatus>('idle');
  #done = $state(0);
  #total = $state(0);
  #result = $state.raw<StabilityResult | null>(null);
  #error = $state<string | null>(null);
  /** True while an edit waits out the pause before its run starts (the status is unchanged meanwhile). */
  #pending = $state(false);

  readonly #debounceMs: number;
  /** The model to keep up to date (the latest one passed to update or start). */
  #model: RobustnessModel | null = null;
  /** The run in the worker now; null when none. Messages of any other run id are ignored. */
  #run: { runId: number; key: string; model: RobustnessModel; options: StabilityOptions } | null = null;
  /** What the last run that ended (done, cancelled, failed) computed: an unchanged model does not rerun. */
  #settledKey = '';
  #runId = 0;
  #worker: StabilityWorker | null = null;
  #timer: ReturnType<typeof setTimeout> | null = null;

  constructor({ debounceMs = STABILITY_DEBOUNCE_MS }: RankStabilityOptions = {}) {
    this.#debounceMs = debounceMs;
  }

  get options(): StabilityOptions {
    return this.#options;
  }
  get status(): StabilityStatus {
    return this.#status;
  }
  /** Draws done so far in the current (or cancelled) run, and how many it asked for. */
  get done(): number {
    return this.#done;
  }
  get total(): number {
    return this.#total;
  }
  /** 0..1. */
  get progress(): number {
    return this.#total > 0 ? this.#done / this.#total : 0;
  }
  get pending(): boolean {
    return this.#pending;
  }
  get result(): StabilityResult | null {
    return this.#result;
  }
  get error(): string | null {
    return this.#error;
  }
  /** The domain's verdict on the options as a whole (null: usable). */
  get problem(): string | null {
    return stabilityOptionsProblem(this.#options);
  }
  get fieldProblems(): StabilityFieldProblems {
    const o = this.#options;
    const alone = (part: Partial<StabilityOptions>) => stabilityOptionsProblem({ ...DEFAULT_STABILITY, ...part }) !== null;
    return {
      draws: alone({ draws: o.draws }) ? `Draws must be a whole number from 1 to ${formatCount(MAX_DRAWS)}.` : null,
      spread: alone({ spread: o.spread }) ? `Spread must be from 0 to ${Math.round(MAX_SPREAD * 100)} %.` : null,
      seed: alone({ seed: o.seed }) ? 'Seed must be a number.' : null,
    };
  }

  /** Follows the assessment: the first model runs at once, later changes after a pause. */
  update(model: RobustnessModel): void {
    this.#model = model;
    if (model.contenders.length < MIN_STABILITY_CONTENDERS) {
      this.#clearTimer();
      this.#abandon();
      this.#settledKey = '';
      this.#result = null;
      this.#error = null;
      this.#status = 'idle';
      return;
    }
    this.#schedule(this.#runId === 0 ? 0 : this.#debounceMs);
  }

  /** Changes some options (as entered: possibly invalid, then nothing runs) and reruns after a pause. */
  setOptions(part: Partial<StabilityOptions>): void {
    this.#options = { ...this.#options, ...part };
    this.#schedule(this.#debounceMs);
  }

  /** Runs now (Run again, Try again), even when the model and options are unchanged. */
  start(model: RobustnessModel | null = this.#model): void {
    this.#model = model;
    this.#clearTimer();
    this.#startNow();
  }

  /** Stops the run in progress (or about to start); the figures are cleared, see the file comment. */
  cancel(): void {
    if (this.#status !== 'running' && !this.#pending) return;
    if (!this.#run) {
      // Cancelled during the pause: no draw of the new run was made.
      this.#done = 0;
      this.#total = this.#options.draws;
    }
    this.#settledKey = this.#run?.key ?? (this.#model ? runKey(this.#model, this.#options) : '');
    this.#clearTimer();
    this.#abandon();
    this.#result = null;
    this.#status = 'cancelled';
  }

  /** Ends the worker (the section is gone). */
  destroy(): void {
    this.#clearTimer();
    this.#abandon();
    this.#worker?.terminate();
    this.#worker = null;
  }

  #schedule(delay: number): void {
    this.#clearTimer();
    const model = this.#model;
    // Invalid options: nothing runs until they are fixed (a run already going may finish).
    if (!model || model.contenders.length < MIN_STABILITY_CONTENDERS || this.problem) return;
    const key = runKey(model, this.#options);
    // Already running, shown, cancelled or failed for exactly this (an edit undone within the pause).
    if (this.#run ? this.#run.key === key : this.#settledKey === key) return;
    if (delay <= 0) return this.#startNow();
    // A run for older figures keeps going until this one starts; its result is labelled by its own model.
    this.#pending = true;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#pending = false;
      this.#startNow();
    }, delay);
  }

  #startNow(): void {
    const model = this.#model;
    if (!model || model.contenders.length < MIN_STABILITY_CONTENDERS || this.problem) return;
    this.#abandon();
    const options = { ...this.#options };
    const runId = ++this.#runId;
    this.#run = { runId, key: runKey(model, options), model, options };
    this.#status = 'running';
    this.#error = null;
    this.#done = 0;
    this.#total = options.draws;
    mark('stability:start', { runId, draws: options.draws, contenders: model.contenders.length, categories: model.categories.length });
    try {
      // A plain copy: the worker gets it by structured clone, which cannot copy rune proxies.
      this.#ensureWorker().postMessage({ type: 'start', runId, model: $state.snapshot(model) as RobustnessModel, options });
    } catch (error) {
      // A DataCloneError, or a worker that could not even be created: say so rather than wait forever.
      this.#fail(`Rank stability could not be started: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Tells the worker to stop the current run; whatever it still sends for it is ignored. */
  #abandon(): void {
    if (this.#run) this.#worker?.postMessage({ type: 'cancel', runId: this.#run.runId });
    this.#run = null;
  }

  #clearTimer(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#pending = false;
  }

  #ensureWorker(): StabilityWorker {
    if (this.#worker) return this.#worker;
    const worker = startStabilityWorker();
    // A worker that cannot load or crashes must never look like a hang.
    worker.onerror = (event) => {
      event.preventDefault?.();
      this.#lose(worker, `The background calculation stopped unexpectedly${event.message ? ` (${event.message})` : ''}.`);
    };
    worker.onmessageerror = () => this.#lose(worker, 'The background calculation sent data the page could not read.');
    worker.onmessage = (event) => this.#onMessage(event.data);
    this.#worker = worker;
    return worker;
  }

  /** A broken worker is dropped (the next run starts a fresh one) and the run in progress fails. */
  #lose(worker: StabilityWorker, message: string): void {
    worker.onmessage = worker.onerror = worker.onmessageerror = null;
    worker.terminate();
    if (this.#worker !== worker) return;
    this.#worker = null;
    if (this.#run) this.#fail(message);
  }

  #fail(message: string): void {
    this.#settledKey = this.#run?.key ?? '';
    this.#run = null;
    this.#result = null;
    this.#error = message;
    this.#status = 'error';
  }

  #onMessage(message: FromStabilityWorker): void {
    const run = this.#run;
    // A stale run's late message: a newer run, a cancel or a failure has replaced it.
    if (!run || message.runId !== run.runId) return;
    if (message.type === 'progress') {
      this.#done = message.done;
      this.#total = message.total;
    } else if (message.type === 'done') {
      this.#run = null;
      this.#settledKey = run.key;
      this.#done = this.#total;
      this.#result = { model: run.model, options: run.options, shares: message.shares };
      this.#status = 'done';
      mark('stability:done', { runId: run.runId, workerMs: message.ms });
    } else {
      this.#fail(`Rank stability could not be computed: ${message.message}`);
    }
  }
}
