// Prints the ten slowest tests (Vitest and Playwright) with their durations and time budgets, from
// test-results/unit.json, unit-budgets.json and e2e.json. Usage: node scripts/slowest-tests.mjs [count]
import { existsSync, readFileSync } from 'node:fs';
import { formatTimings, slowestTests } from './test-report.mjs';

const json = (path) => {
  try {
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
  } catch {
    return null;
  }
};

const count = Number(process.argv[2] ?? 10);
const rows = slowestTests({ unit: json('test-results/unit.json'), unitBudgets: json('test-results/unit-budgets.json'), e2e: json('test-results/e2e.json') }, count);
console.log(rows.length ? `slowest ${rows.length} tests (duration of budget, share used):` : 'slowest tests: no report in test-results/');
for (const line of formatTimings(rows)) console.log(`  ${line}`);
