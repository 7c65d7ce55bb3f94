// Hostile CSV the other CSV tests leave out (SPEC §6; SPEC §10 "Bad input never changes stored
// data"): garbage after a closing quote, and duplicate or empty headers. Each is rejected with its
// line, or sent to the mapping step with the reason, never guessed silently.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { dialectOf, readMeasurementRecords, TARGET } from './test-helpers';

function read(text: string) {
  const dialect = dialectOf(text);
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: dialect.delimiter, newline: dialect.newline, quoteChar: '"' });
  return readMeasurementRecords(parsed.data, TARGET, dialect, undefined, parsed.errors);
}

describe('hostile CSV', () => {
  it('rejects a row with garbage after a closing quote, naming its line; rows before it are kept', () => {
    const { rows, rejected } = read('date,kpi,value,n,note\n2027-01-04,csat,80,,"fine"\n2027-01-05,csat,81,,"quoted" then garbage\n');
    expect(rows).toEqual([{ kpiId: 'csat', date: '2027-01-04', value: 80, note: 'fine' }]);
    expect(rejected.map((r) => r.line)).toEqual([3]);
    expect(rejected[0].reason).toMatch(/stray " character/);
  });

  it('never guesses between two columns of the same name: the mapping step is asked first', () => {
    // The worker asks for the mapping whenever `exact` is false (worker-host.ts, state/csv-import-flow.svelte.ts).
    const { reader } = read('date,kpi,value,Value,note\n2027-01-04,csat,80,81,\n');
    expect(reader.headers).toEqual(['date', 'kpi', 'value', 'Value', 'note']);
    expect(reader.exact).toBe(false);
    expect(read('date,kpi,value,n,note\n2027-01-04,csat,80,,\n').reader.exact).toBe(true);
  });

  it('an empty header leaves its field unmapped, and says which field is missing', () => {
    const { reader, rows } = read('date,,value,n,note\n2027-01-04,csat,80,,\n');
    expect(reader.exact).toBe(false);
    expect(rows).toEqual([]);
    expect(reader.suggestedProblem()).toMatch(/KPI/i);
  });

  it('a header of empty names only: every required field is reported missing, nothing is read', () => {
    const { reader, rows, rejected } = read(',,,,\n2027-01-04,csat,80,,\n');
    expect([rows, rejected]).toEqual([[], []]);
    expect(reader.suggestedProblem()).toMatch(/date/i);
  });
});
