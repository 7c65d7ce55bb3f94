import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../tests/fixtures/paths';
import { robustnessReport } from '../domain/robustness/report';
import { importAssessmentText } from '../exchange/import';
import { type CliIo, EXIT, runCli, USAGE } from './commands';
import { commandHelp } from './help';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function examplePath(name: string): string {
  return fixturePath(`examples/${name}.json`);
}

function exampleDoc(name: string): Json {
  return JSON.parse(readFileSync(examplePath(name), 'utf8'));
}

/** An in-memory disk holding the given files under /work. */
function fakeIo(files: Record<string, unknown>): CliIo {
  const read = (path: string) => {
    if (!Object.hasOwn(files, path)) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    return new TextEncoder().encode(typeof files[path] === 'string' ? (files[path] as string) : JSON.stringify(files[path]));
  };
  return { cwd: '/work', size: (path) => read(path).length, read, stdin: () => read('/dev/stdin') };
}

/**
 * The worked example with Fabrikam fully scored, so two vendors are qualified and close:
 * Northwind 87.5 / 70 / 40 → 72.75, Fabrikam (3+4)/2 = 3.5 and 4 → 72.5, then 80 and 60 → 72.25.
 */
function twoContenders(): Json {
  const doc = exampleDoc('small-assessment');
  doc.assessment.scores.push(
    { vendorId: 'fabrikam', criterionId: 'sec-attestation', evaluatorId: 'ben', value: 4 },
    { vendorId: 'fabrikam', criterionId: 'sec-encryption', evaluatorId: 'ana', value: 4 },
    { vendorId: 'fabrikam', criterionId: 'tech-integration', evaluatorId: 'ana', value: 3 },
  );
  return doc;
}

function robustness(args: string[], io?: CliIo): Json {
  const result = runCli(['robustness', ...args], io);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(EXIT.ok);
  return JSON.parse(result.stdout);
}

const close = (io = fakeIo({ '/work/close.json': twoContenders() })) => ({ io, file: 'close.json' });

