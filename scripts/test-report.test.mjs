// The closing line of scripts/test-all.sh counts single tests, never whole files or stages.
import { describe, expect, it } from 'vitest';
import { countChecks, countPlaywright, countVitest, formatTimings, slowestTests, summarize } from './test-report.mjs';

const root = process.cwd();
const vitestTest = (title, status, duration = 1) => ({ ancestorTitles: ['suite'], fullName: `suite ${title}`, title, status, duration, failureMessages: [] });
const vitestFile = (name, status, tests, message = '') => ({ name: `${root}/${name}`, status, message, assertionResults: tests });

const pwTest = (status, results = [{ status: status === 'expected' ? 'passed' : 'failed', duration: 1000 }], timeout = 120_000) => ({ status, timeout, results });
const pwReport = (specs, errors = [], suites = []) => ({
  config: { rootDir: `${root}/tests/e2e` },
  suites: [{ title: 'a.spec.ts', file: 'a.spec.ts', specs, suites }],
  errors,
});
const spec = (title, ...tests) => ({ title, file: 'a.spec.ts', tests });

describe('static checks', () => {
  it('count one test each, and name the failed ones', () => {
    const stage = countChecks('pass lint\nfail types (svelte-check)\npass build\n');
    expect(stage).toMatchObject({ passed: 2, failed: 1, failures: ['static check: types (svelte-check)'] });
  });

  it('count as one failure when they did not run', () => {
    expect(countChecks(null)).toMatchObject({ passed: 0, failed: 1, failures: ['static checks: did not run'] });
  });
});

describe('vitest', () => {
  it('counts tests, not files: three timeouts in three files are three failures', () => {
    const report = {
      success: false,
      numFailedTestSuites: 3,
      testResults: [
        vitestFile('src/a.test.ts', 'failed', [vitestTest('slow', 'failed'), vitestTest('fine', 'passed'), vitestTest('fine too', 'passed')]),
        vitestFile('src/b.test.ts', 'failed', [vitestTest('slow', 'failed'), vitestTest('fine', 'passed')]),
        vitestFile('src/c.test.ts', 'failed', [vitestTest('slow', 'failed'), vitestTest('skipped', 'skipped'), vitestTest('todo', 'todo')]),
      ],
    };
    const stage = countVitest(report);
    expect(stage).toMatchObject({ passed: 3, failed: 3, skipped: 2 });
    expect(stage.failures).toEqual(['vitest: src/a.test.ts › suite slow', 'vitest: src/b.test.ts › suite slow', 'vitest: src/c.test.ts › suite slow']);
  });

  it('counts a file that did not load as one failed test named after the file', () => {
    const report = {
      success: false,
      testResults: [
        vitestFile('src/ok.test.ts', 'passed', [vitestTest('one', 'passed')]),
        vitestFile('src/broken.test.ts', 'failed', [], 'SyntaxError: Unexpected token (3:7)\n  at parse'),
      ],
    };
    expect(countVitest(report)).toMatchObject({ passed: 1, failed: 1, failures: ['vitest: src/broken.test.ts: SyntaxError: Unexpected token (3:7)'] });
  });

  it('counts a failed hook in a file whose tests passed as one failure', () => {
    const report = { success: false, testResults: [vitestFile('src/hook.test.ts', 'failed', [vitestTest('one', 'passed')], 'Hook timed out')] };
    expect(countVitest(report)).toMatchObject({ passed: 1, failed: 1 });
  });

  it('counts an error outside any test as one failure, and a missing report as "did not run"', () => {
    expect(countVitest({ success: false, testResults: [vitestFile('src/a.test.ts', 'passed', [vitestTest('one', 'passed')])] })).toMatchObject({ passed: 1, failed: 1 });
    expect(countVitest(null)).toMatchObject({ passed: 0, failed: 1, failures: ['vitest: did not run'] });
  });
});

