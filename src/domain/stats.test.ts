// Wilson score interval (SPEC §4) against published values.
import { describe, expect, it } from 'vitest';
import { mean, weightedMean, wilsonInterval, Z95 } from './stats';

describe('wilsonInterval', () => {
  it('uses the z of SPEC §4', () => {
    expect(Z95).toBe(1.959964);
  });

  it('matches Newcombe (1998) Table I, example (c): 81 of 263 → 0.2553–0.3662', () => {
    const [low, high] = wilsonInterval(81 / 263, 263);
    expect(low).toBeCloseTo(0.2553, 4);
    expect(high).toBeCloseTo(0.3662, 4);
  });

  it('matches Newcombe (1998) examples (a) 15/148 → 0.0624–0.1605 and (e) 0/20 → 0–0.1611', () => {
    const [aLow, aHigh] = wilsonInterval(15 / 148, 148);
    expect(aLow).toBeCloseTo(0.0624, 4);
    expect(aHigh).toBeCloseTo(0.1605, 4);
    const [eLow, eHigh] = wilsonInterval(0, 20);
    expect(eLow).toBe(0);
    expect(eHigh).toBeCloseTo(0.1611, 4);
  });

  it('p = 0.5, n = 100 is symmetric: 0.4038–0.5962', () => {
    const [low, high] = wilsonInterval(0.5, 100);
    expect(low).toBeCloseTo(0.40383, 5);
    expect(high).toBeCloseTo(0.59617, 5);
    expect(low + high).toBeCloseTo(1, 12);
  });

  it('p = 1 stays inside 0..1 and reaches 1 exactly', () => {
    const [low, high] = wilsonInterval(1, 20);
    expect(low).toBeCloseTo(0.8389, 4);
    expect(high).toBe(1);
  });

  it('gives the SPEC §4 reason intervals (74.2 % and 78.2 % over 640)', () => {
    expect(wilsonInterval(0.742, 640).map((x) => Math.round(x * 1000) / 10)).toEqual([70.7, 77.4]);
    expect(wilsonInterval(0.782, 640).map((x) => Math.round(x * 1000) / 10)).toEqual([74.8, 81.2]);
  });

  it('the worked example: z = 1.959964 as specified vs the exact quantile of the expected file', () => {
    const [low, high] = wilsonInterval(0.865, 800);
    expect(low * 100).toBeCloseTo(83.95682488175, 10);
    expect(high * 100).toBeCloseTo(88.69431714975, 10);
    const [xLow, xHigh] = wilsonInterval(0.865, 800, 1.959963984540054);
    expect(xLow * 100).toBeCloseTo(83.95682490318882, 10);
    expect(xHigh * 100).toBeCloseTo(88.69431713379684, 10);
  });

  it('takes another z (90 %: 1.644854) and narrows', () => {
    // 0.5 ± (z / (1 + z²/100)) × √(0.0025 + z²/40000) = 0.5 ± 0.081152
    const [low, high] = wilsonInterval(0.5, 100, 1.644854);
    expect(low).toBeCloseTo(0.418848, 6);
    expect(high - low).toBeLessThan(0.59617 - 0.40383);
  });

  it('clamps p outside 0..1 and refuses n ≤ 0 or non-finite input', () => {
    expect(wilsonInterval(1.04, 20)).toEqual(wilsonInterval(1, 20));
    expect(wilsonInterval(-0.1, 20)).toEqual(wilsonInterval(0, 20));
    expect(() => wilsonInterval(0.5, 0)).toThrow(RangeError);
    expect(() => wilsonInterval(Number.NaN, 10)).toThrow(RangeError);
  });
});

describe('mean and weightedMean', () => {
  it('average plainly and by weight, null when empty', () => {
    expect(mean([72, 74])).toBe(73);
    expect(mean([])).toBeNull();
    expect(weightedMean([84, 88], [300, 500])).toBe(86.5);
    expect(weightedMean([1], [0])).toBeNull();
    expect(() => weightedMean([1, 2], [1])).toThrow(RangeError);
  });
});
