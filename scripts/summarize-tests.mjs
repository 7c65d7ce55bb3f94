// Adds up the results of every kind of test into the final "N passed, N failed" line.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
const lines = [];

if (existsSync('test-results/checks.txt')) {
  for (const line of readFileSync('test-results/checks.txt', 'utf8').split('\n').filter(Boolean)) {
    if (line.startsWith('pass ')) passed++;
    else failed++;
  }
  lines.push('static checks: see above');
}

if (existsSync('test-results/unit.json')) {
  const unit = JSON.parse(readFileSync('test-results/unit.json', 'utf8'));
  passed += unit.numPassedTests;
  failed += unit.numFailedTests + (unit.numFailedTestSuites ?? 0);
  lines.push(`vitest: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed, ${unit.numFailedTestSuites ?? 0} broken files`);
} else {
  failed++;
  lines.push('vitest: no report (did not run)');
}

if (existsSync('test-results/e2e.json')) {
  const e2e = JSON.parse(readFileSync('test-results/e2e.json', 'utf8'));
  const s = e2e.stats;
  passed += s.expected;
  failed += s.unexpected + s.flaky;
  if (e2e.errors?.length) failed += e2e.errors.length;
  lines.push(`playwright: ${s.expected} passed, ${s.unexpected} failed, ${s.flaky} flaky, ${s.skipped} skipped`);
} else {
  failed++;
  lines.push('playwright: no report (did not run)');
}

for (const line of lines) console.log(line);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
