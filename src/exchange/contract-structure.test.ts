// Reading contracts (SPEC §11, format version 2): the shared contract example and vectors are valid,
// the schema's defaults are filled, and each structural and semantic rule names its place.
import { describe, expect, it } from 'vitest';
import { readFixture } from '../../tests/fixtures/paths';
import type { ImportError } from './envelope';
import { importAssessmentText } from './import';
import type { Json } from './test-documents';
import { validateEnvelope } from './validate';

const VECTORS = [1, 2, 3, 4].map((i) => `examples/contract-vectors/contract-vector-${i}.json`);

/** A fresh copy of the contract example (version 2, one contract with three service levels). */
function contractDoc(): Json {
  return JSON.parse(readFixture('examples/contract-assessment.json'));
}

/** The errors of the contract example after `edit` changed its first contract. */
function errorsAfter(edit: (contract: Json, assessment: Json) => void): ImportError[] {
  const doc = contractDoc();
  edit(doc.assessment.contracts[0], doc.assessment);
  const result = validateEnvelope(doc);
  return result.ok ? [] : result.errors;
}

const C = 'assessment.contracts[0]';

describe('valid contract files', () => {
  it.each(['examples/contract-assessment.json', ...VECTORS])('%s is valid', (name) => {
    const result = importAssessmentText(readFixture(name));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('reads the example contract field by field', () => {
    const result = validateEnvelope(contractDoc());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [contract] = result.assessment.contracts;
    expect(contract).toMatchObject({ id: 'northwind-2027', vendorId: 'northwind', pilotId: 'northwind-q1', start: '2027-01-01', months: 12, monthlyCharges: 200_000 });
    expect(contract.serviceLevels.map((s) => [s.id, s.allocationPercent])).toEqual([['csat', 40], ['aht', 60], ['backlog', 0]]);
    expect(contract.measurements[0]).toEqual({ serviceLevelId: 'csat', date: '2027-01-31', value: 79.5, n: 1200 });
    expect(contract.measurements[4]).toEqual({ serviceLevelId: 'aht', date: '2027-01-31', value: 410 });
    expect(contract.reviews[0].actions[0]).toEqual({
      id: 'a1', text: 'Refresher on the new billing flows for all agents', owner: 'Northwind training lead', due: '2027-03-20', status: 'done',
    });
  });

  it('fills the schema defaults of a contract, a service level and a review', () => {
    const doc = contractDoc();
    const contract = doc.assessment.contracts[0];
    for (const key of ['pilotId', 'months', 'atRiskPercent', 'poolPercent', 'earnBackMonths', 'bonusPercent', 'missingDataIsMiss', 'reviews']) delete contract[key];
    delete contract.serviceLevels[0].proportion;
    delete contract.serviceLevels[0].aggregate;
    contract.reviews = [{ id: 'r', date: '2027-02-03', kind: 'weekly' }];
    const result = validateEnvelope(doc);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const read = result.assessment.contracts[0];
    expect(read).toMatchObject({ atRiskPercent: 12, poolPercent: 250, earnBackMonths: 3, bonusPercent: 0, missingDataIsMiss: true });
    expect('pilotId' in read || 'months' in read).toBe(false);
    expect(read.serviceLevels[0]).toMatchObject({ proportion: false, aggregate: 'mean' });
    expect(read.reviews).toEqual([{ id: 'r', date: '2027-02-03', kind: 'weekly', actions: [] }]);
  });

  it('takes an assessment without "contracts" as having none', () => {
    const doc = contractDoc();
    delete doc.assessment.contracts;
    const result = validateEnvelope(doc);
    expect(result.ok && result.assessment.contracts).toEqual([]);
  });

  it("keeps a review's attendees and an action's service level and month", () => {
    const doc = contractDoc();
    const review = doc.assessment.contracts[0].reviews[0];
    review.attendees = 'Ana, Ben';
    review.actions.push({ id: 'a2', text: 'Root-cause the AHT breach', status: 'open', serviceLevelId: 'aht', month: '2027-02' });
    const result = validateEnvelope(doc);
    expect(result.ok && result.assessment.contracts[0].reviews[0]).toMatchObject({
      attendees: 'Ana, Ben',
      actions: [{ id: 'a1' }, { id: 'a2', text: 'Root-cause the AHT breach', status: 'open', serviceLevelId: 'aht', month: '2027-02' }],
    });
  });
});

describe('semantic rules of SPEC §11, each at its place', () => {
  it('contract ids are unique across the assessment', () => {
    expect(errorsAfter((c, a) => a.contracts.push({ ...structuredClone(c), name: 'Renewal' }))).toEqual([
      { path: 'assessment.contracts[1].id', message: '"northwind-2027" is already used by assessment.contracts[0] (ids must be unique)' },
    ]);
  });

  it('service level, review and action ids are unique within a contract, and may repeat in another', () => {
    expect(errorsAfter((c) => c.serviceLevels.push({ ...c.serviceLevels[0], allocationPercent: 0 }))).toEqual([
      { path: `${C}.serviceLevels[3].id`, message: `"csat" is already used by ${C}.serviceLevels[0] (ids must be unique)` },
    ]);
    expect(errorsAfter((c) => c.reviews.push({ ...structuredClone(c.reviews[0]), actions: [] }))).toEqual([
      { path: `${C}.reviews[1].id`, message: `"mr-2027-02" is already used by ${C}.reviews[0] (ids must be unique)` },
    ]);
    expect(errorsAfter((c) => c.reviews.push({ id: 'qbr', date: '2027-04-10', kind: 'quarterly', actions: [{ id: 'a1', text: 'Again', status: 'open' }] }))).toEqual([
      { path: `${C}.reviews[1].actions[0].id`, message: `"a1" is already used by ${C}.reviews[0].actions[0] (ids must be unique)` },
    ]);
    expect(errorsAfter((c, a) => a.contracts.push({ ...structuredClone(c), id: 'renewal' }))).toEqual([]);
  });

  it('vendorId, pilotId and serviceLevelId resolve', () => {
    expect(errorsAfter((c) => (c.vendorId = 'globex'))).toEqual([
      { path: `${C}.vendorId`, message: 'refers to vendor "globex", which is not in the file' },
    ]);
    expect(errorsAfter((c) => (c.pilotId = 'contoso-q1'))).toEqual([
      { path: `${C}.pilotId`, message: 'refers to pilot "contoso-q1", which is not in the file' },
    ]);
    expect(errorsAfter((c) => (c.measurements[2].serviceLevelId = 'fcr'))).toEqual([
      { path: `${C}.measurements[2].serviceLevelId`, message: 'refers to service level "fcr", which is not in this contract' },
    ]);
    expect(errorsAfter((c) => (c.reviews[0].actions[0].serviceLevelId = 'fcr'))).toEqual([
      { path: `${C}.reviews[0].actions[0].serviceLevelId`, message: 'refers to service level "fcr", which is not in this contract' },
    ]);
  });

  it('start is the first day of a month', () => {
    expect(errorsAfter((c) => (c.start = '2027-01-15'))).toEqual([
      { path: `${C}.start`, message: '2027-01-15 is not the first day of a month: a contract starts on the 1st (e.g. 2027-01-01)' },
    ]);
  });

  it('the allocations add up to at most the pool', () => {
    expect(errorsAfter((c) => (c.poolPercent = 90))).toEqual([
      { path: `${C}.serviceLevels`, message: 'the allocations add up to 100 %, more than the pool of 90 % (poolPercent)' },
    ]);
    expect(errorsAfter((c) => (c.poolPercent = 100))).toEqual([]);
  });

  it('expected is not on the worse side of minimum', () => {
    expect(errorsAfter((c) => (c.serviceLevels[2].direction = 'higher'))).toEqual([
      { path: `${C}.serviceLevels[2].expected`, message: 'must be ≥ minimum 150 for a higher-is-better service level' },
    ]);
    expect(errorsAfter((c) => (c.serviceLevels[0].expected = 79))).toEqual([
      { path: `${C}.serviceLevels[0].expected`, message: 'must be ≥ minimum 80 for a higher-is-better service level' },
    ]);
    expect(errorsAfter((c) => (c.serviceLevels[1].expected = 430))).toEqual([
      { path: `${C}.serviceLevels[1].expected`, message: 'must be ≤ minimum 420 for a lower-is-better service level' },
    ]);
  });

  it('an allocated higher-is-better service level expects more than 0', () => {
    expect(errorsAfter((c) => Object.assign(c.serviceLevels[0], { minimum: 0, expected: 0 }))).toEqual([
      { path: `${C}.serviceLevels[0].expected`, message: 'must be greater than 0 for a higher-is-better service level with an allocation (got 0)' },
    ]);
  });

  it('all numbers are finite, within the bounds a measurement of a pilot has', () => {
    expect(errorsAfter((c) => (c.monthlyCharges = Infinity))).toEqual([{ path: `${C}.monthlyCharges`, message: 'must be a finite number (got Infinity)' }]);
    expect(errorsAfter((c) => (c.serviceLevels[1].minimum = Number.NaN))).toEqual([
      { path: `${C}.serviceLevels[1].minimum`, message: 'must be a finite number (got NaN)' },
    ]);
    expect(errorsAfter((c) => (c.measurements[0].value = 1e13))).toEqual([{ path: `${C}.measurements[0].value`, message: 'must be ≤ 1000000000000 (got 10000000000000)' }]);
    expect(errorsAfter((c) => (c.measurements[0].n = 0.5))).toEqual([{ path: `${C}.measurements[0].n`, message: 'must be a whole number (got 0.5)' }]);
    expect(errorsAfter((c) => (c.monthlyCharges = 2e12))).toEqual([{ path: `${C}.monthlyCharges`, message: 'must be ≤ 1000000000000 (got 2000000000000)' }]);
  });
});

describe('structural rules of the contract schema', () => {
  it('refuses charges and an at-risk share of 0 or less, and terms out of range', () => {
    expect(
      errorsAfter((c) => Object.assign(c, { monthlyCharges: 0, atRiskPercent: -1, months: 0, earnBackMonths: 1.5, bonusPercent: 101, poolPercent: -1 })),
    ).toEqual([
      { path: `${C}.months`, message: 'must be ≥ 1 (got 0)' },
      { path: `${C}.monthlyCharges`, message: 'must be greater than 0 (got 0)' },
      { path: `${C}.atRiskPercent`, message: 'must be greater than 0 (got -1)' },
      { path: `${C}.poolPercent`, message: 'must be ≥ 0 (got -1)' },
      { path: `${C}.earnBackMonths`, message: 'must be a whole number (got 1.5)' },
      { path: `${C}.bonusPercent`, message: 'must be ≤ 100 (got 101)' },
    ]);
    expect(errorsAfter((c) => (c.atRiskPercent = 100.5))).toEqual([{ path: `${C}.atRiskPercent`, message: 'must be ≤ 100 (got 100.5)' }]);
  });

  it('names each missing or wrong field of a contract, service level, row, review and action', () => {
    expect(
      errorsAfter((c) => {
        delete c.currency;
        c.serviceLevels[0].allocationPercent = 120;
        c.serviceLevels[1].aggregate = 'median';
        c.measurements[3].date = '2027-02-30';
        c.reviews[0].kind = 'yearly';
        c.reviews[0].actions[0].status = 'closed';
        c.reviews[0].actions[0].month = '2027-3';
        c.reviews[0].actions[0].due = 'soon';
      }),
    ).toEqual([
      { path: `${C}.currency`, message: 'is required' },
      { path: `${C}.serviceLevels[0].allocationPercent`, message: 'must be ≤ 100 (got 120)' },
      { path: `${C}.serviceLevels[1].aggregate`, message: 'must be one of mean, last, sum, min, max (got "median")' },
      { path: `${C}.measurements[3].date`, message: '"2027-02-30" is not a real calendar date' },
      { path: `${C}.reviews[0].kind`, message: 'must be one of weekly, monthly, quarterly (got "yearly")' },
      { path: `${C}.reviews[0].actions[0].due`, message: '"soon" is not a date in the form YYYY-MM-DD' },
      { path: `${C}.reviews[0].actions[0].status`, message: 'must be one of open, done, dropped (got "closed")' },
      { path: `${C}.reviews[0].actions[0].month`, message: '"2027-3" is not a month in the form YYYY-MM' },
    ]);
  });

  it('refuses a currency that is not an ISO code and more than 100 contracts', () => {
    expect(errorsAfter((c) => (c.currency = 'euro'))).toEqual([
      { path: `${C}.currency`, message: '"euro" is not a currency code: use 3 capital letters, e.g. EUR' },
    ]);
    const many = errorsAfter((c, a) => (a.contracts = Array.from({ length: 101 }, (_, i) => ({ ...structuredClone(c), id: `c${i}` }))));
    expect(many).toEqual([{ path: 'assessment.contracts', message: 'has 101 items; at most 100 are allowed' }]);
  });
});
