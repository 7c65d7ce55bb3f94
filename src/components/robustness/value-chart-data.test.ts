import { describe, expect, it } from 'vitest';
import { TEST_THEME as theme } from '../charts/test-theme';
import { valueForMoney, type PriceGroup } from '../../domain/robustness/value-for-money';
import { DOMINATED, FRONTIER, frontierLine, ON_FRONTIER, valueChartConfig, valueChartData } from './value-chart-data';
import { valueModel, valueVendors } from '../../domain/robustness/value-fixtures';


const euro = () => valueForMoney(valueModel(), valueVendors()).groups[0];

function group(vendors: [string, number, number, string[]][]): PriceGroup {
  return {
    currency: 'EUR',
    per: 'hour',
    vendors: vendors.map(([name, price, total, dominatedBy]) => ({ vendorId: name, name, price, total, efficient: dominatedBy.length === 0, dominatedBy })),
  };
}

describe('frontierLine', () => {
  it('steps from each efficient vendor to the next one’s price, then up to its total', () => {
    expect(frontierLine(euro())).toEqual([
      { x: 4000, y: 70 },
      { x: 5000, y: 70 },
      { x: 5000, y: 80 },
    ]);
  });

  it('skips beaten vendors, joins three efficient ones and draws a point once when two vendors share it', () => {
    const g = group([
      ['A', 10, 50, []],
      ['B', 12, 40, ['A']],
      ['C', 15, 60, []],
      ['D', 15, 60, []],
      ['E', 20, 90, []],
    ]);
    expect(frontierLine(g)).toEqual([
      { x: 10, y: 50 },
      { x: 15, y: 50 },
      { x: 15, y: 60 },
      { x: 20, y: 60 },
      { x: 20, y: 90 },
    ]);
  });

  it('is a single point with a single vendor', () => {
    expect(frontierLine(group([['A', 10, 50, []]]))).toEqual([{ x: 10, y: 50 }]);
  });
});

describe('valueChartData', () => {
  it('splits the points into on the frontier and beaten, with the names of who beats them', () => {
    const data = valueChartData(euro());
    expect(data.axisTitle).toBe('Price, EUR per FTE-month');
    expect(data.efficient).toEqual([
      { x: 4000, y: 70, name: 'Bravo Support', beatenBy: [] },
      { x: 5000, y: 80, name: 'Alpha Care', beatenBy: [] },
    ]);
    expect(data.dominated).toEqual([{ x: 5500, y: 60, name: 'Charlie CX', beatenBy: ['Alpha Care', 'Bravo Support'] }]);
    expect(data.summary).toBe(
      'Total score against price, EUR per FTE-month. On the efficiency frontier: Bravo Support and Alpha Care. Beaten on both total and price: Charlie CX (by Alpha Care and Bravo Support).',
    );
  });
});

describe('valueChartConfig', () => {
  it('draws the frontier as a line without points, efficient vendors filled and beaten ones hollow grey', () => {
    const config = valueChartConfig(valueChartData(euro()), theme);
    expect(config.type).toBe('scatter');
    const sets = config.data.datasets;
    expect(sets.map((d) => d.label)).toEqual(['Efficiency frontier', 'On the frontier', 'Beaten on total and price']);
    expect(sets[FRONTIER]).toMatchObject({ showLine: true, pointRadius: 0, borderColor: '#0072b2', data: frontierLine(euro()) });
    expect(sets[ON_FRONTIER]).toMatchObject({ backgroundColor: '#0072b2', pointStyle: 'circle', data: [{ x: 4000, y: 70 }, { x: 5000, y: 80 }] });
    expect(sets[ON_FRONTIER].showLine).toBeUndefined();
    // Hollow: filled with the surface colour, outlined in grey.
    expect(sets[DOMINATED]).toMatchObject({ backgroundColor: '#ffffff', borderColor: '#7f7f7f', data: [{ x: 5500, y: 60 }] });
    expect(config.options?.scales?.y).toMatchObject({ min: 0, max: 100 });
    expect(config.options?.scales?.x?.title).toMatchObject({ text: 'Price, EUR per FTE-month' });
  });

  it('leaves the “beaten” entry out of the legend when nobody is beaten', () => {
    const data = { ...valueChartData(euro()), dominated: [] };
    const config = valueChartConfig(data, theme);
    const filter = config.options!.plugins!.legend!.labels!.filter as unknown as (item: { datasetIndex: number }, chart: { datasets: { data: unknown[] }[] }) => boolean;
    const shown = [FRONTIER, ON_FRONTIER, DOMINATED].filter((datasetIndex) => filter({ datasetIndex }, config.data));
    expect(shown).toEqual([FRONTIER, ON_FRONTIER]);
  });

  it('names the vendor in the tooltip, and who beats it', () => {
    const config = valueChartConfig(valueChartData(euro()), theme);
    const label = config.options!.plugins!.tooltip!.callbacks!.label as unknown as (item: { datasetIndex: number; dataIndex: number }) => string[];
    const beaten = label({ datasetIndex: DOMINATED, dataIndex: 0 });
    expect(beaten[0]).toMatch(/^Charlie CX: total 60\.0, /);
    expect(beaten[1]).toBe('Beaten by Alpha Care and Bravo Support');
    expect(label({ datasetIndex: ON_FRONTIER, dataIndex: 1 })).toEqual([expect.stringMatching(/^Alpha Care: total 80\.0, /), 'On the efficiency frontier']);
    const filter = config.options!.plugins!.tooltip!.filter as unknown as (item: { datasetIndex: number }) => boolean;
    expect(filter({ datasetIndex: FRONTIER })).toBe(false);
  });
});
