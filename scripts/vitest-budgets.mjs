// A Vitest reporter that writes each test's time budget (its timeout: the configured default or the
// test's own) to test-results/unit-budgets.json, which the JSON report leaves out; scripts/slowest-tests.mjs
// reads it. Usage: vitest run --reporter=default --reporter=./scripts/vitest-budgets.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';

export default class VitestBudgets {
  onTestRunEnd(testModules) {
    const budgets = {};
    for (const module of testModules) {
      const file = relative(process.cwd(), module.moduleId).split('\\').join('/');
      for (const test of module.children.allTests()) {
        const titles = [];
        for (let node = test; node && node.type !== 'module'; node = node.parent) titles.unshift(node.name);
        budgets[`${file} › ${titles.join(' ')}`] = test.options.timeout ?? null;
      }
    }
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/unit-budgets.json', `${JSON.stringify(budgets, null, 1)}\n`);
  }
}
