// Adds up the results of every kind of test into the final "N passed, N failed" line, counting single
// tests (scripts/test-report.mjs says how); a stage whose report is missing did not run and counts as
// failed. Exit code 0 only when nothing failed.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { countChecks, countPlaywright, countVitest, summarize } from './test-report.mjs';

const read = (path) => (existsSync(path) ? readFileSync(path, 'utf8') : null);
const json = (path) => {
  const text = read(path);
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null; // a report cut short: its stage did not finish
  }
};

/** Without an e2e report, how many e2e tests exist (so that each counts as failed), or null. */
function listedE2e() {
  try {
    const out = execFileSync('npx', ['playwright', 'test', '--list', '--reporter=json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 60_000 });
    return countPlaywright(JSON.parse(out)).failed; // every listed test has no result, so counts as failed
  } catch {
    return null;
  }
}

const e2e = json('test-results/e2e.json');
const result = summarize([
  countChecks(read('test-results/checks.txt')),
  countVitest(json('test-results/unit.json')),
  countPlaywright(e2e, e2e ? null : listedE2e()),
]);

for (const line of result.lines) console.log(line);
if (result.failures.length > 0) {
  console.log('failed:');
  for (const line of result.failures.slice(0, 30)) console.log(`  ${line}`);
  if (result.failures.length > 30) console.log(`  … and ${result.failures.length - 30} more`);
}
console.log(result.summary);
process.exit(result.failed === 0 ? 0 : 1);
