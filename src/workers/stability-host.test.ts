// The rank-stability worker's message handling, with a hand-cranked "event loop" in place of the
// worker's: each turn runs one step, so cancels and newer starts can be sent between steps.
import { describe, expect, it } from 'vitest';
import { rankStability } from '../domain/robustness/monte-carlo';
import { closeCallModel } from '../domain/robustness/model-fixtures';
import { stabilityWorkerHost, type FromStabilityWorker } from './stability-host';

function host(stepMs = 1) {
  const posted: FromStabilityWorker[] = [];
  const queue: (() => void)[] = [];
  let clock = 0;
  const handle = stabilityWorkerHost((message) => posted.push(message), {
    yieldToMessages: (next) => queue.push(next),
    // Every reading of the clock moves it on by `stepMs`, so each step appears to take `stepMs`.
    now: () => (clock += stepMs),
  });
  const turn = () => queue.shift()?.();
  const drain = () => {
    while (queue.length > 0) turn();
  };
  return { posted, handle, turn, drain, queue };
}

const options = { draws: 10_000, spread: 0.25, seed: 1 };

describe('stabilityWorkerHost', () => {
  it('runs in steps with progress, and the result does not depend on the step sizes', () => {
    for (const stepMs of [0.1, 1, 20]) {
      const h = host(stepMs);
      h.handle({ type: 'start', runId: 3, model: closeCallModel(), options });
      h.drain();
      const progress = h.posted.filter((m) => m.type === 'progress');
      expect(progress.length).toBeGreaterThan(0);
      const dones = progress.map((m) => m.done);
      expect(dones).toEqual([...dones].sort((a, b) => a - b));
      expect(progress.every((m) => m.runId === 3 && m.total === 10_000 && m.done < 10_000)).toBe(true);
      const last = h.posted.at(-1);
      expect(last?.type).toBe('done');
      if (last?.type === 'done') expect(last.shares).toEqual(rankStability(closeCallModel(), options));
    }
  });

  it('sizes steps to take about 8 ms each', () => {
    const h = host(1); // 200 draws in 1 ms: the next steps grow (at most 4× at a time) towards 8 ms
    h.handle({ type: 'start', runId: 1, model: closeCallModel(), options: { ...options, draws: 100_000 } });
    h.drain();
    const done = h.posted.filter((m) => m.type === 'progress').map((m) => m.done);
    expect(done.slice(0, 4)).toEqual([200, 1_000, 4_200, 17_000]);
  });

  it('stops at the next step when cancelled, and says nothing more', () => {
    const h = host();
    h.handle({ type: 'start', runId: 1, model: closeCallModel(), options: { ...options, draws: 1_000_000 } });
    h.turn();
    h.handle({ type: 'cancel', runId: 1 });
    const count = h.posted.length;
    h.drain();
    expect(h.posted).toHaveLength(count);
    expect(h.posted.every((m) => m.type === 'progress')).toBe(true);
  });

  it('ignores a cancel for another run', () => {
    const h = host();
    h.handle({ type: 'start', runId: 2, model: closeCallModel(), options });
    h.handle({ type: 'cancel', runId: 1 });
    h.drain();
    expect(h.posted.at(-1)?.type).toBe('done');
  });

  it('a newer start replaces the run in progress', () => {
    const h = host();
    h.handle({ type: 'start', runId: 1, model: closeCallModel(), options: { ...options, draws: 1_000_000 } });
    h.turn();
    h.handle({ type: 'start', runId: 2, model: closeCallModel(), options: { ...options, seed: 5 } });
    h.drain();
    const after = h.posted.slice(h.posted.findIndex((m) => m.runId === 2));
    expect(after.every((m) => m.runId === 2)).toBe(true);
    const last = h.posted.at(-1);
    expect(last?.type === 'done' && last.shares).toEqual(rankStability(closeCallModel(), { ...options, seed: 5 }));
  });

  it('answers options it cannot use with an error, never silence', () => {
    const h = host();
    h.handle({ type: 'start', runId: 4, model: closeCallModel(), options: { ...options, draws: 0 } });
    expect(h.posted).toEqual([{ type: 'error', runId: 4, message: 'draws must be a whole number from 1 to 1,000,000' }]);
    expect(h.queue).toHaveLength(0);
  });

  it('reports the compute time of the run', () => {
    const h = host(2);
    h.handle({ type: 'start', runId: 1, model: closeCallModel(), options: { ...options, draws: 100 } });
    expect(h.posted).toEqual([{ type: 'done', runId: 1, shares: rankStability(closeCallModel(), { ...options, draws: 100 }), ms: 6 }]);
  });
});
