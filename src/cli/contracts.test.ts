// `contracts FILE [--as-of YYYY-MM-DD]` (SPEC §11 "Command line"): the shared contract example and
// vectors print their expected months, credits and totals; the day defaults to today; a wrong
// command line exits 2 and says why.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../tests/fixtures/paths';
import { type CliIo, EXIT, runCli, USAGE } from './commands';
import { parseContractsArgs } from './contracts';
import { expectClose, fakeIo, type Json } from './test-support';

const EXAMPLE = 'examples/contract-assessment';
const VECTORS = [1, 2, 3, 4].map((i) => `examples/contract-vectors/contract-vector-${i}`);

const readJson = (name: string): Json => JSON.parse(readFileSync(fixturePath(`${name}.json`), 'utf8'));

/** Runs `contracts` on the real disk, or on `io`. */
function contracts(args: string[], io?: CliIo): Json {
  const result = runCli(['contracts', ...args], io);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(EXIT.ok);
  return JSON.parse(result.stdout);
}

describe('contracts (SPEC §11)', () => {
  it('prints the contract example as of 2027-05-01 as expected, to 1e-6', () => {
    const expected = readJson(`${EXAMPLE}.expected`);
    expect(expected.asOf).toBe('2027-05-01');
    const actual = contracts([fixturePath(`${EXAMPLE}.json`), '--as-of', '2027-05-01']);
    expectClose(actual, expected, 'contract-assessment');
    expect(actual.contracts[0].totals).toEqual({ payable: 14_400, earnedBack: 9600, pending: 0, bonus: 0, net: -14_400 });
  });

  it.each(VECTORS)('%s prints its expected months and totals as of the day it names', (name) => {
    const expected = readJson(`${name}.expected`);
    expectClose(contracts([`--as-of=${expected.asOf}`, fixturePath(`${name}.json`)]), expected, name);
  });

  it('prints exactly the fields of SPEC §11, in its order, 2-space indented', () => {
    const { stdout } = runCli(['contracts', fixturePath(`${EXAMPLE}.json`), '--as-of', '2027-05-01']);
    expect(stdout.startsWith('{\n  "assessmentId": "demo-small",\n  "asOf": "2027-05-01",\n  "contracts": [\n')).toBe(true);
    const [contract] = JSON.parse(stdout).contracts;
    expect(Object.keys(contract)).toEqual(['contractId', 'vendorId', 'atRisk', 'months', 'totals']);
    expect(Object.keys(contract.months[0])).toEqual(['month', 'serviceLevels', 'credits', 'bonus', 'net', 'scorecard']);
    expect(Object.keys(contract.months[0].serviceLevels[0])).toEqual(['serviceLevelId', 'value', 'n', 'status', 'credit', 'creditState']);
    expect(Object.keys(contract.totals)).toEqual(['payable', 'earnedBack', 'pending', 'bonus', 'net']);
    expect(contract.months[3].serviceLevels[2]).toEqual({ serviceLevelId: 'backlog', value: null, n: null, status: 'no-data', credit: 0, creditState: null });
  });

  it("reports as of today, in the user's calendar, without --as-of", () => {
    const text = readFileSync(fixturePath(`${EXAMPLE}.json`), 'utf8');
    const io = { ...fakeIo({ '/work/c.json': text }), today: () => '2027-03-15' };
    const report = contracts(['c.json'], io);
    expect(report.asOf).toBe('2027-03-15');
    expect(report.contracts[0].months.map((m: Json) => m.month)).toEqual(['2027-01', '2027-02']);
    // January's CSAT credit waits on March and April: pending as of mid-March.
    expect(report.contracts[0].months[0].serviceLevels[0]).toMatchObject({ credit: 9600, creditState: 'pending' });
  });

  it('reads a version-1 file as having no contracts', () => {
    expect(contracts([fixturePath('examples/small-assessment.json'), '--as-of', '2027-05-01'])).toEqual({
      assessmentId: 'demo-small',
      asOf: '2027-05-01',
      contracts: [],
    });
  });

  it('validate and evaluate read version-2 files too', () => {
    for (const name of [EXAMPLE, ...VECTORS]) {
      expect(runCli(['validate', fixturePath(`${name}.json`)]), name).toEqual({ code: EXIT.ok, stdout: 'valid\n', stderr: '' });
    }
    expect(JSON.parse(runCli(['evaluate', fixturePath(`${EXAMPLE}.json`)]).stdout).ranking[0].vendorId).toBe('northwind');
  });

  it('refuses an invalid file with exit 1 and the errors on stderr', () => {
    const doc = readJson(EXAMPLE);
    doc.assessment.contracts[0].start = '2027-01-15';
    const result = runCli(['contracts', 'bad.json', '--as-of', '2027-05-01'], fakeIo({ '/work/bad.json': JSON.stringify(doc) }));
    expect(result).toEqual({
      code: EXIT.invalid,
      stdout: '',
      stderr: 'assessment.contracts[0].start: 2027-01-15 is not the first day of a month: a contract starts on the 1st (e.g. 2027-01-01)\n',
    });
  });
});

describe('the command line of contracts', () => {
  it('exits 2 with a clear message and the usage for a wrong --as-of, before reading the file', () => {
    for (const [args, problem] of [
      [['c.json', '--as-of', '2027-02-30'], 'Invalid --as-of "2027-02-30": use a real date in the form YYYY-MM-DD, e.g. 2027-05-01.'],
      [['c.json', '--as-of=1 May'], 'Invalid --as-of "1 May": use a real date in the form YYYY-MM-DD, e.g. 2027-05-01.'],
      [['c.json', '--as-of'], 'Missing value: --as-of needs a date in the form YYYY-MM-DD, e.g. 2027-05-01.'],
      [['c.json', '--asof', '2027-05-01'], 'Unknown option "--asof": contracts accepts --as-of YYYY-MM-DD.\nToo many arguments: contracts takes one FILE (got "c.json", "2027-05-01").'],
      [['--as-of', '2027-05-01'], 'Missing FILE: contracts needs the path of an assessment file.'],
    ] as const) {
      expect(runCli(['contracts', ...args], fakeIo({}))).toEqual({ code: EXIT.usage, stdout: '', stderr: `${problem}\n\n${USAGE}` });
    }
  });

  it('takes FILE and --as-of in any order, - for standard input, and --as-of once', () => {
    expect(parseContractsArgs(['--as-of', '2027-05-01', '-'], '2030-01-01')).toEqual({ ok: true, file: '-', asOf: '2027-05-01' });
    expect(parseContractsArgs(['a.json'], '2030-01-01')).toEqual({ ok: true, file: 'a.json', asOf: '2030-01-01' });
    expect(parseContractsArgs(['a.json', '--as-of=2027-05-01', '--as-of', '2027-06-01'], '2030-01-01')).toEqual({
      ok: false,
      problems: ['--as-of is given 2 times; give it once.'],
    });
  });

  it('has its own help, which never reads the file', () => {
    const help = runCli(['contracts', 'missing.json', '--help']);
    expect(help.code).toBe(EXIT.ok);
    expect(help.stdout.startsWith('Usage: bpo-workbench contracts FILE [--as-of YYYY-MM-DD]')).toBe(true);
    expect(help.stdout).toContain('--as-of YYYY-MM-DD  the day to report as of (default: today');
    expect(runCli(['help', 'contracts'])).toEqual(help);
    expect(USAGE).toContain('contracts FILE [--as-of YYYY-MM-DD]');
  });
});
