// What the pilot screen shows about the decision: no verdict before anything is counted, how much of the
// window the data cover, and measurements dated after today.
import { describe, expect, it } from 'vitest';
import { evaluatePilot } from './pilot';
import { m, makeKpi, makePilot } from './pilot-fixtures';
import { formatDay } from './format';
import { dataCoverageText, futureWarningText, pilotDataFacts, pilotVerdict } from './pilot-verdict';

const kpis = [makeKpi('csat', { gate: true, proportion: true }), makeKpi('fcr', { threshold: 70, target: 75 })];
// The fixture pilot runs 2027-01-04 – 2027-01-31 (28 days).
const verdictOn = (today: string, rows: Parameters<typeof makePilot>[1] = [], window = {}) => {
  const pilot = makePilot(kpis, rows, window);
  return pilotVerdict(pilot, pilotDataFacts(pilot, today), today);
};

describe('pilotDataFacts', () => {
  it('counts distinct days with counted data, the baseline, rows after the end and rows after today', () => {
    const rows = [
      m('csat', '2026-12-28', 60, 100),
      m('csat', '2027-01-10', 84, 300),
      m('fcr', '2027-01-10', 72),
      m('fcr', '2027-01-17', 74),
      m('fcr', '2027-02-07', 76),
    ];
    expect(pilotDataFacts(makePilot(kpis, rows), '2027-01-12')).toEqual({
      windowDays: 28,
      dataDays: 2,
      counted: 3,
      before: 1,
      after: 1,
      future: { count: 2, counted: 1, latest: '2027-02-07' },
    });
    expect(pilotDataFacts(makePilot(kpis, rows), '2027-03-01').future).toBeNull();
  });
});

describe('pilotVerdict', () => {
  it('before the start with no counted data: "Not started", no verdict', () => {
    const v = verdictOn('2026-12-30', [m('csat', '2026-12-28', 60, 100)]);
    expect(v.phase).toBe('not-started');
    expect(v.status).toEqual({
      title: 'Not started',
      text: `The pilot starts in 5 days, on ${formatDay('2027-01-04')}: no verdict until measurements dated inside its window are counted.`,
    });
    expect(v.facts).toEqual(['Data for 0 of 28 days of the pilot window', '1 measurement before the start (a baseline) is shown, not judged']);
    expect(v.warning).toBeNull();
    // The rules still compute EXTEND for the CLI and exports: only the screen withholds it.
    expect(evaluatePilot(makePilot(kpis, [m('csat', '2026-12-28', 60, 100)])).decision).toBe('extend');
  });

  it('inside the window with nothing counted: "Collecting data"; after the end: "No counted data"', () => {
    expect(verdictOn('2027-01-05').status?.title).toBe('Collecting data');
    expect(verdictOn('2027-01-05').phase).toBe('collecting');
    expect(verdictOn('2027-02-01').status).toEqual({
      title: 'No counted data',
      text: `The pilot ended on ${formatDay('2027-01-31')} with no measurement dated inside its window: enter or import them for a verdict.`,
    });
    expect(verdictOn('2027-01-03', [], { start: '2027-01-04' }).status?.text).toMatch(/^The pilot starts tomorrow, on /);
  });

  it('once a measurement is counted the decision is shown, with how much of the window has data', () => {
    const v = verdictOn('2027-02-10', [m('csat', '2027-01-04', 90, 500), m('fcr', '2027-01-04', 80), m('fcr', '2027-01-05', 80), m('fcr', '2027-02-05', 1)]);
    expect(v).toEqual({
      phase: 'decided',
      status: null,
      facts: ['Data for 2 of 28 days of the pilot window', '1 measurement after the end is shown, not judged'],
      warning: null,
    });
  });

  it('a verdict resting on data dated after today says so, even before the start', () => {
    const v = verdictOn('2026-12-30', [m('csat', '2026-12-31', 60, 100), m('csat', '2027-01-10', 90, 900), m('fcr', '2027-01-17', 80)]);
    expect(v.phase).toBe('decided');
    expect(v.warning).toBe(
      `3 measurements are dated after today (the latest on ${formatDay('2027-01-17')}); 2 of them count toward the decision. Check their dates.`,
    );
  });
});

describe('texts', () => {
  it('data coverage in days, singular and with thousands', () => {
    expect(dataCoverageText({ dataDays: 28, windowDays: 56 })).toBe('Data for 28 of 56 days of the pilot window');
    expect(dataCoverageText({ dataDays: 1, windowDays: 1 })).toBe('Data for 1 of 1 day of the pilot window');
    expect(dataCoverageText({ dataDays: 1200, windowDays: 1500 })).toBe('Data for 1,200 of 1,500 days of the pilot window');
  });

  it('the future warning names how many and the latest date, and whether they count', () => {
    const day = formatDay('2027-01-17');
    expect(futureWarningText({ count: 1, counted: 1, latest: '2027-01-17' })).toBe(`1 measurement is dated after today (${day}) and counts toward the decision. Check its date.`);
    expect(futureWarningText({ count: 4, counted: 4, latest: '2027-01-17' })).toBe(
      `4 measurements are dated after today (the latest on ${day}) and count toward the decision. Check their dates.`,
    );
    expect(futureWarningText({ count: 2, counted: 0, latest: '2027-01-17' })).toBe(`2 measurements are dated after today (the latest on ${day}). Check their dates.`);
  });
});
