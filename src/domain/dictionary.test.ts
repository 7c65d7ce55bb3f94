import { describe, expect, it } from 'vitest';
import { Dictionary } from './dictionary';

describe('Dictionary', () => {
  it('numbers distinct strings in first-seen order, after the ones it starts with', () => {
    const start = ['2027-01-04'];
    const d = new Dictionary(start);
    expect(['2027-01-05', '2027-01-04', '2027-01-05', '', '2027-01-06'].map((s) => d.index(s))).toEqual([1, 0, 1, 2, 3]);
    expect(d.values).toEqual(['2027-01-04', '2027-01-05', '', '2027-01-06']);
    expect(start).toEqual(['2027-01-04']);
  });

  it('finds every string again past the few it scans, whatever the order', () => {
    const d = new Dictionary();
    const keys = Array.from({ length: 40 }, (_, i) => `k${i}`);
    keys.forEach((k, i) => expect(d.index(k)).toBe(i));
    for (const i of [39, 0, 17, 17, 8, 9, 0]) expect(d.index(keys[i])).toBe(i);
    expect(d.values).toEqual(keys);
  });
});
