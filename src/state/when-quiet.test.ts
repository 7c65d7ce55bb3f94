// @vitest-environment jsdom
// Background work waits for the person to leave the page alone, and for writes in flight.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenQuiet } from './when-quiet';
import { notices } from './notices.svelte';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('whenQuiet', () => {
  it('runs once the page has had the quiet time without input', () => {
    const run = vi.fn();
    whenQuiet(run, 3000);
    vi.advanceTimersByTime(2000);
    dispatchEvent(new Event('change'));
    vi.advanceTimersByTime(2000);
    dispatchEvent(new KeyboardEvent('keydown'));
    vi.advanceTimersByTime(2999);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledOnce();
    dispatchEvent(new Event('pointerdown'));
    vi.advanceTimersByTime(10_000);
    expect(run).toHaveBeenCalledOnce();
  });

  it('waits while a write is in flight', () => {
    const run = vi.fn();
    notices.writeStarted();
    whenQuiet(run, 3000);
    vi.advanceTimersByTime(9000);
    expect(run).not.toHaveBeenCalled();
    notices.writeEnded();
    vi.advanceTimersByTime(3000);
    expect(run).toHaveBeenCalledOnce();
  });
});