describe('robustness (SPEC §9)', () => {
  it('reports the worked example: Northwind alone qualified, so nothing can move it', () => {
    expect(robustness([examplePath('small-assessment')])).toEqual({
      winner: 'northwind',
      closeCall: false,
      breakEven: [
        { categoryId: 'security', share: 0.5, up: null, down: null },
        { categoryId: 'culture', share: 0.3, up: null, down: null },
        { categoryId: 'tech', share: 0.2, up: null, down: null },
      ],
      scoreFlip: null,
      stability: [{ vendorId: 'northwind', pFirst: 1 }],
    });
  });

  it('prints exactly the fields of SPEC §9, in its order, as 2-space JSON ending in a newline', () => {
    const { io, file } = close();
    const { stdout } = runCli(['robustness', file], io);
    expect(stdout.startsWith('{\n  "winner": "northwind",\n  "closeCall": true,\n  "breakEven": [\n    {\n')).toBe(true);
    expect(stdout.endsWith('}\n')).toBe(true);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(['winner', 'closeCall', 'breakEven', 'scoreFlip', 'stability']);
    expect(Object.keys(report.breakEven[0])).toEqual(['categoryId', 'share', 'up', 'down']);
    expect(Object.keys(report.breakEven[0].down)).toEqual(['share', 'vendorId']);
    expect(Object.keys(report.scoreFlip)).toEqual(['vendorId', 'criterionId', 'change']);
    expect(Object.keys(report.stability[0])).toEqual(['vendorId', 'pFirst']);
  });

  it('gives the break-even shares and the score flip of two close contenders, worked by hand', () => {
    const { io, file } = close();
    const report = robustness([file], io);
    expect(report.winner).toBe('northwind');
    expect(report.closeCall).toBe(true); // 72.75 − 72.25 = 0.5 < 5
    // T_v(p) = p·C + (1 − p)·R with R = (T − p_k·C)/(1 − p_k); the root of T_F(p) = T_N(p).
    const [security, culture, tech] = report.breakEven;
    expect(security).toMatchObject({ categoryId: 'security', share: 0.5, up: null, down: { vendorId: 'fabrikam' } });
    expect(security.down.share).toBeCloseTo(14 / 29, 12); // R: 58 vs 72, C: 87.5 vs 72.5
    expect(culture).toMatchObject({ categoryId: 'culture', share: 0.3, down: null, up: { vendorId: 'fabrikam' } });
    expect(culture.up.share).toBeCloseTo(1 / 3, 12);
    expect(tech).toMatchObject({ categoryId: 'tech', share: 0.2, down: null, up: { vendorId: 'fabrikam' } });
    expect(tech.up.share).toBeCloseTo(9 / 41, 12);
    // Independent audits carry e = 0.5 × 3/4 of the weight: a 0.5-point gap needs 0.5 × 5 / (100 × 0.375) points;
    // the winner's and the runner-up's changes are equal, and the winner's is reported first.
    expect(report.scoreFlip).toMatchObject({ vendorId: 'northwind', criterionId: 'sec-attestation' });
    expect(report.scoreFlip.change).toBeCloseTo(-1 / 15, 12);
  });

  it('prints numbers at full precision: exactly what the domain computes', () => {
    for (const name of ['vectors/vector-2', 'vectors/vector-4']) {
      const imported = importAssessmentText(readFileSync(examplePath(name), 'utf8'));
      if (!imported.ok) throw new Error(`${name} should be valid`);
      const options = { draws: 2000, spread: 0.6, seed: 7 };
      const printed = robustness([examplePath(name), '--draws', '2000', '--spread', '0.6', '--seed', '7']);
      expect(printed, name).toEqual(JSON.parse(JSON.stringify(robustnessReport(imported.assessment, options))));
      expect(printed.stability.length, name).toBeGreaterThanOrEqual(2); // both have 9 qualified vendors
      expect(printed.breakEven.some((entry: Json) => entry.up !== null || entry.down !== null), name).toBe(true);
    }
  });

  it('matches the exact P(rank 1) of the close pair within 2 points, and honours --spread', () => {
    // Northwind wins a draw when 50·f1·15 − 30·f2·10 − 20·f3·20 > 0, each f uniform in [0.75, 1.25]:
    // integrate over f1 and f2 on a fine grid, f3 exactly.
    const steps = 400;
    let northwind = 0;
    for (let i = 0; i < steps; i++) {
      for (let j = 0; j < steps; j++) {
        const f1 = 0.75 + (0.5 * (i + 0.5)) / steps;
        const f2 = 0.75 + (0.5 * (j + 0.5)) / steps;
        const f3Max = (750 * f1 - 300 * f2) / 400; // Northwind wins for f3 below this
        northwind += Math.min(1, Math.max(0, (f3Max - 0.75) / 0.5));
      }
    }
    const exact = northwind / steps ** 2;
    const { io, file } = close();
    const shares = robustness([file, '--seed', '11'], io).stability;
    expect(shares.map((s: Json) => s.vendorId)).toEqual(['northwind', 'fabrikam']);
    expect(Math.abs(shares[0].pFirst - exact)).toBeLessThanOrEqual(0.02);
    expect(shares[0].pFirst + shares[1].pFirst).toBeCloseTo(1, 12);
    expect(exact).toBeGreaterThan(0.1);
    expect(exact).toBeLessThan(0.9);
    // No wobble: Northwind wins every draw.
    expect(robustness([file, '--spread', '0'], io).stability).toEqual([
      { vendorId: 'northwind', pFirst: 1 },
      { vendorId: 'fabrikam', pFirst: 0 },
    ]);
  });

  it('gives the same output for the same seed and different shares for another seed', () => {
    const { io, file } = close();
    const first = runCli(['robustness', file, '--draws', '3000', '--seed', '42'], io);
    const again = runCli(['robustness', '--seed=42', '--draws=3000', file], io);
    expect(again).toEqual(first);
    const other = JSON.parse(runCli(['robustness', file, '--draws', '3000', '--seed', '43'], io).stdout);
    const firstReport = JSON.parse(first.stdout);
    expect(other.stability[0].pFirst).not.toBe(firstReport.stability[0].pFirst);
    // Only the Monte Carlo depends on the seed.
    expect({ ...other, stability: null }).toEqual({ ...firstReport, stability: null });
    // Negative and fractional seeds are seeds too.
    expect(robustness([file, '--seed', '-5', '--draws', '10'], io).stability).toHaveLength(2);
    expect(robustness([file, '--seed', '1.5', '--draws', '10'], io).stability).toHaveLength(2);
  });

  it('reports an assessment without contenders with nulls and empty lists', () => {
    const doc = exampleDoc('small-assessment');
    doc.assessment.scores = doc.assessment.scores.filter((s: Json) => s.vendorId !== 'northwind');
    expect(robustness(['none.json'], fakeIo({ '/work/none.json': doc }))).toEqual({
      winner: null,
      closeCall: false,
      breakEven: [],
      scoreFlip: null,
      stability: [],
    });
  });

  it('refuses an invalid file as evaluate does: exit 1 and the path of every error on stderr', () => {
    const doc = exampleDoc('small-assessment');
    doc.assessment.scores[12].value = 7;
    const io = fakeIo({ '/work/broken.json': doc });
    const result = runCli(['robustness', 'broken.json', '--draws', '10'], io);
    expect(result).toEqual({ code: EXIT.invalid, stdout: '', stderr: 'assessment.scores[12].value: 7 is outside the scale 0–5\n' });
    expect(runCli(['evaluate', 'broken.json'], io)).toEqual(result);
    expect(runCli(['robustness', 'missing.json'], io)).toEqual({
      code: EXIT.usage,
      stdout: '',
      stderr: 'Cannot read missing.json: no such file\n',
    });
  });
});

