import { describe, expect, it } from 'vitest';
import { formatDate, formatMeasure } from './measurement-format';

describe('measurement format', () => {
  it('formats dates and values for reading', () => {
    expect(formatDate('2027-01-10')).toBe('10 Jan 2027');
    expect(formatDate('2027-01-11', true)).toBe('Mon 11 Jan 2027');
    expect(formatMeasure(84.5, '%')).toBe('84.5 %');
    expect(formatMeasure(1250, 'tickets')).toBe('1,250 tickets');
    expect(formatMeasure(1 / 3, '')).toBe('0.3333');
  });
});
