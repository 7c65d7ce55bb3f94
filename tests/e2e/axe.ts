// axe-core with the WCAG 2.2 AA rule set, and an assertion that names every violation found.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function expectNoViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ')}`),
  }));
  expect(summary, `axe violations on ${screen}`).toEqual([]);
  // axe really looked at the screen (an empty page would pass trivially).
  expect(results.passes.length, `axe checks that passed on ${screen}`).toBeGreaterThan(10);
}

