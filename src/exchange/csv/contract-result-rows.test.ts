// A contract's results CSV (SPEC §11 measurements, read as SPEC §6 reads a pilot's): each rule with its
// line number, through the shared reader; and the sample file the browser tests import.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateContract } from '../../domain/contract/evaluate';
import { WORKED_AHT, WORKED_CSAT, workedContract } from '../../domain/contract/test-contract';
import type { Contract, ServiceLevel } from '../../domain/contract/contract-types';
import { readFixture, REPO_ROOT } from '../../../tests/fixtures/paths';
import { CONTRACT_RESULT_KIND, type ContractResultTarget } from './contract-result-rows';
import { readAs } from './test-helpers';

/** The service levels of tests/fixtures/examples/contract-assessment.json. */
const TARGET: ContractResultTarget = {
  serviceLevels: [
    { id: 'csat', name: 'Customer satisfaction (CSAT)', proportion: true },
    { id: 'aht', name: 'Average handle time (AHT)', proportion: false },
    { id: 'backlog', name: 'Backlog', proportion: false },
  ],
};
const read = (text: string) => readAs(CONTRACT_RESULT_KIND, TARGET, text);
const reasons = (text: string) => read(text).rejected.map((r) => `${r.line}: ${r.reason}`);

describe('contract results CSV', () => {
  it('finds a service level by its id or its name in any case, with n and note optional', () => {
    const { rows, rejected, reader } = read(
      'date,service level,value,n,note\n' +
        '2027-01-31,csat,79.5,1200,Billing change\n' +
        '2027-01-31,CSAT,80,,\n' +
        '2027-01-31,  average handle time (aht) ,410,,\n' +
        '2027-01-31,Backlog,120,,\n',
    );
    expect(reader.exact).toBe(true);
    expect(rejected).toEqual([]);
    expect(rows).toEqual([
      { serviceLevelId: 'csat', date: '2027-01-31', value: 79.5, n: 1200, note: 'Billing change' },
      { serviceLevelId: 'csat', date: '2027-01-31', value: 80 },
      { serviceLevelId: 'aht', date: '2027-01-31', value: 410 },
      { serviceLevelId: 'backlog', date: '2027-01-31', value: 120 },
    ]);
  });

  it('needs no n or note column, and reads "serviceLevel" as the service level column', () => {
    const { rows, reader } = read('date,serviceLevel,value\n2027-02-28,aht,430\n');
    expect(reader.exact).toBe(true);
    expect(rows).toEqual([{ serviceLevelId: 'aht', date: '2027-02-28', value: 430 }]);
  });

  it('rejects an unknown or empty service level, naming the line and the contract\'s service levels', () => {
    expect(reasons('date,service level,value\n2027-01-31,csat,80\n2027-01-31,fcr,74\n2027-01-31,,74\n')).toEqual([
      '3: unknown service level "fcr": this contract has csat, aht, backlog (use a service level id or its exact name)',
      '4: the service level is empty',
    ]);
  });

  it('rejects a bad date, value or n with every reason of the line', () => {
    expect(
      reasons(
        'date,service level,value,n\n' +
          '01/31/2027,csat,80,\n' +
          '2027-02-30,aht,ten,\n' +
          '2027-03-31,csat,101,5\n' +
          '2027-03-31,aht,400,2.5\n' +
          '2027-03-31,aht,,\n',
      ),
    ).toEqual([
      '2: date: "01/31/2027" is ambiguous (day or month first?); write dates as YYYY-MM-DD',
      '3: date: "2027-02-30" is not a real calendar date; value: "ten" is not a number',
      '4: value: 101 is outside 0–100 for csat, a percentage',
      '5: n: "2.5" is not a positive whole number',
      '6: the value is empty',
    ]);
  });

  it('reads decimal commas in a semicolon file, and dotted dates, as the measurements import does', () => {
    const { rows, rejected } = read('\uFEFFdate;service level;value;n\r\n31.01.2027;csat;79,5;1.200\r\n28.02.2027;aht;412,25;\r\n');
    expect(rejected.map((r) => `${r.line}: ${r.reason}`)).toEqual(['2: n: "1.200" is not a positive whole number']);
    expect(rows).toEqual([{ serviceLevelId: 'aht', date: '2027-02-28', value: 412.25 }]);
  });

  it('guesses other headers (the mapping step then asks the person to confirm)', () => {
    const { reader } = read('Datum,SLA,Wert,Anzahl,Kommentar\n2027-01-31,csat,80,100,\n');
    expect(reader.exact).toBe(false);
    expect(reader.suggested).toEqual({ date: 0, serviceLevel: 1, value: 2, n: 3, note: 4 });
  });
});

describe('tests/fixtures/contract-results-q1.csv', () => {
  const Q1 = readFileSync(join(REPO_ROOT, 'tests/fixtures/contract-results-q1.csv'), 'utf8');
  /** The pilot's FCR KPI as a key measure (domain/contract/from-pilot.ts: minimum = threshold, expected = target). */
  const FCR: ServiceLevel = { id: 'fcr', name: 'FCR', unit: '%', direction: 'higher', proportion: true, aggregate: 'mean', minimum: 70, expected: 75, allocationPercent: 0 };
  const statuses = (contract: Contract, id: string) => evaluateContract(contract, '2027-04-01').months.map((m) => m.serviceLevels.find((s) => s.serviceLevelId === id)!.status);

  it('has January to March for csat, aht and fcr, with CSAT in breach in February only', () => {
    const serviceLevels = [WORKED_CSAT, WORKED_AHT, FCR];
    const { rows, rejected } = readAs(CONTRACT_RESULT_KIND, { serviceLevels }, Q1);
    expect(rejected).toEqual([]);
    expect(rows).toHaveLength(9);
    const contract = workedContract([], { serviceLevels, measurements: rows });
    expect(statuses(contract, 'csat')).toEqual(['met', 'breach', 'met-expected']);
    expect(statuses(contract, 'aht')).toEqual(['met', 'met-expected', 'met-expected']);
    expect(statuses(contract, 'fcr')).toEqual(['met-expected', 'met-expected', 'met-expected']);
  });

  it('into the example contract (csat, aht, backlog): its fcr rows are rejected by line, and with the stored rows CSAT breaches in February only', () => {
    const contract: Contract = JSON.parse(readFixture('examples/contract-assessment.json')).assessment.contracts[0];
    const { rows, rejected } = readAs(CONTRACT_RESULT_KIND, { serviceLevels: contract.serviceLevels }, Q1);
    expect(rejected.map((r) => `${r.line}: ${r.reason.split(":")[0]}`)).toEqual(['4: unknown service level "fcr"', '7: unknown service level "fcr"', '10: unknown service level "fcr"']);
    const merged = { ...contract, measurements: [...contract.measurements, ...rows] };
    expect(statuses(merged, 'csat')).toEqual(['met', 'breach', 'met-expected']);
    expect(statuses(merged, 'aht')).toEqual(['met', 'met', 'met-expected']);
  });
});
