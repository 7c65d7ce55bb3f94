import { rowsFromMeasurements } from './pilot-rows-build';
import { describe, expect, it } from 'vitest';
import { formatDay } from './format';
import { m } from './pilot-fixtures';
import { pilotSeries } from './pilot-series';
import { addedText, deletedText, formatMeasure, measurementLabel, outsideWindowText, weekSavedText } from './measurement-format';

describe('measurement format', () => {
  it('formats dates and values for reading', () => {
    expect(formatDay('2027-01-10')).toBe('Jan 10, 2027');
    expect(formatDay('2027-01-11', true)).toBe('Mon, Jan 11, 2027');
    expect(formatMeasure(84.5, '%')).toBe('84.5 %');
    expect(formatMeasure(1250, 'tickets')).toBe('1,250 tickets');
    expect(formatMeasure(1 / 3, '')).toBe('0.3333');
  });

  it('says what the editor did, naming the KPI and its unit', () => {
    const kpi = { name: 'CSAT', unit: '%' };
    expect(measurementLabel(m('csat', '2027-01-10', 84.5), kpi)).toBe('CSAT on Jan 10, 2027, 84.5 %');
    expect(addedText(m('csat', '2027-01-10', 84.5, 300), kpi)).toBe('Added CSAT 84.5 % (n = 300) on Jan 10, 2027.');
    expect(addedText(m('gone', '2027-01-10', 3), undefined)).toBe('Added gone 3 on Jan 10, 2027.');
    expect(deletedText(m('csat', '2027-01-10', 84.5), kpi)).toBe('Deleted CSAT on Jan 10, 2027 (84.5 %).');
    expect(weekSavedText(1, '2027-01-11')).toBe('Saved 1 measurement for the week of Jan 11, 2027.');
  });

  it('counts the rows outside the window', () => {
    const window = { start: '2027-01-04', end: '2027-01-31' };
    expect(outsideWindowText(pilotSeries({ ...window, measurements: rowsFromMeasurements([m('a', '2027-01-10', 1)]) }))).toBe('');
    expect(outsideWindowText(pilotSeries({ ...window, measurements: rowsFromMeasurements([m('a', '2026-12-28', 1), m('b', '2027-02-01', 1)]) }))).toBe(
      ' 2 rows lie outside the window: marked Baseline or After pilot, kept and shown, not judged.',
    );
  });
});