describe('playwright', () => {
  it('counts each test, in nested describes too; flaky counts as failed, skipped as neither', () => {
    const report = pwReport(
      [spec('one', pwTest('expected')), spec('two', pwTest('unexpected')), spec('three', pwTest('flaky')), spec('four', pwTest('skipped', [{ status: 'skipped', duration: 0 }]))],
      [],
      [{ title: 'dark', specs: [spec('five', pwTest('expected'))] }],
    );
    const stage = countPlaywright(report);
    expect(stage).toMatchObject({ passed: 2, failed: 2, skipped: 1 });
    expect(stage.failures).toEqual(['e2e: tests/e2e/a.spec.ts › two', 'e2e: tests/e2e/a.spec.ts › three (flaky)']);
  });

  it('counts tests that never ran (the web server did not come up) as failed, without counting the error again', () => {
    const report = pwReport([spec('one', pwTest('skipped', [])), spec('two', pwTest('skipped', []))], [{ message: 'Error: Timed out waiting 60000ms from config.webServer.' }]);
    const stage = countPlaywright(report);
    expect(stage).toMatchObject({ passed: 0, failed: 2 });
    expect(stage.failures).toContain('e2e: Error: Timed out waiting 60000ms from config.webServer.');
  });

  it('counts a spec file that did not load as one, and a run-level error alone as one', () => {
    const broken = pwReport([spec('one', pwTest('expected'))], [{ message: 'SyntaxError: x', location: { file: `${root}/tests/e2e/b.spec.ts`, line: 1, column: 1 } }]);
    expect(countPlaywright(broken)).toMatchObject({ passed: 1, failed: 1, failures: ['e2e: tests/e2e/b.spec.ts: SyntaxError: x'] });
    expect(countPlaywright(pwReport([spec('one', pwTest('expected'))], [{ message: 'global teardown failed' }]))).toMatchObject({ passed: 1, failed: 1 });
  });

  it('without a report: the listed tests count as failed, or one with the stage name', () => {
    expect(countPlaywright(null, 38)).toMatchObject({ passed: 0, failed: 38, failures: ['e2e: did not run (38 tests)'] });
    expect(countPlaywright(null)).toMatchObject({ passed: 0, failed: 1, failures: ['e2e: did not run'] });
  });
});

describe('summary', () => {
  it('adds the stages up into "N passed, N failed"', () => {
    const result = summarize([countChecks('pass a\npass b\n'), countVitest({ success: true, testResults: [vitestFile('src/a.test.ts', 'passed', [vitestTest('x', 'passed')])] }), countPlaywright(null)]);
    expect(result.summary).toBe('3 passed, 1 failed');
    expect(result.lines).toEqual(['static checks: 2 passed, 0 failed', 'vitest: 1 passed, 0 failed', 'e2e: 0 passed, 1 failed']);
    expect(result.failures).toEqual(['e2e: did not run']);
  });
});

describe('slowest tests', () => {
  it('ranks both kinds by duration, with each budget', () => {
    const unit = { testResults: [vitestFile('src/a.test.ts', 'passed', [vitestTest('quick', 'passed', 5), vitestTest('slow', 'passed', 1500)])] };
    const e2e = pwReport([spec('journey', pwTest('expected', [{ status: 'passed', duration: 30_000 }]))]);
    const rows = slowestTests({ unit, e2e, unitBudgets: { 'src/a.test.ts › suite slow': 20_000 } }, 2);
    expect(rows).toEqual([
      { kind: 'e2e', file: 'tests/e2e/a.spec.ts', name: 'journey', duration: 30_000, budget: 120_000 },
      { kind: 'vitest', file: 'src/a.test.ts', name: 'suite slow', duration: 1500, budget: 20_000 },
    ]);
    expect(formatTimings(rows)).toEqual([
      '  30.0 s of  120.0 s budget,  25 %  e2e    tests/e2e/a.spec.ts › journey',
      '   1.5 s of   20.0 s budget,   8 %  vitest src/a.test.ts › suite slow',
    ]);
  });
});
