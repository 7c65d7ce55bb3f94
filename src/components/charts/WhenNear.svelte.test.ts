// @vitest-environment jsdom
// WhenNear builds its content once its place nears the viewport, and at once where the browser cannot tell.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import { createRawSnippet, flushSync } from 'svelte';
import WhenNear from './WhenNear.svelte';

const children = createRawSnippet(() => ({ render: () => '<p>chart</p>' }));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('WhenNear', () => {
  it('holds the place until it comes near the viewport, then builds the content and keeps it', () => {
    let notify: (entries: { isIntersecting: boolean }[]) => void = () => undefined;
    const disconnect = vi.fn();
    vi.stubGlobal('IntersectionObserver', class {
      constructor(callback: typeof notify) { notify = callback; }
      observe() {}
      disconnect = disconnect;
    });
    const { container } = render(WhenNear, { props: { minHeight: 200, children } });
    expect(screen.queryByText('chart')).toBeNull();
    expect((container.firstElementChild as HTMLElement).style.minHeight).toBe('200px');
    notify([{ isIntersecting: false }]);
    flushSync();
    expect(screen.queryByText('chart')).toBeNull();
    notify([{ isIntersecting: true }]);
    flushSync();
    expect(screen.getByText('chart')).toBeTruthy();
    expect(disconnect).toHaveBeenCalled();
  });

  it('builds at once without IntersectionObserver', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    render(WhenNear, { props: { minHeight: 200, children } });
    expect(screen.getByText('chart')).toBeTruthy();
  });
});
