import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StagedReveal } from './staged-reveal.svelte';

const frames: FrameRequestCallback[] = [];
beforeEach(() => {
  vi.useFakeTimers();
  frames.length = 0;
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => (frames[id - 1] = () => {}));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** The browser paints a frame, then runs the tasks waiting. */
function paint(): void {
  for (const frame of frames.splice(0)) frame(0);
  vi.advanceTimersByTime(0);
}

describe('StagedReveal', () => {
  it('shows one more part per painted frame, each in a task after the frame', () => {
    const reveal = new StagedReveal(3, true);
    const stop = reveal.start();
    expect(reveal.shown).toBe(1);
    for (const frame of frames.splice(0)) frame(0);
    expect(reveal.shown).toBe(1);
    vi.advanceTimersByTime(0);
    expect(reveal.shown).toBe(2);
    paint();
    expect(reveal.shown).toBe(3);
    paint();
    expect([reveal.shown, frames.length]).toEqual([3, 0]);
    stop();
  });

  it('shows everything at once when not staged, and stops when the screen goes', () => {
    expect(new StagedReveal(3, false).shown).toBe(3);
    const reveal = new StagedReveal(3, true);
    const stop = reveal.start();
    stop();
    paint();
    expect(reveal.shown).toBe(1);
  });
});
