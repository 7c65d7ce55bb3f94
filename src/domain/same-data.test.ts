import { describe, expect, it } from 'vitest';
import { changedFields, sameData } from './same-data';

describe('sameData', () => {
  it('ignores the order of object keys and absent versus undefined properties', () => {
    expect(sameData({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(sameData({ a: 1, note: undefined }, { a: 1 })).toBe(true);
  });
  it('tells any difference in a value, an array length or a nested field', () => {
    expect(sameData({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameData([1, 2], [1, 2, 3])).toBe(false);
    expect(sameData({ v: { notes: 'x' } }, { v: { notes: 'y' } })).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, b: 0 })).toBe(false);
    expect(sameData(null, {})).toBe(false);
    expect(sameData([], {})).toBe(false);
  });
});

describe('changedFields', () => {
  it('keeps only what differs', () => {
    expect(changedFields({ a: 1, b: 'x', c: [1] }, { a: 1, b: 'y', c: [1, 2] })).toEqual({ b: 'y', c: [1, 2] });
    expect(changedFields({ a: 1 }, { a: 1 })).toEqual({});
  });
});
