// A contract's months as CSV (SPEC §11 with SPEC §6's CSV rules): the contract example as of 1 May 2027,
// exact text in both styles, the cap of SPEC §11's worked example, and text cells safe in a spreadsheet.
import { describe, expect, it } from 'vitest';
import { readFixture } from '../../../tests/fixtures/paths';
import { evaluateContract } from '../../domain/contract/evaluate';
import { WORKED_AHT, WORKED_CSAT, workedContract } from '../../domain/contract/test-contract';
import { imported } from '../test-documents';
import { contractCreditsCsv, contractResultsCsv } from './contract-exports';
import { CSV_STYLES } from './style';

const AS_OF = '2027-05-01';

function example() {
  const contract = imported(readFixture('examples/contract-assessment.json')).contracts[0];
  return { contract, evaluation: evaluateContract(contract, AS_OF) };
}

describe('contractResultsCsv', () => {
  it('writes one row per reported month and service level: value, n, status, credit and its state', () => {
    const { contract, evaluation } = example();
    expect(contractResultsCsv(contract, evaluation).split('\r\n')).toEqual([
      '\uFEFFmonth,service level,value,unit,n,status,credit (EUR),credit state,serviceLevelId',
      '2027-01,Customer satisfaction (CSAT),79.5,%,1200,Breach,9600,Earned back,csat',
      '2027-01,Average handle time (AHT),410,s,,Met,0,,aht',
      '2027-01,Backlog,120,tickets,,Met,0,,backlog',
      '2027-02,Customer satisfaction (CSAT),85,%,1100,Exceeds expected,0,,csat',
      '2027-02,Average handle time (AHT),430,s,,Breach,14400,Payable,aht',
      '2027-02,Backlog,160,tickets,,Breach,0,,backlog',
      '2027-03,Customer satisfaction (CSAT),86,%,1300,Exceeds expected,0,,csat',
      '2027-03,Average handle time (AHT),398,s,,Exceeds expected,0,,aht',
      '2027-03,Backlog,90,tickets,,Exceeds expected,0,,backlog',
      '2027-04,Customer satisfaction (CSAT),85.2,%,1250,Exceeds expected,0,,csat',
      '2027-04,Average handle time (AHT),405,s,,Met,0,,aht',
      '2027-04,Backlog,,tickets,,No data,0,,backlog',
      '', // May is in progress: never credited, so not listed
    ]);
  });

  it('writes semicolons and decimal commas for European Excel, and neutralises a name that looks like a formula', () => {
    const { contract, evaluation } = example();
    contract.serviceLevels[0].name = '=HYPERLINK("http://x","CSAT")';
    const lines = contractResultsCsv(contract, evaluation, CSV_STYLES.semicolon).split('\r\n');
    expect(lines[1]).toBe(`2027-01;"'=HYPERLINK(""http://x"",""CSAT"")";79,5;%;1200;Breach;9600;Earned back;csat`);
    expect(lines[10]).toBe(`2027-04;"'=HYPERLINK(""http://x"",""CSAT"")";85,2;%;1250;Exceeds expected;0;;csat`);
  });
});

describe('contractCreditsCsv', () => {
  it('writes each month’s credits by state, bonus, net and scorecard at full precision, then the totals', () => {
    const { contract, evaluation } = example();
    expect(contractCreditsCsv(contract, evaluation).split('\r\n')).toEqual([
      '\uFEFFmonth,payable credits (EUR),earned-back credits (EUR),pending credits (EUR),bonus (EUR),net (EUR),scorecard,credits capped at the amount at risk',
      '2027-01,0,9600,0,0,0,95.948350071736,no',
      '2027-02,14400,0,0,0,-14400,95.81395348837209,no',
      '2027-03,0,0,0,0,0,100.77209577298255,no',
      '2027-04,0,0,0,0,0,99.35337690631808,no',
      'Total,14400,9600,0,0,-14400,,',
      '',
    ]);
  });

  it('says when a month’s credits were scaled to the amount at risk (SPEC §11: 19,200 + 14,400 → 24,000)', () => {
    const contract = workedContract([['csat', '2027-01-31', 70], ['aht', '2027-01-31', 500]], {
      serviceLevels: [{ ...WORKED_CSAT, allocationPercent: 80 }, WORKED_AHT],
      earnBackMonths: 0,
      currency: 'USD',
    });
    const evaluation = evaluateContract(contract, '2027-02-01');
    const [header, january] = contractCreditsCsv(contract, evaluation).split('\r\n');
    expect(header).toContain(',payable credits (USD),');
    expect(january).toBe('2027-01,24000,0,0,0,-24000,81.34453781512605,yes');
    const results = contractResultsCsv(contract, evaluation).split('\r\n');
    expect(results[1]).toBe('2027-01,CSAT,70,%,,Breach,13714.285714285714,Payable,csat');
    expect(results[2]).toBe('2027-01,AHT,500,s,,Breach,10285.714285714286,Payable,aht');
  });
});
