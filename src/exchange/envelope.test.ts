import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, errorLines, FORMAT, formatError, formatImportErrors, MAX_FILE_BYTES } from './envelope';

describe('format constants', () => {
  it('name the v2 envelope and a 50 MB limit', () => {
    expect([FORMAT, CURRENT_VERSION, MAX_FILE_BYTES]).toEqual(['bpo-workbench/assessment', 2, 52_428_800]);
  });
});

describe('formatImportErrors', () => {
  it('writes "path: message", or the message alone for the whole file', () => {
    expect(formatError({ path: 'assessment.scores[12].value', message: '7 is outside the scale 0–5' })).toBe(
      'assessment.scores[12].value: 7 is outside the scale 0–5',
    );
    expect(formatError({ path: '', message: 'The file is empty.' })).toBe('The file is empty.');
  });

  it('lists up to 20 errors, then "… and N more"', () => {
    const errors = Array.from({ length: 23 }, (_, i) => ({ path: `assessment.vendors[${i}].name`, message: 'must not be empty' }));
    const lines = formatImportErrors(errors).split('\n');
    expect(lines).toHaveLength(21);
    expect(lines[0]).toBe('assessment.vendors[0].name: must not be empty');
    expect(lines[19]).toBe('assessment.vendors[19].name: must not be empty');
    expect(lines[20]).toBe('… and 3 more');
  });

  it('adds nothing when everything fits', () => {
    const errors = Array.from({ length: 20 }, (_, i) => ({ path: `p${i}`, message: 'm' }));
    expect(errorLines(errors)).toHaveLength(20);
    expect(errorLines(errors).at(-1)).toBe('p19: m');
    expect(formatImportErrors([])).toBe('');
    expect(errorLines(errors, 5).at(-1)).toBe('… and 15 more');
  });
});
