import { describe, expect, it } from 'vitest';
import { rubricBands } from './rubric-bands';

describe('rubricBands', () => {
  it('lists each value of the default 0..5 scale with its template label', () => {
    expect(rubricBands({ min: 0, max: 5 }).map((b) => [b.from, b.to, b.label])).toEqual([
      [0, 0, 'Absent'],
      [1, 1, 'Weak'],
      [2, 2, 'Below expectations'],
      [3, 3, 'Meets expectations'],
      [4, 4, 'Exceeds expectations'],
      [5, 5, 'Outstanding'],
    ]);
  });

  it('groups values that read the same on a longer scale', () => {
    expect(rubricBands({ min: 0, max: 10 }).map((b) => [b.from, b.to, b.label])).toEqual([
      [0, 1, 'Absent'],
      [2, 3, 'Weak'],
      [4, 5, 'Below expectations'],
      [6, 7, 'Meets expectations'],
      [8, 9, 'Exceeds expectations'],
      [10, 10, 'Outstanding'],
    ]);
  });

  it('covers a huge scale without walking every value', () => {
    const bands = rubricBands({ min: 1, max: 1_000_001 });
    expect(bands).toHaveLength(6);
    expect(bands[0].from).toBe(1);
    expect(bands.at(-1)!.to).toBe(1_000_001);
    for (let i = 1; i < bands.length; i++) expect(bands[i].from).toBe(bands[i - 1].to + 1);
  });

  it('is empty for a scale that is not a range', () => {
    expect(rubricBands({ min: 5, max: 5 })).toEqual([]);
  });

  it('shows the same labels on a 1..3 scale by position', () => {
    expect(rubricBands({ min: 1, max: 3 }).map((b) => b.label)).toEqual(['Absent', 'Below expectations', 'Outstanding']);
  });
});
