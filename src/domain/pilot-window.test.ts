import { describe, expect, it } from 'vitest';
import { isInWindow, windowPlace } from './pilot-window';

// The worked example's pilot window (SPEC §4).
const window = { start: '2027-01-04', end: '2027-01-31' };

describe('window (SPEC §4: start ≤ date ≤ end, inclusive)', () => {
  it('counts both edges and nothing outside', () => {
    expect(isInWindow('2027-01-04', window)).toBe(true);
    expect(isInWindow('2027-01-31', window)).toBe(true);
    expect(isInWindow('2027-01-03', window)).toBe(false);
    expect(isInWindow('2027-02-01', window)).toBe(false);
  });
});

describe('windowPlace', () => {
  it('is inclusive at both edges (SPEC §4)', () => {
    expect(windowPlace('2027-01-03', window)).toBe('baseline');
    expect(windowPlace('2027-01-04', window)).toBe('in');
    expect(windowPlace('2027-01-31', window)).toBe('in');
    expect(windowPlace('2027-02-01', window)).toBe('after');
  });
});
