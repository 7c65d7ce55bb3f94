import { afterEach, describe, expect, it } from 'vitest';
import type { Chart } from 'chart.js';
import { evaluateContract } from '../../domain/contract/evaluate';
import { WORKED_CSAT, workedContract } from '../../domain/contract/test-contract';
import { TEST_THEME as theme } from '../charts/test-theme';
import { CONTRACT_CHART_DRAWN, scorecardTrendConfig, serviceLevelTrendConfig } from './contract-charts';

const evaluation = evaluateContract(workedContract(), '2027-06-15');

describe('contract chart configurations', () => {
  afterEach(() => performance.clearMarks());

  it('leave a mark on each chart’s first draw, so the time until the screen’s charts are drawn can be measured', () => {
    const configs = [scorecardTrendConfig(evaluation, theme), serviceLevelTrendConfig(WORKED_CSAT, 0, evaluation, theme)];
    for (const config of configs) {
      const chart = {} as Chart;
      for (const plugin of config.plugins ?? []) {
        plugin.afterDraw?.(chart as never, {} as never, {});
        plugin.afterDraw?.(chart as never, {} as never, {});
      }
    }
    expect(performance.getEntriesByName(CONTRACT_CHART_DRAWN, 'mark')).toHaveLength(2);
  });
});