describe('robustness options', () => {
  const problem = (...args: string[]) => {
    const result = runCli(['robustness', ...args], close().io);
    expect(result.code, args.join(' ')).toBe(EXIT.usage);
    expect(result.stdout).toBe('');
    expect(result.stderr.endsWith(`\n\n${USAGE}`)).toBe(true);
    return result.stderr.slice(0, -USAGE.length - 2);
  };

  it('names the option and the accepted range of a bad value, and exits 2', () => {
    expect(problem('close.json', '--draws', '0')).toBe('Invalid --draws "0": draws must be a whole number from 1 to 1,000,000.');
    expect(problem('close.json', '--draws', 'abc')).toBe('Invalid --draws "abc": draws must be a whole number from 1 to 1,000,000.');
    expect(problem('close.json', '--draws', '2.5')).toMatch(/^Invalid --draws "2.5": draws must be a whole number/);
    expect(problem('close.json', '--draws', '1000001')).toMatch(/^Invalid --draws "1000001"/);
    expect(problem('close.json', '--draws', '0x10')).toMatch(/^Invalid --draws "0x10"/);
    expect(problem('close.json', '--spread', '1.5')).toBe('Invalid --spread "1.5": spread must be between 0 and 0.99.');
    expect(problem('close.json', '--spread', '-0.1')).toMatch(/^Invalid --spread "-0.1"/);
    expect(problem('close.json', '--seed', 'x')).toBe('Invalid --seed "x": seed must be a number.');
    expect(problem('close.json', '--seed', 'Infinity')).toMatch(/^Invalid --seed "Infinity"/);
  });

  it('lists every problem, one per line', () => {
    expect(problem('close.json', '--draws', '0', '--spread=2').split('\n')).toEqual([
      'Invalid --draws "0": draws must be a whole number from 1 to 1,000,000.',
      'Invalid --spread "2": spread must be between 0 and 0.99.',
    ]);
  });

  it('refuses an unknown option, a missing value, a repeated option and a missing or second FILE', () => {
    expect(problem('close.json', '--runs', '5')).toBe('Unknown option "--runs": robustness accepts --draws N, --spread u and --seed S.');
    expect(problem('close.json', '-d', '5')).toMatch(/^Unknown option "-d"/);
    expect(problem('close.json', '--draws')).toBe('Missing value: --draws needs a value (draws must be a whole number from 1 to 1,000,000).');
    expect(problem('close.json', '--spread', '--seed', '3')).toBe('Missing value: --spread needs a value (spread must be between 0 and 0.99).');
    expect(problem('close.json', '--seed=')).toBe('Missing value: --seed needs a value (seed must be a number).');
    expect(problem('close.json', '--seed', '1', '--seed', '2')).toBe('--seed is given twice; give it once.');
    expect(problem('--draws', '10')).toBe('Missing FILE: robustness needs the path of an assessment file.');
    expect(problem()).toBe('Missing FILE: robustness needs the path of an assessment file.');
    expect(problem('close.json', 'other.json')).toBe('Too many arguments: robustness takes one FILE (got "close.json", "other.json").');
  });

  it('is in the help', () => {
    expect(USAGE).toContain('robustness FILE [--draws N] [--spread u] [--seed S]');
    const help = commandHelp('robustness');
    expect(help).toMatch(/--draws N\s+whole number, 1 to 1,000,000 \(default 10000\)/);
    expect(help).toMatch(/--spread u\s+0 to 0\.99 \(default 0\.25\)/);
  });
});
