import { describe, expect, it } from 'vitest';
import { termText } from './term-text';

describe('termText', () => {
  it('names the first and last month of a finite term, and says when it is open-ended', () => {
    expect(termText({ start: '2027-01-01', months: 12 })).toBe('January 2027 – December 2027 (12 months)');
    expect(termText({ start: '2027-11-01', months: 1 })).toBe('November 2027 – November 2027 (1 month)');
    expect(termText({ start: '2027-04-01' })).toBe('From April 2027, open-ended');
  });
});
