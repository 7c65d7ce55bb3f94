// Writing contracts (SPEC §11, format version 2): canonical keys, defaults written, optional fields left
// out, rows grouped by service level in stored order, and the contract example surviving export → import unchanged.
import { describe, expect, it } from 'vitest';
import { readFixture } from '../../tests/fixtures/paths';
import type { Assessment } from '../domain/types';
import { exportAssessment } from './export';
import { imported, type Json } from './test-documents';

const T1 = '2027-05-02T09:00:00.000Z';
const T2 = '2027-06-01T09:00:00.000Z';

const NAMES = ['examples/contract-assessment.json', ...[1, 2, 3, 4].map((i) => `examples/contract-vectors/contract-vector-${i}.json`)];

describe('contracts round trip', () => {
  it('contract-assessment.json: validate → export → validate gives the same assessment', () => {
    const first = imported(readFixture(NAMES[0]));
    expect(imported(exportAssessment(first, T1))).toEqual(first);
  });

  // The vectors list scores and rows in no particular order, which export makes canonical (rows grouped
  // by service level, each one's in its order): their contracts stay, the rows of each service level too.
  const bySl = (a: Assessment) => a.contracts.map((c) => ({ ...c, measurements: c.serviceLevels.flatMap((s) => c.measurements.filter((m) => m.serviceLevelId === s.id)) }));
  it.each(NAMES)('%s: the same contracts after export → import, and the same text on a second export', (name) => {
    const first = imported(readFixture(name));
    const text = exportAssessment(first, T1);
    const second = imported(text);
    expect(second.contracts).toEqual(bySl(first));
    expect(second.contracts.length).toBeGreaterThan(0);
    expect(exportAssessment(second, T2).replace(T2, T1)).toBe(text);
  });

  it('writes the contract example as the file has it: every field, in the schema order', () => {
    const file = JSON.parse(readFixture('examples/contract-assessment.json'));
    const out = JSON.parse(exportAssessment(imported(JSON.stringify(file)), T1));
    expect(out.version).toBe(2);
    expect(out.assessment.contracts).toEqual(file.assessment.contracts);
    expect(JSON.stringify(out.assessment.contracts)).toBe(JSON.stringify(file.assessment.contracts));
  });
});

describe('contract layout', () => {
  const a = imported(readFixture('examples/contract-assessment.json'));

  function exported(edit: (contract: Assessment['contracts'][number]) => void): Json {
    const copy = structuredClone(a);
    edit(copy.contracts[0]);
    return JSON.parse(exportAssessment(copy, T1)).assessment.contracts[0];
  }

  it('writes the defaults, leaves out absent optional fields, puts the extension fields last', () => {
    const c = exported((c) => {
      delete c.pilotId;
      delete c.months;
      c.reviews[0].attendees = 'Ana, Ben';
      c.reviews.push({ id: 'w1', date: '2027-02-10', kind: 'weekly', actions: [{ id: 'a9', text: 'Check AHT', status: 'open', serviceLevelId: 'aht', month: '2027-02' }] });
    });
    expect(Object.keys(c)).toEqual([
      'id', 'name', 'vendorId', 'start', 'currency', 'monthlyCharges', 'atRiskPercent', 'poolPercent', 'earnBackMonths', 'bonusPercent',
      'missingDataIsMiss', 'serviceLevels', 'measurements', 'reviews',
    ]);
    expect(Object.keys(c.serviceLevels[2])).toEqual(['id', 'name', 'unit', 'direction', 'proportion', 'aggregate', 'minimum', 'expected', 'allocationPercent']);
    expect(Object.keys(c.measurements[0])).toEqual(['serviceLevelId', 'date', 'value', 'n']);
    expect(Object.keys(c.reviews[0])).toEqual(['id', 'date', 'kind', 'title', 'notes', 'actions', 'attendees']);
    expect(c.reviews[1]).toEqual({ id: 'w1', date: '2027-02-10', kind: 'weekly', actions: [{ id: 'a9', text: 'Check AHT', status: 'open', serviceLevelId: 'aht', month: '2027-02' }] });
  });

  it("groups rows by service level, keeping each one's rows in stored order (it decides `last` on equal dates), and never writes unknown fields", () => {
    const c = exported((c) => {
      c.measurements.reverse();
      (c as unknown as Json).draft = true;
      (c.serviceLevels[0] as unknown as Json).selected = true;
    });
    expect(c.measurements[0]).toEqual({ serviceLevelId: 'csat', date: '2027-04-30', value: 85.2, n: 1250 });
    expect(c.measurements.at(-1)).toEqual({ serviceLevelId: 'backlog', date: '2027-01-31', value: 120 });
    expect(c).not.toHaveProperty('draft');
    expect(c.serviceLevels[0]).not.toHaveProperty('selected');
  });
});
