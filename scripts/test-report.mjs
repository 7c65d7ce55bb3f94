// Reading the test reports of scripts/test-all.sh, as pure functions (tested in test-report.test.mjs):
// how many tests passed and failed, counting single tests and never whole files, and which tests are
// slowest against their time budgets. The scripts around them only read the files and print.

/**
 * @typedef {{ name: string, passed: number, failed: number, skipped: number, failures: string[] }} Stage
 * @typedef {{ kind: string, file: string, name: string, duration: number, budget: number | null }} Timing
 */

const firstLine = (text) => String(text ?? '').trim().split('\n')[0].slice(0, 200);
/** A report's absolute path from the repository root (where the scripts run). */
const relativeFile = (path) => {
  const text = String(path ?? '');
  const root = `${process.cwd()}/`;
  return text.startsWith(root) ? text.slice(root.length) : text;
};

/** Static checks from test-results/checks.txt ("pass NAME" / "fail NAME" lines): one test each. */
export function countChecks(text) {
  /** @type {Stage} */
  const stage = { name: 'static checks', passed: 0, failed: 0, skipped: 0, failures: [] };
  if (text === null || text === undefined) return { ...stage, failed: 1, failures: ['static checks: did not run'] };
  for (const line of text.split('\n').filter(Boolean)) {
    if (line.startsWith('pass ')) stage.passed++;
    else {
      stage.failed++;
      stage.failures.push(`static check: ${line.replace(/^fail /, '')}`);
    }
  }
  return stage;
}

/**
 * Vitest's JSON report: each test counts once; a file that failed with no failed test in it (it did not
 * load, or a hook failed) counts as one failed test named after the file; an error outside any test
 * (success false with nothing else failed) counts as one.
 */
export function countVitest(report) {
  /** @type {Stage} */
  const stage = { name: 'vitest', passed: 0, failed: 0, skipped: 0, failures: [] };
  if (!report) return { ...stage, failed: 1, failures: ['vitest: did not run'] };
  for (const file of report.testResults ?? []) {
    let failedHere = 0;
    for (const test of file.assertionResults ?? []) {
      if (test.status === 'passed') stage.passed++;
      else if (test.status === 'failed') {
        failedHere++;
        stage.failures.push(`vitest: ${relativeFile(file.name)} › ${test.fullName}`);
      } else stage.skipped++;
    }
    if (file.status === 'failed' && failedHere === 0) {
      failedHere = 1;
      stage.failures.push(`vitest: ${relativeFile(file.name)}: ${firstLine(file.message) || 'failed outside any test'}`);
    }
    stage.failed += failedHere;
  }
  if (report.success === false && stage.failed === 0) {
    stage.failed = 1;
    stage.failures.push('vitest: the run failed outside any test (an unhandled error?)');
  }
  return stage;
}

/** Every test of a Playwright JSON report, with its title path below the file. */
function playwrightTests(report) {
  const tests = [];
  const root = report.config?.rootDir;
  const where = (file) => (root ? relativeFile(`${root}/${file}`) : file);
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) tests.push({ file: where(spec.file ?? suite.file), name: [...titles, spec.title].join(' › '), test });
    }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
  };
  for (const suite of report.suites ?? []) walk(suite, []);
  return tests;
}

/**
 * Playwright's JSON report: each test counts once (flaky as failed: retries hide nothing); a test that
 * never ran (no result: the run stopped, or the web server never came up) counts as failed; an error of
 * a spec file that did not load counts as one; another run-level error counts as one unless a test
 * already counts as failed. Without a report, the `listed` tests (or 1) count as failed.
 */
export function countPlaywright(report, listed = null) {
  /** @type {Stage} */
  const stage = { name: 'e2e', passed: 0, failed: 0, skipped: 0, failures: [] };
  if (!report) {
    const failed = Number.isInteger(listed) && listed > 0 ? listed : 1;
    return { ...stage, failed, failures: [`e2e: did not run${failed > 1 ? ` (${failed} tests)` : ''}`] };
  }
  for (const { file, name, test } of playwrightTests(report)) {
    if ((test.results ?? []).length === 0) {
      stage.failed++;
      stage.failures.push(`e2e: ${file} › ${name}: did not run`);
    } else if (test.status === 'expected') stage.passed++;
    else if (test.status === 'skipped') stage.skipped++;
    else {
      stage.failed++;
      stage.failures.push(`e2e: ${file} › ${name}${test.status === 'flaky' ? ' (flaky)' : ''}`);
    }
  }
  const errors = report.errors ?? [];
  const inFiles = errors.filter((error) => error.location?.file);
  for (const error of inFiles) stage.failures.push(`e2e: ${relativeFile(error.location.file)}: ${firstLine(error.message)}`);
  stage.failed += inFiles.length;
  const other = errors.filter((error) => !error.location?.file);
  for (const error of other) stage.failures.push(`e2e: ${firstLine(error.message)}`);
  if (other.length > 0 && stage.failed === 0) stage.failed = 1;
  return stage;
}

/** The stages added up; `summary` is the closing line, exactly "N passed, N failed". */
export function summarize(stages) {
  const passed = stages.reduce((sum, stage) => sum + stage.passed, 0);
  const failed = stages.reduce((sum, stage) => sum + stage.failed, 0);
  const lines = stages.map((stage) => `${stage.name}: ${stage.passed} passed, ${stage.failed} failed${stage.skipped ? `, ${stage.skipped} skipped` : ''}`);
  return { passed, failed, lines, failures: stages.flatMap((stage) => stage.failures), summary: `${passed} passed, ${failed} failed` };
}

/**
 * The `count` slowest tests of both reports. Vitest's budget comes from `unitBudgets` (written by
 * scripts/vitest-budgets.mjs: "file › full name" → timeout in ms), Playwright's from its report.
 * @returns {Timing[]}
 */
export function slowestTests({ unit = null, e2e = null, unitBudgets = null }, count = 10) {
  /** @type {Timing[]} */
  const rows = [];
  for (const file of unit?.testResults ?? []) {
    for (const test of file.assertionResults ?? []) {
      if (typeof test.duration !== 'number') continue;
      const key = `${relativeFile(file.name)} › ${test.fullName}`;
      rows.push({ kind: 'vitest', file: relativeFile(file.name), name: test.fullName, duration: test.duration, budget: unitBudgets?.[key] ?? null });
    }
  }
  for (const { file, name, test } of e2e ? playwrightTests(e2e) : []) {
    for (const result of test.results ?? []) {
      rows.push({ kind: 'e2e', file, name, duration: result.duration, budget: test.timeout || null });
    }
  }
  return rows.sort((a, b) => b.duration - a.duration).slice(0, count);
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** One line per timing: duration, budget, share of the budget used, and the test. */
export function formatTimings(rows) {
  return rows.map((row) => {
    const budget = row.budget ? `${seconds(row.budget).padStart(8)} budget, ${String(Math.round((100 * row.duration) / row.budget)).padStart(3)} %` : '    budget unknown     ';
    return `${seconds(row.duration).padStart(8)} of ${budget}  ${row.kind.padEnd(6)} ${row.file} › ${row.name}`;
  });
}
