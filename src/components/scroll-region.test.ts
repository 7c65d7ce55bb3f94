// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scrollsSideways } from './scroll-region';

/** A ResizeObserver that reports only when told to, as a browser does after layout. */
class ManualObserver {
  static all: ManualObserver[] = [];
  readonly watched: Element[] = [];
  constructor(readonly callback: () => void) {
    ManualObserver.all.push(this);
  }
  observe(el: Element) {
    this.watched.push(el);
  }
  disconnect() {}
  report() {
    this.callback();
  }
}

function box(scrollWidth: number, clientWidth: number): { el: HTMLElement; reads: () => number } {
  const el = document.createElement('div');
  el.append(document.createElement('table'));
  let reads = 0;
  Object.defineProperty(el, 'scrollWidth', { get: () => (reads++, scrollWidth) });
  Object.defineProperty(el, 'clientWidth', { get: () => clientWidth });
  return { el, reads: () => reads };
}

afterEach(() => {
  vi.unstubAllGlobals();
  ManualObserver.all = [];
});

describe('scrollsSideways', () => {
  it('measures nothing while the screen is being built: the observer’s first report after layout does', () => {
    vi.stubGlobal('ResizeObserver', ManualObserver);
    const { el, reads } = box(900, 600);
    const detach = scrollsSideways('Ranking table')(el);
    expect(reads()).toBe(0);
    expect(el.getAttribute('role')).toBeNull();
    const [observer] = ManualObserver.all;
    expect(observer.watched).toEqual([el, el.firstElementChild]);
    observer.report();
    expect([el.getAttribute('role'), el.getAttribute('aria-label'), el.tabIndex]).toEqual(['region', 'Ranking table (scrolls sideways)', 0]);
    if (typeof detach === 'function') detach();
  });

  it('is a plain box when everything fits, and decides at once without a ResizeObserver', () => {
    vi.stubGlobal('ResizeObserver', undefined);
    const { el } = box(600, 600);
    el.setAttribute('role', 'region');
    scrollsSideways('Ranking table')(el);
    expect(el.getAttribute('role')).toBeNull();
  });
});
