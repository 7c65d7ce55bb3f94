import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../tests/fixtures/paths';
import { EXIT, runCli, USAGE } from './commands';
import { expectClose, fakeIo, type Json } from './test-support';

const EXAMPLES = ['small-assessment', ...[1, 2, 3, 4, 5, 6].map((i) => `vectors/vector-${i}`)];

function examplePath(name: string, suffix = ''): string {
  return fixturePath(`examples/${name}${suffix}.json`);
}

function exampleText(name: string, suffix = ''): string {
  return readFileSync(examplePath(name, suffix), 'utf8');
}

function evaluate(name: string): Json {
  const result = runCli(['evaluate', examplePath(name)]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(EXIT.ok);
  return JSON.parse(result.stdout);
}

describe('evaluate (SPEC §7)', () => {
  it.each(EXAMPLES)('%s gives the expected ranking and pilot decisions', (name) => {
    const actual = evaluate(name);
    const expected = JSON.parse(exampleText(name, '.expected'));
    expect(actual.assessmentId).toBe(expected.assessmentId);
    // Same ranks in the same sequence; vendors sharing a rank may come in any order.
    expect(actual.ranking.map((v: Json) => v.rank)).toEqual(expected.ranking.map((v: Json) => v.rank));
    const expectedById = new Map<string, Json>(expected.ranking.map((v: Json) => [v.vendorId, v]));
    expect(new Set(actual.ranking.map((v: Json) => v.vendorId))).toEqual(new Set(expectedById.keys()));
    for (const vendor of actual.ranking) expectClose(vendor, expectedById.get(vendor.vendorId), `ranking ${vendor.vendorId}`);
    expectClose(actual.pilots, expected.pilots, 'pilots');
  });

  it('prints exactly the fields of SPEC §7, in its order', () => {
    const { ranking, pilots } = evaluate('small-assessment');
    expect(Object.keys(ranking[0])).toEqual(['rank', 'vendorId', 'name', 'total', 'coverage', 'status', 'categories', 'failedMustHaves']);
    expect(Object.keys(ranking[0].categories)).toEqual(['security', 'culture', 'tech']);
    expect(Object.keys(pilots[0])).toEqual(['pilotId', 'vendorId', 'decision', 'scorecard', 'coverage', 'reasons', 'kpis']);
    expect(Object.keys(pilots[0].kpis[0])).toEqual(['kpiId', 'value', 'n', 'status', 'confidence', 'ci', 'attainment']);
  });

  it('prints the worked example at full precision with nulls and reasons', () => {
    const { ranking, pilots } = evaluate('small-assessment');
    expect(ranking.map((v: Json) => [v.rank, v.vendorId, v.status])).toEqual([
      [1, 'northwind', 'qualified'],
      [2, 'fabrikam', 'provisional'],
      [3, 'contoso', 'disqualified'],
    ]);
    expect(ranking[1].total).toBeCloseTo(68.88888888888889, 12);
    expect(ranking[1].categories.tech).toBeNull();
    expect(ranking[2].failedMustHaves).toEqual(['sec-attestation']);
    expect(pilots[0].decision).toBe('go');
    expect(pilots[0].reasons[0]).toMatch(/^GO/);
    expect(pilots[0].kpis[1]).toMatchObject({ kpiId: 'fcr', value: 73, n: null, ci: null });
  });

  it('is 2-space indented JSON ending in a newline', () => {
    const { stdout } = runCli(['evaluate', examplePath('small-assessment')]);
    expect(stdout.startsWith('{\n  "assessmentId": "demo-small",\n  "ranking": [\n    {\n      "rank": 1,')).toBe(true);
    expect(stdout.endsWith('}\n')).toBe(true);
  });

  it('refuses an invalid file with exit 1 and the errors on stderr', () => {
    const doc = { ...JSON.parse(exampleText('small-assessment')), version: 3 };
    const result = runCli(['evaluate', 'new.json'], fakeIo({ '/work/new.json': JSON.stringify(doc) }));
    expect(result).toEqual({
      code: EXIT.invalid,
      stdout: '',
      stderr: 'This file was made by a newer version of the app (format version 3); this app reads version 2. Update the app to open it.\n',
    });
  });
});

describe('validate (SPEC §7)', () => {
  it.each(EXAMPLES)('%s is valid', (name) => {
    expect(runCli(['validate', examplePath(name)])).toEqual({ code: EXIT.ok, stdout: 'valid\n', stderr: '' });
  });

  it('prints one error per line, every one of them, and exits 1', () => {
    const doc = JSON.parse(exampleText('small-assessment'));
    doc.assessment.scores[12].value = 7;
    doc.assessment.pilots[0].kpis[0].target = 75;
    doc.assessment.vendors.push(...Array.from({ length: 25 }, (_, i) => ({ id: `x${i}`, name: '' })));
    const result = runCli(['validate', 'broken.json'], fakeIo({ '/work/broken.json': JSON.stringify(doc) }));
    expect(result.code).toBe(EXIT.invalid);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(27);
    expect(lines[0]).toBe('assessment.vendors[3].name: must not be empty');
    expect(lines.slice(-2)).toEqual([
      'assessment.scores[12].value: 7 is outside the scale 0–5',
      'assessment.pilots[0].kpis[0].target: must be ≥ threshold 80 for a higher-is-better KPI (got 75)',
    ]);
    expect(result.stderr).toBe('');
  });

  it('refuses a blank name, no evaluators and a scale too wide to compute with, naming each place, and exits 1', () => {
    const doc = JSON.parse(exampleText('small-assessment'));
    doc.assessment.vendors[2].name = '   ';
    doc.assessment.evaluators = [];
    doc.assessment.scores = [];
    doc.assessment.scale = { min: 0, max: 1e308 };
    const result = runCli(['validate', 'blank.json'], fakeIo({ '/work/blank.json': JSON.stringify(doc) }));
    expect(result).toEqual({
      code: EXIT.invalid,
      stdout: [
        'assessment.scale.max: must be ≤ 1000000 (got 1e+308)',
        'assessment.vendors[2].name: must not be blank',
        'assessment.evaluators: must list at least one evaluator',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('reports non-JSON, a truncated file, a BOM, non-UTF-8 and a too large file', () => {
    const io = fakeIo(
      {
        '/work/notes.txt': 'Vendor shortlist:\n- Northwind',
        '/work/cut.json': '{"format": "bpo-workbench/assessment", "version": 1, "assessment": {"id": "a',
        '/work/bom.json': '\uFEFF' + exampleText('small-assessment'),
        '/work/latin1.json': new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d]),
        '/work/big.json': '{}',
      },
      { '/work/big.json': 60 * 1024 * 1024 },
    );
    expect(runCli(['validate', 'notes.txt'], io).stdout).toBe(`This is not a JSON file: unexpected character "V" at line 1 column 1\n`);
    expect(runCli(['validate', 'cut.json'], io).stdout).toMatch(/^This file is cut short \(truncated\)/);
    expect(runCli(['validate', 'bom.json'], io)).toEqual({ code: 0, stdout: 'valid\n', stderr: '' });
    expect(runCli(['validate', 'latin1.json'], io).stdout).toBe('This file is not UTF-8 text, so it cannot be an assessment file.\n');
    expect(runCli(['validate', 'big.json'], io)).toEqual({
      code: EXIT.invalid,
      stdout: 'The file is too large (60 MB); the largest assessment file this app opens is 50 MB.\n',
      stderr: '',
    });
  });
});

describe('command line errors', () => {
  it('prints help on request', () => {
    for (const flag of ['help', '--help', '-h']) expect(runCli([flag])).toEqual({ code: 0, stdout: USAGE, stderr: '' });
    expect(USAGE).toContain('2  wrong command line');
  });

  it('exits 2 with the usage on stderr for a missing or unknown command or FILE', () => {
    for (const args of [[], ['rank', 'x.json'], ['validate'], ['evaluate', 'a.json', 'b.json']]) {
      const result = runCli(args, fakeIo({}));
      expect(result.code, args.join(' ')).toBe(EXIT.usage);
      expect(result.stdout).toBe('');
      expect(result.stderr.endsWith(USAGE)).toBe(true);
    }
    expect(runCli(['rank', 'x.json']).stderr.startsWith('Unknown command "rank".')).toBe(true);
    expect(runCli(['constructor', 'x.json']).stderr.startsWith('Unknown command "constructor".')).toBe(true);
  });

  it('exits 2 when the file cannot be read', () => {
    expect(runCli(['validate', 'missing.json'], fakeIo({}))).toEqual({
      code: EXIT.usage,
      stdout: '',
      stderr: 'Cannot read missing.json: no such file\n',
    });
  });

  it('reads FILE - from standard input, with the same size limit and messages', () => {
    const text = exampleText('vectors/vector-3');
    const io = { ...fakeIo({}), stdin: () => new TextEncoder().encode(text) };
    expect(runCli(['validate', '-'], io)).toEqual({ code: EXIT.ok, stdout: 'valid\n', stderr: '' });
    expect(runCli(['evaluate', '-'], io).stdout).toBe(runCli(['evaluate', examplePath('vectors/vector-3')]).stdout);
    const broken = { ...fakeIo({}), stdin: () => new TextEncoder().encode('{"format":') };
    expect(runCli(['validate', '-'], broken).code).toBe(EXIT.invalid);
    const closed = { ...fakeIo({}), stdin: () => { throw Object.assign(new Error('EAGAIN: resource temporarily unavailable'), { code: 'EAGAIN' }); } };
    expect(runCli(['evaluate', '-'], closed)).toEqual({ code: EXIT.usage, stdout: '', stderr: 'Cannot read standard input: EAGAIN: resource temporarily unavailable\n' });
  });

  it("prints each command's help with --help anywhere on its line, and the version", () => {
    for (const command of ['validate', 'evaluate', 'robustness']) {
      const help = runCli([command, '--help']);
      expect(help.code).toBe(EXIT.ok);
      expect(help.stdout.startsWith(`Usage: bpo-workbench ${command} FILE`)).toBe(true);
      expect(help.stdout).toContain('2  wrong command line');
      expect(runCli([command, 'file.json', '-h'])).toEqual(help); // help never reads the file
      expect(runCli(['help', command])).toEqual(help);
    }
    expect(runCli(['robustness', '--help']).stdout).toContain('--draws N   whole number, 1 to');
    expect(runCli(['help', 'rank']).code).toBe(EXIT.usage);
    expect(runCli(['--version'], { ...fakeIo({}), version: '1.2.3' })).toEqual({ code: EXIT.ok, stdout: 'bpo-workbench 1.2.3\n', stderr: '' });
  });
});
