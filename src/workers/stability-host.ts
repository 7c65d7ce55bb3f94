// The rank-stability worker (SPEC §9): the messages it exchanges with the page, and what it does
// with them, written against a `post` function so the same code runs in the real module worker
// (src/workers/stability.worker.ts) and in-process in tests (state/in-process-workers.ts).
//
// A run advances in steps of about STEP_MS and gives way to queued messages between steps, so a
// cancel or a newer start is seen within one step; the page also checks run ids, so a late message
// of a stale run can never overwrite a newer result.
import { createStabilityRun, type StabilityOptions, type StabilityRun, type StabilityShare } from '../domain/robustness/monte-carlo';
import type { RobustnessModel } from '../domain/robustness/model';

export type ToStabilityWorker =
  | { type: 'start'; runId: number; model: RobustnessModel; options: StabilityOptions }
  | { type: 'cancel'; runId: number };

export type FromStabilityWorker =
  | { type: 'progress'; runId: number; done: number; total: number }
  /** `ms`: compute time in the worker, from the start message to the last draw. */
  | { type: 'done'; runId: number; shares: StabilityShare[]; ms: number }
  | { type: 'error'; runId: number; message: string };

type StabilityPost = (message: FromStabilityWorker) => void;

interface HostTiming {
  /** Runs `next` once the messages already queued (a cancel, a newer start) have been handled. */
  yieldToMessages: (next: () => void) => void;
  now: () => number;
}

/** Aim of one step's compute time: progress several times a second, cancel seen within a frame. */
const STEP_MS = 8;
/** The first step is small, to time the machine before the step size is set. */
const FIRST_STEP_DRAWS = 200;

const defaultTiming: HostTiming = {
  yieldToMessages: (next) => void setTimeout(next, 0),
  now: () => performance.now(),
};

/** The next step's size: scaled so a step takes about STEP_MS, never growing more than 4× at once. */
function nextStepSize(size: number, elapsedMs: number): number {
  if (elapsedMs < 0.5) return size * 4; // below the timer's resolution: grow freely
  return Math.max(1, Math.min(size * 4, Math.round((size * STEP_MS) / elapsedMs)));
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Returns the handler for messages from the page. */
export function stabilityWorkerHost(post: StabilityPost, timing: HostTiming = defaultTiming): (message: ToStabilityWorker) => void {
  /** The run in progress; 0 when none (cancelled, superseded by a newer start, finished or failed). */
  let current = 0;

  function start(runId: number, model: RobustnessModel, options: StabilityOptions): void {
    current = runId;
    const began = timing.now();
    let run: StabilityRun;
    try {
      run = createStabilityRun(model, options);
    } catch (error) {
      current = 0;
      post({ type: 'error', runId, message: errorText(error) });
      return;
    }
    let size = FIRST_STEP_DRAWS;
    const step = () => {
      if (current !== runId) return; // cancelled or superseded: nobody wants the rest
      try {
        const t0 = timing.now();
        run.step(size);
        size = nextStepSize(size, timing.now() - t0);
      } catch (error) {
        current = 0;
        post({ type: 'error', runId, message: errorText(error) });
        return;
      }
      if (run.done >= run.total) {
        current = 0;
        post({ type: 'done', runId, shares: run.shares(), ms: timing.now() - began });
        return;
      }
      post({ type: 'progress', runId, done: run.done, total: run.total });
      timing.yieldToMessages(step);
    };
    step();
  }

  return (message) => {
    if (message.type === 'start') start(message.runId, message.model, message.options);
    else if (message.type === 'cancel' && message.runId === current) current = 0;
  };
}
