// Rank stability's page side (SPEC §9): runs through the worker's own code in-process,
// reruns after edits, ignores stale runs, cancels and surfaces failures.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rankStability, type StabilityOptions } from '../domain/robustness/monte-carlo';
import type { RobustnessModel } from '../domain/robustness/model';
import type { FromStabilityWorker, ToStabilityWorker } from '../workers/stability-host';
import { closeCallModel, singleContenderModel } from '../domain/robustness/model-fixtures';
import { inProcessStabilityWorker } from './in-process-workers';
import { resetWorkers, useWorkers, type StabilityWorker } from './workers';
import { RankStability } from './stability-run.svelte';

/** A worker the test drives by hand: it records what the page sends and answers only when told. */
class ManualWorker implements StabilityWorker {
  onmessage: ((event: MessageEvent<FromStabilityWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  readonly received: ToStabilityWorker[] = [];
  terminated = false;
  postMessage(message: ToStabilityWorker): void {
    this.received.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  send(message: FromStabilityWorker): void {
    this.onmessage?.({ data: message } as MessageEvent<FromStabilityWorker>);
  }
  starts() {
    return this.received.filter((m) => m.type === 'start');
  }
}

const stabilities: RankStability[] = [];
function track(stability: RankStability): RankStability {
  stabilities.push(stability);
  return stability;
}
afterEach(() => {
  for (const s of stabilities.splice(0)) s.destroy();
  resetWorkers();
  vi.useRealTimers();
});

/** A run through the worker's real code (in-process); debounce 0 so edits start at once. */
function inProcess() {
  const workers: ReturnType<typeof inProcessStabilityWorker>[] = [];
  useWorkers({
    stability: () => {
      const worker = inProcessStabilityWorker();
      workers.push(worker);
      return worker;
    },
  });
  const stability = track(new RankStability({ debounceMs: 0 }));
  return { stability, workers };
}

function manual(debounceMs = 0) {
  const workers: ManualWorker[] = [];
  useWorkers({
    stability: () => {
      const worker = new ManualWorker();
      workers.push(worker);
      return worker;
    },
  });
  const stability = track(new RankStability({ debounceMs }));
  return { stability, workers };
}

async function finished(stability: RankStability) {
  await vi.waitFor(() => expect(['done', 'error', 'cancelled']).toContain(stability.status), { timeout: 10_000 });
}

const startOf = (message: ToStabilityWorker | undefined) => message as Extract<ToStabilityWorker, { type: 'start' }>;

describe('RankStability through the worker code', () => {
  it('gives the figures of the pure calculation, the same for the same seed', async () => {
    const model = closeCallModel();
    const first = inProcess();
    first.stability.update(model);
    expect(first.stability.status).toBe('running');
    await finished(first.stability);
    expect(first.stability.status).toBe('done');
    expect(first.stability.progress).toBe(1);
    const expected = rankStability(model, { draws: 10_000, spread: 0.25, seed: 1 });
    expect(first.stability.result?.shares).toEqual(expected);
    expect(expected.map((s) => s.pFirst)).toEqual([0.7027, 0.2973, 0]);

    const again = inProcess();
    again.stability.update(closeCallModel());
    await finished(again.stability);
    expect(again.stability.result?.shares).toEqual(first.stability.result?.shares);

    again.stability.setOptions({ seed: 2 });
    await finished(again.stability);
    await vi.waitFor(() => expect(again.stability.result?.options.seed).toBe(2));
    expect(again.stability.result?.shares).toEqual(rankStability(model, { draws: 10_000, spread: 0.25, seed: 2 }));
    expect(again.stability.result?.shares).not.toEqual(first.stability.result?.shares);
  });

  it('reports progress in several steps for a long run', async () => {
    const { stability, workers } = inProcess();
    const seen: number[] = [];
    stability.setOptions({ draws: 200_000 });
    stability.update(closeCallModel());
    await vi.waitFor(
      () => {
        seen.push(stability.done);
        expect(stability.status).toBe('done');
      },
      { timeout: 20_000, interval: 1 },
    );
    expect(new Set(seen.filter((d) => d > 0 && d < 200_000)).size).toBeGreaterThan(0);
    expect(stability.done).toBe(200_000);
    expect(workers).toHaveLength(1);
  });

  it('cancel stops the run, keeps where it stopped and clears the figures', async () => {
    const { stability, workers } = inProcess();
    stability.update(closeCallModel());
    await finished(stability);
    expect(stability.result).not.toBeNull();

    stability.setOptions({ draws: 1_000_000 });
    await vi.waitFor(() => expect(stability.done).toBeGreaterThan(0));
    stability.cancel();
    const stoppedAt = stability.done;
    expect(stability.status).toBe('cancelled');
    expect(stability.result).toBeNull();
    expect(stoppedAt).toBeGreaterThan(0);
    expect(stoppedAt).toBeLessThan(1_000_000);
    expect(stability.total).toBe(1_000_000);
    expect(workers[0].received.at(-1)).toEqual({ type: 'cancel', runId: startOf(workers[0].received.at(-2)).runId });
    // Whatever the worker still had queued changes nothing.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stability.status).toBe('cancelled');
    expect(stability.done).toBe(stoppedAt);

    // An unrelated re-render with the same figures does not restart what the person cancelled…
    stability.update(closeCallModel());
    expect(stability.status).toBe('cancelled');
    // …Run again does.
    stability.setOptions({ draws: 5_000 });
    await finished(stability);
    expect(stability.status).toBe('done');
    expect(stability.result?.options.draws).toBe(5_000);
  });
});

describe('RankStability with a hand-driven worker', () => {
  it('ignores a stale run: only the newest run’s messages count', () => {
    const { stability, workers } = manual();
    const model = closeCallModel();
    stability.update(model);
    stability.setOptions({ seed: 7 });
    const [w] = workers;
    const [first, second] = w.starts().map(startOf);
    expect(first.runId).not.toBe(second.runId);
    expect(second.options.seed).toBe(7);
    expect(w.received).toContainEqual({ type: 'cancel', runId: first.runId });

    w.send({ type: 'progress', runId: first.runId, done: 9_000, total: 10_000 });
    w.send({ type: 'done', runId: first.runId, shares: [{ vendorId: 'contoso', pFirst: 1 }], ms: 1 });
    expect(stability.status).toBe('running');
    expect(stability.done).toBe(0);
    expect(stability.result).toBeNull();

    w.send({ type: 'progress', runId: second.runId, done: 4_000, total: 10_000 });
    expect(stability.progress).toBe(0.4);
    const shares = [
      { vendorId: 'northwind', pFirst: 0.6 },
      { vendorId: 'fabrikam', pFirst: 0.4 },
      { vendorId: 'contoso', pFirst: 0 },
    ];
    w.send({ type: 'done', runId: second.runId, shares, ms: 1 });
    expect(stability.status).toBe('done');
    expect(stability.result).toEqual({ model, options: { draws: 10_000, spread: 0.25, seed: 7 }, shares });
  });

  it('waits for a pause in the edits, then runs once with the latest figures', () => {
    vi.useFakeTimers();
    const { stability, workers } = manual(200);
    stability.update(closeCallModel());
    expect(workers[0].starts()).toHaveLength(1); // the first model runs at once
    for (const weight of [41, 42, 43]) {
      const model = closeCallModel();
      model.categories[0].weight = weight;
      stability.update(model);
      vi.advanceTimersByTime(100);
    }
    expect(stability.pending).toBe(true);
    expect(workers[0].starts()).toHaveLength(1);
    vi.advanceTimersByTime(200);
    expect(stability.pending).toBe(false);
    const starts = workers[0].starts().map(startOf);
    expect(starts).toHaveLength(2);
    expect(starts[1].model.categories[0].weight).toBe(43);
  });

  it('does not rerun for a model with the same figures', () => {
    const { stability, workers } = manual();
    stability.update(closeCallModel());
    const runId = startOf(workers[0].starts()[0]).runId;
    workers[0].send({ type: 'done', runId, shares: [], ms: 1 });
    stability.update(closeCallModel());
    expect(workers[0].starts()).toHaveLength(1);
    expect(stability.status).toBe('done');
  });

  it('runs nothing with invalid options and says which option is wrong', () => {
    const { stability, workers } = manual();
    stability.setOptions({ draws: 0, spread: 1.5 });
    stability.update(closeCallModel());
    expect(workers).toHaveLength(0);
    expect(stability.status).toBe('idle');
    expect(stability.fieldProblems).toEqual({
      draws: 'Draws must be a whole number from 1 to 1,000,000.',
      spread: 'Spread must be from 0 to 99 %.',
      seed: null,
    });
    stability.setOptions({ draws: 500, spread: 0.1, seed: Number.NaN });
    expect(stability.fieldProblems).toEqual({ draws: null, spread: null, seed: 'Seed must be a number.' });
    stability.setOptions({ seed: 3 });
    expect(stability.problem).toBeNull();
    expect(startOf(workers[0].starts()[0]).options).toEqual({ draws: 500, spread: 0.1, seed: 3 });
  });

  it('runs nothing with fewer than two contenders, and drops figures that no longer apply', () => {
    const { stability, workers } = manual();
    stability.update(singleContenderModel());
    expect(workers).toHaveLength(0);
    stability.update(closeCallModel());
    const runId = startOf(workers[0].starts()[0]).runId;
    workers[0].send({ type: 'done', runId, shares: [], ms: 1 });
    expect(stability.result).not.toBeNull();
    stability.update(singleContenderModel());
    expect(stability.result).toBeNull();
    expect(stability.status).toBe('idle');
  });

  it('surfaces a worker that fails to load or crashes, and starts a fresh one next time', () => {
    const { stability, workers } = manual();
    stability.update(closeCallModel());
    const preventDefault = vi.fn();
    workers[0].onerror?.({ message: 'SyntaxError: unexpected token', preventDefault } as unknown as ErrorEvent);
    expect(stability.status).toBe('error');
    expect(stability.error).toBe('The background calculation stopped unexpectedly (SyntaxError: unexpected token).');
    expect(preventDefault).toHaveBeenCalled();
    expect(workers[0].terminated).toBe(true);

    stability.start();
    expect(workers).toHaveLength(2);
    expect(stability.status).toBe('running');
    workers[1].onmessageerror?.({} as MessageEvent);
    expect(stability.status).toBe('error');
    expect(stability.error).toBe('The background calculation sent data the page could not read.');
  });

  it('surfaces an error the worker reports', () => {
    const { stability, workers } = manual();
    stability.update(closeCallModel());
    const runId = startOf(workers[0].starts()[0]).runId;
    workers[0].send({ type: 'error', runId, message: 'draws must be a whole number from 1 to 1,000,000' });
    expect(stability.status).toBe('error');
    expect(stability.error).toBe('Rank stability could not be computed: draws must be a whole number from 1 to 1,000,000');
    expect(stability.result).toBeNull();
  });

  it('says so when the worker cannot be created', () => {
    useWorkers({
      stability: () => {
        throw new Error('Worker scripts are blocked');
      },
    });
    const stability = track(new RankStability({ debounceMs: 0 }));
    stability.update(closeCallModel());
    expect(stability.status).toBe('error');
    expect(stability.error).toBe('Rank stability could not be started: Worker scripts are blocked');
  });

  it('sends the worker plain data it can clone', () => {
    const { stability, workers } = manual();
    const model: RobustnessModel = closeCallModel();
    stability.update(model);
    const start = startOf(workers[0].starts()[0]);
    expect(() => structuredClone(start)).not.toThrow();
    expect(start.model).toEqual(model);
    expect(start.options satisfies StabilityOptions).toEqual({ draws: 10_000, spread: 0.25, seed: 1 });
  });
});
