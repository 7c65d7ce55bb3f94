import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../../tests/fixtures/paths';
import { contractReport, evaluateContract } from './evaluate';
import { type Row, WORKED_AHT, WORKED_CSAT, WORKED_ROWS, withValue, workedContract } from './test-contract';
import { CONTRACT_DEFAULTS, type Contract } from './contract-types';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A contract of a version-2 file with the format's defaults filled in (SPEC §11). */
function contractOf(json: Json): Contract {
  return {
    ...CONTRACT_DEFAULTS,
    reviews: [],
    ...json,
    serviceLevels: json.serviceLevels.map((s: Json) => ({ proportion: false, aggregate: 'mean', ...s })),
  } as unknown as Contract; // the file is trusted here: it is a published test vector
}

function readJson(name: string): Json {
  return JSON.parse(readFileSync(fixturePath(name), 'utf8'));
}

/** Numbers to 1e-6 (full precision in the files), everything else exactly, every key of the expected value. */
function expectClose(actual: unknown, expected: unknown, where: string): void {
  if (typeof expected === 'number') {
    expect(typeof actual, where).toBe('number');
    expect(Math.abs((actual as number) - expected), `${where}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1e-6);
  } else if (Array.isArray(expected)) {
    expect((actual as unknown[]).length, where).toBe(expected.length);
    expected.forEach((e, i) => expectClose((actual as unknown[])[i], e, `${where}[${i}]`));
  } else if (expected !== null && typeof expected === 'object') {
    expect(Object.keys(actual as Json).sort(), where).toEqual(Object.keys(expected).sort());
    for (const [key, value] of Object.entries(expected)) expectClose((actual as Json)[key], value, `${where}.${key}`);
  } else {
    expect(actual, where).toBe(expected);
  }
}

const FILES = ['examples/contract-assessment', ...[1, 2, 3, 4].map((i) => `examples/contract-vectors/contract-vector-${i}`)];

describe('contracts (SPEC §11)', () => {
  it.each(FILES)('%s gives the expected months, credits, earn-back, bonus and totals', (name) => {
    const expected = readJson(`${name}.expected.json`);
    const file = readJson(`${name}.json`);
    const contracts = file.assessment.contracts.map((c: Json) => contractReport(evaluateContract(contractOf(c), expected.asOf)));
    expectClose(contracts, expected.contracts, name);
  });

  const csat = WORKED_CSAT;
  const aht = WORKED_AHT;
  const worked = (rows: Row[], levels = [csat, aht], partial: Partial<Contract> = {}): Contract => workedContract(rows, { serviceLevels: levels, ...partial });

  it("earns January's CSAT credit back with February to April met-expected, and pays it as soon as February is not", () => {
    const months = [...WORKED_ROWS];
    const january = (asOf: string, rows = months) => evaluateContract(worked(rows), asOf).months[0].serviceLevels[0];
    expect(evaluateContract(worked(months), '2027-05-01').atRisk).toBe(24_000);
    expect(january('2027-02-01')).toMatchObject({ status: 'breach', credit: 9_600, creditState: 'pending' });
    expect(january('2027-04-15')).toMatchObject({ creditState: 'pending' }); // February and March met, April in progress
    expect(january('2027-05-01')).toMatchObject({ creditState: 'earned-back' });
    const februaryAt84 = withValue(months, 'csat', '2027-02-28', 84);
    expect(january('2027-03-01', februaryAt84)).toMatchObject({ creditState: 'payable' });
  });

  it('caps a month whose credits exceed the amount at risk, in proportion', () => {
    const both: Row[] = [['csat', '2027-01-31', 70], ['aht', '2027-01-31', 500]];
    const even = evaluateContract(worked(both), '2027-02-01').months[0];
    expect(even.serviceLevels.map((s) => s.credit)).toEqual([9_600, 14_400]);
    expect(even.capped).toBe(false);
    const heavy = evaluateContract(worked(both, [{ ...csat, allocationPercent: 80 }, aht]), '2027-02-01').months[0];
    expect(heavy.capped).toBe(true);
    expect(heavy.serviceLevels[0].credit).toBeCloseTo(13_714.29, 2);
    expect(heavy.serviceLevels[1].credit).toBeCloseTo(10_285.71, 2);
    expect(heavy.serviceLevels[0].credit + heavy.serviceLevels[1].credit).toBeCloseTo(24_000, 9);
  });

  it('leaves the month in progress and months outside the term unreported, and never credits a key measure', () => {
    const keyMeasure = { ...aht, allocationPercent: 0 };
    const c = { ...worked([['csat', '2026-12-31', 10], ['csat', '2027-01-31', 90], ['aht', '2027-01-31', 900], ['csat', '2027-02-10', 10]], [csat, keyMeasure]), months: 1 };
    const evaluation = evaluateContract(c, '2027-03-15');
    expect(evaluation.months.map((m) => m.month)).toEqual([2027 * 12]); // January only: the term is one month
    expect(evaluation.months[0].serviceLevels.map((s) => [s.status, s.credit])).toEqual([['met-expected', 0], ['breach', 0]]);
    expect(evaluateContract({ ...c, months: undefined }, '2027-02-20').months).toHaveLength(1); // February is in progress
  });

  it('takes a value exactly on the minimum as met and exactly on expected as met-expected, in both directions', () => {
    const rows: Row[] = [['csat', '2027-01-31', 80], ['aht', '2027-01-31', 420], ['csat', '2027-02-28', 85], ['aht', '2027-02-28', 400]];
    const [january, february] = evaluateContract(worked(rows), '2027-03-01').months;
    expect(january.serviceLevels.map((s) => [s.status, s.credit])).toEqual([['met', 0], ['met', 0]]);
    expect(february.serviceLevels.map((s) => s.status)).toEqual(['met-expected', 'met-expected']);
    const justWorse: Row[] = [['csat', '2027-01-31', 79.999], ['aht', '2027-01-31', 420.001]];
    expect(evaluateContract(worked(justWorse), '2027-02-01').months[0].serviceLevels.map((s) => s.status)).toEqual(['breach', 'breach']);
  });

  it('credits a month without data only while missingDataIsMiss', () => {
    const onlyCsat: Row[] = [['csat', '2027-01-31', 86]];
    const miss = evaluateContract(worked(onlyCsat), '2027-02-01').months[0];
    expect(miss.serviceLevels.map((s) => [s.status, s.credit])).toEqual([['met-expected', 0], ['no-data', 14_400]]);
    const notMiss = evaluateContract(worked(onlyCsat, undefined, { missingDataIsMiss: false }), '2027-02-01').months[0];
    expect(notMiss.serviceLevels[1]).toMatchObject({ status: 'no-data', credit: 0, creditState: null });
    expect(notMiss.scorecard).toBeCloseTo(100 * (86 / 85), 9); // only service levels with data count
  });

  it('pays at once with E = 0, decides on the next month with E = 1, and pays when the term ends before the window', () => {
    const rows: Row[] = [['csat', '2027-01-31', 79], ['aht', '2027-01-31', 400], ['csat', '2027-02-28', 85], ['aht', '2027-02-28', 400]];
    const january = (partial: Partial<Contract>, asOf = '2027-03-01') => evaluateContract(worked(rows, undefined, partial), asOf).months[0].serviceLevels[0].creditState;
    expect(january({ earnBackMonths: 0 })).toBe('payable');
    expect(january({ earnBackMonths: 1 })).toBe('earned-back');
    expect(january({ earnBackMonths: 1 }, '2027-02-15')).toBe('pending');
    expect(january({ earnBackMonths: 3, months: 2 })).toBe('payable'); // the term ends in February, before January + 3
    expect(january({ earnBackMonths: 3 })).toBe('pending'); // open window past the as-of date
  });

  it('earns the bonus in a month where every allocated service level meets expected, key measures aside', () => {
    const rows: Row[] = [['csat', '2027-01-31', 86], ['aht', '2027-01-31', 400], ['csat', '2027-02-28', 84], ['aht', '2027-02-28', 390]];
    const evaluation = evaluateContract(worked(rows, undefined, { bonusPercent: 2 }), '2027-03-01');
    expect(evaluation.months.map((m) => [m.bonus, m.net])).toEqual([[4_000, 4_000], [0, 0]]);
    expect(evaluation.totals.bonus).toBe(4_000);
    const onlyKeyMeasures = worked(rows, [{ ...csat, allocationPercent: 0 }, { ...aht, allocationPercent: 0 }], { bonusPercent: 2 });
    expect(evaluateContract(onlyKeyMeasures, '2027-03-01').totals.bonus).toBe(0);
  });
});
