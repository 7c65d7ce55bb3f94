import { describe, expect, it } from 'vitest';
import { shownCoverage } from './coverage-display';

describe('shownCoverage', () => {
  it('is 1 only when everything is scored, and never rounds up to 100 % otherwise', () => {
    expect(shownCoverage(1)).toBe(1);
    expect(shownCoverage(1 - 1e-13)).toBe(1);
    expect(shownCoverage(0.9996)).toBe(0.999);
    expect(shownCoverage(0.675)).toBe(0.675);
  });
});
