import { describe, expect, it } from 'vitest';
import { rankVendors } from './scoring';
import {
  contributionChartData,
  contributionData,
  contributionSummary,
  defaultRadarSelection,
  MAX_RADAR_VENDORS,
  radarColors,
  radarData,
  radarSummary,
  resolveSelection,
  toggleSelection,
} from './results-chart-data';
import { workedExample } from './worked-example';

const a = workedExample();
const ranking = rankVendors(a);
const order = a.vendors.map((v) => v.id); // northwind, contoso, fabrikam

describe('radar selection', () => {
  it('defaults to the top three ranked vendors with a total', () => {
    expect(defaultRadarSelection(ranking)).toEqual(['northwind', 'fabrikam', 'contoso']);
    expect(resolveSelection(null, ranking)).toEqual(['northwind', 'fabrikam', 'contoso']);
  });

  it('drops vendors that are gone or have no total', () => {
    const unscored = rankVendors({ ...a, scores: a.scores.filter((s) => s.vendorId !== 'contoso') });
    expect(resolveSelection(['contoso', 'ghost', 'fabrikam'], unscored)).toEqual(['fabrikam']);
  });

  it('adds up to the maximum and removes', () => {
    const five = ['a', 'b', 'c', 'd', 'e'];
    expect(five).toHaveLength(MAX_RADAR_VENDORS);
    expect(toggleSelection(five, 'f', true)).toEqual(five);
    expect(toggleSelection(five, 'c', false)).toEqual(['a', 'b', 'd', 'e']);
    expect(toggleSelection(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggleSelection(['a'], 'a', true)).toEqual(['a']);
  });

  it('gives selected vendors distinct colours in checklist order, skipping yellow', () => {
    expect([...radarColors(['fabrikam', 'northwind'], order)]).toEqual([
      ['northwind', 1],
      ['fabrikam', 2],
    ]);
    const many = Array.from({ length: 9 }, (_, i) => `v${i}`);
    expect([...radarColors(many, many).values()]).toEqual([1, 2, 3, 4, 5, 6, 7, 1, 2]);
  });
});

describe('radarData', () => {
  it('has one axis per category and the category scores of the selected vendors in ranking order', () => {
    const data = radarData(ranking, a.categories, ['contoso', 'northwind'], order);
    expect(data.labels).toEqual(['Security posture', 'Cultural and brand fit', 'Technology and integration']);
    expect(data.series).toEqual([
      { key: 'northwind', label: 'Northwind Contact', color: 1, data: [87.5, 70, 40] },
      { key: 'contoso', label: 'Contoso CX', color: 2, data: [62.5, 100, 100] },
    ]);
  });

  it('keeps unscored categories as null (a gap, "—" in the table)', () => {
    const data = radarData(ranking, a.categories, ['fabrikam'], order);
    expect(data.series[0].data).toEqual([60, 80, null]);
    expect(radarSummary(data)).toBe(
      'Radar chart of category scores out of 100. Fabrikam Support: Security posture 60.0, Cultural and brand fit 80.0, Technology and integration —.',
    );
  });
});

describe('contributionChartData', () => {
  it('draws the best-ranked vendors only, every category of each', () => {
    const data = contributionData(ranking, a.categories);
    expect(contributionChartData(data)).toBe(data);
    const two = contributionChartData(data, 2);
    expect(two.labels).toEqual(data.labels.slice(0, 2));
    expect(two.series.map((s) => s.key)).toEqual(data.series.map((s) => s.key));
    expect(two.series.map((s) => s.data)).toEqual(data.series.map((s) => s.data.slice(0, 2)));
    expect(data.labels).toHaveLength(3);
  });
});

describe('contributionData', () => {
  const data = contributionData(ranking, a.categories);

  it('has one bar per vendor in ranking order and one segment per category', () => {
    expect(data.labels).toEqual(['1. Northwind Contact', '2. Fabrikam Support (provisional)', '3. Contoso CX (disqualified)']);
    expect(data.series.map((s) => [s.label, s.color])).toEqual([
      ['Security posture', 1],
      ['Cultural and brand fit', 2],
      ['Technology and integration', 3],
    ]);
    expect(data.series[0].data[0]).toBeCloseTo(43.75, 12);
    expect(data.series[1].data[0]).toBeCloseTo(21, 12);
    expect(data.series[2].data[0]).toBeCloseTo(8, 12);
  });

  it('stacks add up to each total', () => {
    data.labels.forEach((_, i) => {
      const sum = data.series.reduce((s, x) => s + (x.data[i] ?? 0), 0);
      expect(sum).toBeCloseTo(ranking[i].total as number, 10);
    });
  });

  it('is summarised in words for screen readers', () => {
    expect(contributionSummary(data)).toContain('1. Northwind Contact: 72.8 = Security posture 43.8, Cultural and brand fit 21.0, Technology and integration 8.0');
  });

  it('shows "—", not 0.0, for a category with nothing scored (Fabrikam has no technology score)', () => {
    expect(data.series[2].data[1]).toBeNull();
    expect(contributionSummary(data)).toContain('2. Fabrikam Support (provisional): 68.9 = Security posture 33.3, Cultural and brand fit 35.6, Technology and integration —');
  });

  it('leaves out vendors with no total (ranks stay those of the table)', () => {
    const partial = rankVendors({ ...a, scores: a.scores.filter((s) => s.vendorId !== 'fabrikam') });
    expect(contributionData(partial, a.categories).labels).toEqual(['1. Northwind Contact', '3. Contoso CX (disqualified)']);
  });
});
