import { describe, expect, it } from 'vitest';
import { scrollToReveal, virtualWindow } from './virtual-window';

describe('virtualWindow', () => {
  const base = { rowHeight: 40, viewportHeight: 400, rowCount: 100_000, overscan: 5 };

  it('renders the visible rows plus the overscan below at the top', () => {
    expect(virtualWindow({ ...base, scrollTop: 0 })).toEqual({ start: 0, end: 15, offset: 0, totalHeight: 4_000_000 });
  });

  it('renders the overscan on both sides in the middle, including a partly visible row', () => {
    // scrollTop 1,020 px: row 25 is partly hidden at the top, rows 25..35 are (partly) visible.
    const w = virtualWindow({ ...base, scrollTop: 1020 });
    expect(w).toEqual({ start: 20, end: 41, offset: 800, totalHeight: 4_000_000 });
    expect(w.end - w.start).toBeLessThan(30);
  });

  it('stops at the last row and clamps an overscroll past the end', () => {
    const end = virtualWindow({ ...base, scrollTop: 4_000_000 - 400 });
    expect(end).toMatchObject({ start: 99_985, end: 100_000, offset: 99_985 * 40 });
    expect(virtualWindow({ ...base, scrollTop: 9e9 })).toEqual(end);
  });

  it('treats a negative (elastic) scroll as the top', () => {
    expect(virtualWindow({ ...base, scrollTop: -120 })).toEqual(virtualWindow({ ...base, scrollTop: 0 }));
  });

  it('renders everything when the rows fit, and nothing when there are none', () => {
    expect(virtualWindow({ ...base, rowCount: 3, scrollTop: 0 })).toEqual({ start: 0, end: 3, offset: 0, totalHeight: 120 });
    expect(virtualWindow({ ...base, rowCount: 0, scrollTop: 50 })).toEqual({ start: 0, end: 0, offset: 0, totalHeight: 0 });
  });

  it('renders only the overscan when the viewport has no height yet', () => {
    expect(virtualWindow({ ...base, viewportHeight: 0, scrollTop: 0 })).toMatchObject({ start: 0, end: 5 });
  });

  it('refuses a row height that is not positive', () => {
    expect(() => virtualWindow({ ...base, rowHeight: 0, scrollTop: 0 })).toThrow(RangeError);
  });
});

describe('scrollToReveal', () => {
  it('scrolls up or down just enough, or not at all', () => {
    expect(scrollToReveal(5, 400, 400, 40)).toBe(200); // above: align its top
    expect(scrollToReveal(30, 400, 400, 40)).toBe(840); // below: align its bottom
    expect(scrollToReveal(12, 400, 400, 40)).toBe(400); // visible: stay
  });
});
