import { describe, expect, it } from 'vitest';
import { parseMinScore, parseWeight } from './number-fields';

describe('parseWeight', () => {
  it('accepts non-negative finite numbers', () => {
    expect(parseWeight('0')).toEqual({ value: 0 });
    expect(parseWeight('12.5')).toEqual({ value: 12.5 });
    expect(parseWeight(' 3 ')).toEqual({ value: 3 });
    expect(parseWeight('1000000')).toEqual({ value: 1_000_000 });
  });

  it('refuses empty, unparseable, negative and huge entries with a message', () => {
    expect(parseWeight('')).toEqual({ error: 'Enter a weight of 0 or more.' });
    expect(parseWeight('', true)).toEqual({ error: 'Enter a number, e.g. 10.' });
    expect(parseWeight('abc')).toEqual({ error: 'Enter a number, e.g. 10.' });
    expect(parseWeight('Infinity')).toEqual({ error: 'Enter a number, e.g. 10.' });
    expect(parseWeight('-1')).toEqual({ error: 'A weight cannot be negative.' });
    expect(parseWeight('1000001')).toEqual({ error: 'Use a weight of at most 1,000,000.' });
  });
});

describe('parseMinScore', () => {
  const scale = { min: 0, max: 5 };
  it('accepts values inside the scale, ends included', () => {
    expect(parseMinScore('0', scale)).toEqual({ value: 0 });
    expect(parseMinScore('2.5', scale)).toEqual({ value: 2.5 });
    expect(parseMinScore('5', scale)).toEqual({ value: 5 });
  });

  it('refuses values outside the scale or not numbers', () => {
    expect(parseMinScore('6', scale)).toEqual({ error: '6 is outside the scale 0–5.' });
    expect(parseMinScore('-1', scale)).toEqual({ error: '-1 is outside the scale 0–5.' });
    expect(parseMinScore('', scale)).toEqual({ error: 'Enter a minimum score between 0 and 5.' });
    expect(parseMinScore('x', scale)).toEqual({ error: 'Enter a minimum score between 0 and 5.' });
  });
});
